/** The LKjIP editor: the outline from a ReportView, saving a section with its version, 409s, completeness, finalising. */
import { act } from 'react';
import { Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import type { EChartOption } from '../../ui/EChart.tsx';
import { LkjipEditorPage } from './LkjipEditorPage.tsx';
import type { ReportView } from './lkjip.api.ts';
import { DRAFT, EMPTY_KEY } from './lkjip-fixtures.ts';

vi.mock('../../ui/EChart.tsx', () => ({
  EChart: ({ option, ariaLabel }: { option: EChartOption; ariaLabel: string }) => {
    const axis = option.yAxis as { data?: string[] } | undefined;
    return <div role="img" aria-label={ariaLabel} data-testid="chart" data-bars={(axis?.data ?? []).join('|')} />;
  },
}));

const mount = mountPoint();
const ONE = `/api/lkjip/reports/${DRAFT.id}`;
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const q = <T extends Element = HTMLElement>(selector: string) => mount.container.querySelector<T>(selector);
const all = (selector: string) => [...mount.container.querySelectorAll(selector)].map((e) => e.textContent?.trim());
const button = (name: string, root: ParentNode = mount.container) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const area = (key: string) => q<HTMLTextAreaElement>(`[data-section="${key}"] textarea`)!;

/** Sets a textarea's value the way a user would, so React's onChange fires. */
function typeInto(element: HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A fake server holding one report; `put` and `post` answer the writes and see their bodies. */
function server(
  view: ReportView,
  writes: { put?: (body: unknown) => Response; post?: (url: string, body: unknown) => Response } = {},
) {
  const state = { view, gets: 0 };
  stubFetch(
    routeFetch([
      { match: `${ONE}/sections`, method: 'PUT', answer: ({ init }) => writes.put!(JSON.parse(String(init?.body))) },
      { match: `${ONE}/review`, method: 'GET', answer: () => json(200, { reportId: view.id, review: null }) },
      {
        match: ONE,
        method: 'POST',
        answer: ({ url, init }) => writes.post!(url, init?.body ? JSON.parse(String(init.body)) : undefined),
      },
      {
        match: ONE,
        method: 'GET',
        answer: () => {
          state.gets += 1;
          return json(200, state.view);
        },
      },
    ]),
  );
  return state;
}

/** Lets the app work until `found()` holds, for at most about three seconds. */
async function until(found: () => boolean) {
  for (let i = 0; i < 60 && !found(); i += 1) await settle();
}

async function open() {
  await renderWithProviders(
    mount,
    <Routes>
      <Route path="/e-sakip/lkjip/:reportId" element={<LkjipEditorPage />} />
    </Routes>,
    { route: `/e-sakip/lkjip/${DRAFT.id}` },
  );
  await until(() => q('[data-testid="lkjip-outline"]') !== null);
}

const withSection = (view: ReportView, key: string, patch: Partial<ReportView['sections'][number]>): ReportView => ({
  ...view,
  sections: view.sections.map((s) => (s.key === key ? { ...s, ...patch } : s)),
});

describe('LkjipEditorPage', () => {
  it('renders the outline in reading order: headings, the table numbers, the chart with its numbers, the suggestion', async () => {
    server(DRAFT);
    await open();
    expect(q('h1')?.textContent).toBe('LKjIP Dinas Komunikasi dan Informatika 2025');
    expect(all('[data-testid="lkjip-outline"] :is(h2, h3, h4)')).toEqual([
      'IKHTISAR EKSEKUTIF',
      'BAB III AKUNTABILITAS KINERJA',
      'A. Capaian Kinerja Organisasi',
      '1. Perbandingan target dan realisasi kinerja tahun ini',
      'BAB IV PENUTUP',
    ]);
    expect(all('[data-testid="lkjip-toc"] a')).toEqual([
      'IKHTISAR EKSEKUTIF',
      'BAB III AKUNTABILITAS KINERJA',
      'A. Capaian Kinerja Organisasi',
      'BAB IV PENUTUP',
    ]);
    expect(all('[data-outline="table"] tbody td')).toEqual([
      '1',
      'Persentase layanan daring',
      '80 persen',
      '76,40 persen',
      '95,50',
      'Hijau',
    ]);
    expect(q('[data-testid="chart"]')?.dataset.bars).toBe('IK2 Indeks SPBE|IK1 Persentase layanan daring');
    expect(all('[data-outline="chart"] table tbody tr')).toEqual(['IK1 Persentase layanan daring95,50', 'IK2 Indeks SPBE—']);
    expect(area('ikhtisar').value).toBe('Rata-rata capaian 95,50 %.');
    expect(q('[data-suggestion="ikhtisar"]')?.textContent).toBe('Saran otomatis dari data — sunting sesuai keadaan.');
    expect(area(EMPTY_KEY).value).toBe('');
    expect(q('[data-outline="paragraph"]')?.textContent).toBe('Laporan ini disusun sebagai pertanggungjawaban kinerja.');
  });

  it('saves a section with its key, text and version, and shows the saved text as edited', async () => {
    const bodies: unknown[] = [];
    server(DRAFT, {
      put: (body) => {
        bodies.push(body);
        return json(200, withSection(DRAFT, 'ikhtisar', { text: 'Teks baru.', edited: true, version: 1 }));
      },
    });
    await open();
    act(() => typeInto(area('ikhtisar'), 'Teks baru.'));
    act(() => button('Simpan bagian', q('[data-section="ikhtisar"]')!)!.click());
    await until(() => q('[data-section="ikhtisar"]')?.textContent?.includes('Sudah disunting') === true);
    expect(bodies).toEqual([{ key: 'ikhtisar', text: 'Teks baru.', version: 0 }]);
    expect(area('ikhtisar').value).toBe('Teks baru.');
    expect(q('[data-section="ikhtisar"]')?.textContent).toContain('Sudah disunting');
  });

  it('on a stale version (409) reloads, keeps the user text, shows the server text, and saves again with the new version', async () => {
    const bodies: { version: number }[] = [];
    const state = server(DRAFT, {
      put: (body) => {
        bodies.push(body as { version: number });
        return bodies.length === 1
          ? json(409, { error: { code: 'conflict', message: 'Data telah diubah orang lain.' } })
          : json(200, withSection(state.view, 'ikhtisar', { text: 'Teks saya.', edited: true, version: 3 }));
      },
    });
    await open();
    state.view = withSection(DRAFT, 'ikhtisar', { text: 'Teks rekan.', edited: true, version: 2 });
    act(() => typeInto(area('ikhtisar'), 'Teks saya.'));
    act(() => button('Simpan bagian', q('[data-section="ikhtisar"]')!)!.click());
    await until(() => q('[data-testid="section-stale"]')?.textContent?.includes('Teks rekan.') === true);
    expect(state.gets).toBe(2);
    expect(q('[data-testid="section-stale"]')?.textContent).toContain('Teks rekan.');
    expect(area('ikhtisar').value).toBe('Teks saya.');
    act(() => button('Simpan bagian', q('[data-section="ikhtisar"]')!)!.click());
    await until(() => q('[data-testid="section-stale"]') === null);
    expect(bodies.map((b) => b.version)).toEqual([0, 2]);
    expect(q('[data-testid="section-stale"]')).toBeNull();
  });

  it('lists what is missing with where to fix it, and moves the focus to the empty section', async () => {
    server(DRAFT);
    await open();
    const items = [...mount.container.querySelectorAll<HTMLElement>('[data-missing]')];
    expect(items.map((i) => i.dataset.missing)).toEqual(['realisasi.i1.Q4', `sections.${EMPTY_KEY}`]);
    expect(items[0]?.textContent).toContain('Realisasi Persentase layanan daring periode Q4 belum diverifikasi.');
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('/e-sakip?tab=realisasi');
    act(() => button('Ke bagian ini', items[1]!)!.click());
    expect(document.activeElement).toBe(area(EMPTY_KEY));
    expect(q('[data-testid="finalise-blocker"]')?.textContent).toBe('Lengkapi kekurangan dahulu.');
    expect(button('Finalisasi untuk ditandatangani')?.disabled).toBe(true);
  });

  it('finalises a complete report after confirmation and then shows it awaits the head’s signature', async () => {
    const complete: ReportView = { ...DRAFT, completeness: [] };
    const posts: { url: string; body: unknown }[] = [];
    const state = server(complete, {
      post: (url, body) => {
        posts.push({ url, body });
        state.view = { ...complete, status: 'final', documentId: 'doc-1' };
        return json(200, state.view);
      },
    });
    await open();
    act(() => button('Finalisasi untuk ditandatangani')!.click());
    await until(() => button('Ya, finalisasi', document.body) !== undefined);
    act(() => button('Ya, finalisasi', document.body)!.click());
    await until(() => q('[data-testid="lkjip-awaiting"]') !== null);
    expect(posts).toEqual([{ url: `${ONE}/finalise`, body: { version: 3 } }]);
    expect(q('[data-testid="lkjip-awaiting"]')?.textContent).toContain('Menunggu tanda tangan kepala perangkat daerah');
    expect(q('[data-testid="lkjip-awaiting"] a')?.getAttribute('href')).toBe('/naskah?tab=daftar');
    expect(q('[data-section="ikhtisar"]')).toBeNull();
  });

  it('finalises the regency’s complete report for the regional head’s signature', async () => {
    const regency: ReportView = { ...DRAFT, unitId: null, unitName: 'Pemerintah Kabupaten Uji', completeness: [] };
    const posts: string[] = [];
    const state = server(regency, {
      post: (url) => {
        posts.push(url);
        state.view = { ...regency, status: 'final', documentId: 'doc-2' };
        return json(200, state.view);
      },
    });
    await open();
    expect(q('[data-testid="finalise-blocker"]')).toBeNull();
    act(() => button('Finalisasi untuk ditandatangani')!.click());
    await until(() => button('Ya, finalisasi', document.body) !== undefined);
    expect(document.body.textContent).toContain('ditandatangani kepala daerah');
    act(() => button('Ya, finalisasi', document.body)!.click());
    await until(() => q('[data-testid="lkjip-awaiting"]') !== null);
    expect(posts).toEqual([`${ONE}/finalise`]);
    expect(q('[data-testid="lkjip-awaiting"]')?.textContent).toContain('Menunggu tanda tangan kepala daerah');
  });
});
