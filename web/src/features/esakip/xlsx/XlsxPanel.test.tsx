import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { PeriodView } from '../esakip.api.ts';
import { XlsxPanel } from './XlsxPanel.tsx';

const mount = mountPoint();
const PERIOD: PeriodView = {
  id: 'p1',
  startYear: 2025,
  endYear: 2029,
  title: 'RPJMD',
  legalBasis: null,
  status: 'active',
  version: 1,
};

/** A stand-in XMLHttpRequest the test drives: upload progress, then the server's answer. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  upload: {
    onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
    onload: (() => void) | null;
  } = {
    onprogress: null,
    onload: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  withCredentials = false;
  status = 0;
  responseText = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.sent = [];
});

async function renderPanel() {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  stubFetch(routeFetch([{ match: '/api/auth/session', answer: () => json(200, { csrfToken: 'tok-1', user: { id: 'u1' } }) }]));
  await renderWithProviders(mount, <XlsxPanel period={PERIOD} />, { session: true });
  await settle();
  const input = mount.container.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File(['x'], 'rpjmd.xlsx');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => input.dispatchEvent(new Event('change', { bubbles: true })));
}

const button = (text: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent === text)!;
const status = () => mount.container.querySelector('[role=status]')?.textContent;
const cells = () =>
  [...mount.container.querySelectorAll('[data-testid=xlsx-problems] tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent),
  );

describe('XlsxPanel', () => {
  it('shows upload progress, then the per-row problems of the dry run', async () => {
    await renderPanel();
    act(() => button('Periksa (uji coba)').click());
    await settle();
    const xhr = FakeXhr.sent[0]!;
    expect(xhr.url).toBe('/api/performance/periods/p1/rpjmd.xlsx?dryRun=true');
    expect(xhr.headers['x-csrf-token']).toBe('tok-1');
    expect(xhr.body?.get('file')).toBeInstanceOf(File);
    act(() => xhr.upload.onprogress?.({ lengthComputable: true, loaded: 40, total: 100 }));
    expect(status()).toBe('Mengunggah… 40%');
    act(() => xhr.upload.onload?.());
    expect(status()).toBe('Server sedang memeriksa berkas…');
    const problem = { sheet: 'Indikator', row: 4, column: 'Target 2026', message: 'Target harus angka' };
    await act(async () =>
      xhr.answer(200, {
        ok: false,
        dryRun: true,
        applied: false,
        counts: { rows: 3, added: 0, updated: 0, unchanged: 2 },
        problems: [problem],
      }),
    );
    await settle();
    expect(cells()).toEqual([['Indikator', '4', 'Target 2026', 'Target harus angka']]);
    expect(button('Impor sekarang')).toBeUndefined();
  });

  it('imports after a clean dry run and lists the problems of a refused import by row and column', async () => {
    await renderPanel();
    act(() => button('Periksa (uji coba)').click());
    await settle();
    const counts = { rows: 2, added: 1, updated: 1, unchanged: 0 };
    await act(async () => FakeXhr.sent[0]!.answer(200, { ok: true, dryRun: true, applied: false, counts, problems: [] }));
    await settle();
    expect(mount.container.textContent).toContain('2 baris: 1 baru, 1 berubah, 0 tetap.');
    act(() => button('Impor sekarang').click());
    await settle();
    expect(FakeXhr.sent[1]!.url).toBe('/api/performance/periods/p1/rpjmd.xlsx?dryRun=false');
    const fields = [{ field: 'Rencana[7].Kode Induk', message: 'Lingkaran pada pohon' }];
    await act(async () => FakeXhr.sent[1]!.answer(422, { error: { code: 'invalid', message: 'Impor ditolak', fields } }));
    await settle();
    expect(cells()).toEqual([['Rencana', '7', 'Kode Induk', 'Lingkaran pada pohon']]);
  });
});
