import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { AgreementXlsxButtons } from './AgreementXlsxButtons.tsx';

const mount = mountPoint();

/** A stand-in XMLHttpRequest the test answers. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  upload = { onprogress: null, onload: null as (() => void) | null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  withCredentials = false;
  status = 0;
  responseText = '';
  url = '';
  body: FormData | null = null;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader() {}
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

async function render(editable: boolean) {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  stubFetch(routeFetch([{ match: '/api/auth/session', answer: () => json(200, { csrfToken: 'tok-1', user: { id: 'u1' } }) }]));
  await renderWithProviders(mount, <AgreementXlsxButtons agreementId="pk-1" editable={editable} />, { session: true });
  await settle();
}
function chooseFile() {
  const input = mount.container.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File(['x'], 'pk.xlsx')], configurable: true });
  act(() => input.dispatchEvent(new Event('change', { bubbles: true })));
}
const button = (text: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent === text);
const cells = () =>
  [...mount.container.querySelectorAll('[data-testid=xlsx-problems] tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent),
  );

describe('AgreementXlsxButtons', () => {
  it('downloads the PK file and, for a draft, checks it, shows per-row problems, then imports a clean file', async () => {
    await render(true);
    const link = mount.container.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.getAttribute('href')).toBe('/api/performance/agreements/pk-1/pk.xlsx');
    expect(mount.container.querySelector('label')?.textContent).toMatch(/Berkas XLSX perjanjian kinerja/);
    chooseFile();
    act(() => button('Periksa (uji coba)')!.click());
    await settle();
    expect(FakeXhr.sent[0]!.url).toBe('/api/performance/agreements/pk-1/pk.xlsx?dryRun=true');
    const problem = { sheet: 'Anggaran', row: 3, column: 'Pagu', message: 'Pagu harus angka' };
    const counts = { rows: 4, added: 0, updated: 1, unchanged: 3 };
    await act(async () => FakeXhr.sent[0]!.answer(200, { ok: false, dryRun: true, applied: false, counts, problems: [problem] }));
    await settle();
    expect(cells()).toEqual([['Anggaran', '3', 'Pagu', 'Pagu harus angka']]);
    expect(button('Impor sekarang')).toBeUndefined();
    act(() => button('Periksa (uji coba)')!.click());
    await settle();
    await act(async () => FakeXhr.sent[1]!.answer(200, { ok: true, dryRun: true, applied: false, counts, problems: [] }));
    await settle();
    act(() => button('Impor sekarang')!.click());
    await settle();
    expect(FakeXhr.sent[2]!.url).toBe('/api/performance/agreements/pk-1/pk.xlsx?dryRun=false');
    await act(async () => FakeXhr.sent[2]!.answer(200, { ok: true, dryRun: false, applied: true, counts, problems: [] }));
    await settle();
    expect(mount.container.textContent).toContain('4 baris: 0 baru, 1 berubah, 3 tetap.');
  });

  it('offers only the download once the PK is no longer a draft', async () => {
    await render(false);
    expect(mount.container.querySelector('a[download]')).not.toBeNull();
    expect(mount.container.querySelector('input[type=file]')).toBeNull();
    expect(mount.container.textContent).toMatch(/hanya dapat diimpor dari XLSX selama perjanjian kinerja masih draf/);
  });
});
