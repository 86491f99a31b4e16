/** The LKjIP list tab: reports of a year with completeness counts, creating a draft, and the all-OPD export job. */
import { act } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { LkjipPanel } from './LkjipPanel.tsx';
import type { ReportSummaryView } from './lkjip.api.ts';
import { DRAFT } from './lkjip-fixtures.ts';

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const UNITS = [
  { id: 'root', parentId: null, code: 'PEMDA', name: 'Pemerintah Kabupaten Contoh', kind: 'pemda' },
  { id: 'u-kom', parentId: 'root', code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', kind: 'dinas' },
  { id: 'u-kes', parentId: 'root', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'dinas' },
];
const summary = (over: Partial<ReportSummaryView>): ReportSummaryView => ({
  id: 'r-kom',
  unitId: 'u-kom',
  unitName: 'Dinas Komunikasi dan Informatika',
  year: 2025,
  status: 'draft',
  version: 1,
  documentId: null,
  latestVersion: null,
  createdAt: '2026-01-05T01:00:00.000Z',
  updatedAt: '2026-01-05T01:00:00.000Z',
  ...over,
});
const REPORTS = [
  summary({ latestVersion: 2 }),
  summary({ id: 'r-kab', unitId: null, unitName: 'Kabupaten Contoh', status: 'final', latestVersion: 1 }),
];
const ITEM = { code: 'sectionEmpty', field: 'sections.bab4.simpulan', message: { id: 'Kosong', en: 'Empty' } };

/** Shows where the app navigated to, so creating a report can be seen opening its editor. */
function Where() {
  return <output data-testid="where">{useLocation().pathname}</output>;
}

/** A fake server: the planner's scope (coordinator or not), the units, the reports, the export job and creation. */
function server(opts: { coordinator: boolean; job?: () => unknown; posts?: { url: string; body: unknown }[] }) {
  stubFetch(
    routeFetch([
      { match: /^\/api\/performance\/realizations/, answer: () => json(200, { coordinator: opts.coordinator, unitId: 'u-kom' }) },
      { match: '/api/org/units', answer: () => json(200, { units: UNITS }) },
      {
        match: /^\/api\/lkjip\/reports\/([^/]+)\/completeness$/,
        answer: ({ params }) => json(200, { complete: false, items: params[0] === 'r-kom' ? [ITEM, ITEM] : [] }),
      },
      {
        match: /^\/api\/lkjip\/reports\?year=(\d+)$/,
        answer: ({ params }) => json(200, { items: REPORTS.map((r) => ({ ...r, year: Number(params[0]) })) }),
      },
      {
        match: /^\/api\/lkjip\/(reports|exports)$/,
        method: 'POST',
        answer: ({ url, init }) => {
          opts.posts?.push({ url, body: JSON.parse(String(init?.body)) });
          return url.endsWith('exports') ? json(202, { jobId: 'job-1' }) : json(201, { ...DRAFT, id: 'r-new' });
        },
      },
      { match: '/api/jobs/job-1', answer: () => json(200, opts.job?.()) },
    ]),
  );
}

/** Lets the app work until `found()` holds (the job is polled every second), for at most about three seconds. */
async function until(found: () => boolean) {
  for (let i = 0; i < 60 && !found(); i += 1) await settle();
}

async function open() {
  await renderWithProviders(
    mount,
    <Routes>
      <Route
        path="*"
        element={
          <>
            <LkjipPanel />
            <Where />
          </>
        }
      />
    </Routes>,
    { route: '/e-sakip?tab=lkjip' },
  );
  await until(() => mount.container.querySelector('[data-missing-count]') !== null);
}

const q = <T extends Element = HTMLElement>(selector: string) => mount.container.querySelector<T>(selector);
const button = (name: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const year = () => Number(q<HTMLSelectElement>('select')!.value);

describe('LkjipPanel', () => {
  it('lists the regency and OPD reports with status, latest version and the number of missing items', async () => {
    server({ coordinator: false });
    await open();
    const rows = [...mount.container.querySelectorAll('[data-testid="lkjip-list"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['Pemerintah daerah (LKjIP kabupaten/kota)', 'Final', 'Versi 1', '—'],
      ['Dinas Komunikasi dan Informatika', 'Draf', 'Versi 2', '2 kekurangan'],
    ]);
    expect(q('[data-testid="lkjip-list"] a')?.getAttribute('href')).toBe('/e-sakip/lkjip/r-kab');
  });

  it('lets a planner create only their own OPD’s report, sends the unit and year, and opens the new draft', async () => {
    const posts: { url: string; body: unknown }[] = [];
    server({ coordinator: false, posts });
    await open();
    const scope = [...mount.container.querySelectorAll<HTMLSelectElement>('select')][1]!;
    expect([...scope.options].map((o) => o.textContent)).toEqual(['Dinas Komunikasi dan Informatika']);
    expect(q('[data-testid="lkjip-export-all"]')).toBeNull();
    act(() => button('Buat laporan')!.click());
    await until(() => q('[data-testid="where"]')?.textContent !== '/e-sakip');
    expect(posts).toEqual([{ url: '/api/lkjip/reports', body: { unitId: 'u-kom', year: year() } }]);
    expect(q('[data-testid="where"]')?.textContent).toBe('/e-sakip/lkjip/r-new');
  });

  it('runs the all-OPD export for the coordinator with a progress bar, then the result summary', async () => {
    const posts: { url: string; body: unknown }[] = [];
    let polls = 0;
    const result = {
      year: 2025,
      exported: [{ unitId: 'u-kom', reportId: 'r-kom', number: 3 }],
      skipped: [{ unitId: 'u-kes', reason: 'noData' }],
    };
    server({
      coordinator: true,
      posts,
      job: () => {
        polls += 1;
        return polls === 1
          ? { id: 'job-1', status: 'running', progress: 40, result: null, error: null }
          : { id: 'job-1', status: 'done', progress: 100, result, error: null };
      },
    });
    await open();
    const scope = [...mount.container.querySelectorAll<HTMLSelectElement>('select')][1]!;
    expect([...scope.options].map((o) => o.textContent)).toEqual([
      'Pilih perangkat daerah…',
      'Pemerintah daerah (LKjIP kabupaten/kota)',
      'Dinas Kesehatan',
      'Dinas Komunikasi dan Informatika',
    ]);
    act(() => button('Ekspor semua OPD')!.click());
    await until(() => /%$/.test(q('[data-testid="lkjip-export-status"]')?.textContent ?? ''));
    expect(posts).toEqual([{ url: '/api/lkjip/exports', body: { year: year() } }]);
    expect(q('[data-testid="lkjip-export-status"]')?.textContent).toBe('Mengekspor… 40%');
    expect(q('[data-testid="lkjip-export-all"] [role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('40');
    await until(() => q('[data-testid="lkjip-export-done"]') !== null);
    const done = q('[data-testid="lkjip-export-done"]')!;
    expect(done.textContent).toContain('1 laporan diekspor.');
    expect(done.textContent).toContain('Dinas Komunikasi dan Informatika — Versi 3');
    expect(done.textContent).toContain('Dinas Kesehatan — tidak ada data');
    expect(done.querySelector('a')?.getAttribute('href')).toBe('/e-sakip/lkjip/r-kom');
  });
});
