/** "Unggah berkas" of the evidence picker: the criterion's files, an upload with the server's refusal, then removal. */
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { EvidenceUploads } from './EvidenceUploads.tsx';
import type { EvidenceFileView } from './evidence-files.api.ts';

const mount = mountPoint();
const EV = '01900000-0000-7000-8000-0000000e0001';
const LIST = `/api/evaluation/evaluations/${EV}/evidence-files`;

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

const file = (id: string, criterionId: string, fileName: string, over: Partial<EvidenceFileView> = {}): EvidenceFileView => ({
  ...{ id, evaluationId: EV, criterionId, fileName, contentType: 'application/pdf', size: 2048, sha256: 'a'.repeat(64) },
  ...{ side: 'unit', uploadedBy: 'u1', uploaderName: 'Perencana Kominfo', uploadedAt: '2026-02-01T01:00:00.000Z' },
  ...{ downloadUrl: `/api/evaluation/evidence-files/${id}`, mayRemove: true },
  ...over,
});

beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.sent = [];
});

async function render(files: EvidenceFileView[], deletes: string[] = []) {
  const state = { files };
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  stubFetch(
    routeFetch([
      { match: '/api/auth/session', answer: () => json(200, { csrfToken: 'tok-1', user: { id: 'u1' } }) },
      { match: LIST, method: 'GET', answer: () => json(200, { items: state.files }) },
      {
        match: '/api/evaluation/evidence-files/',
        method: 'DELETE',
        answer: ({ url }) => {
          deletes.push(url);
          state.files = state.files.filter((f) => !url.endsWith(f.id));
          return json(200, { removed: true });
        },
      },
    ]),
  );
  await renderWithProviders(mount, <EvidenceUploads evaluationId={EV} criterionId="1.b.1" />, { session: true });
  await settle();
  return state;
}
function chooseFile(name: string) {
  const input = mount.container.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File(['%PDF-'], name)], configurable: true });
  act(() => input.dispatchEvent(new Event('change', { bubbles: true })));
}
const button = (text: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent === text);
const listed = () => [...mount.container.querySelectorAll('[data-evidence-file] a')].map((a) => a.textContent);

describe('EvidenceUploads', () => {
  it('lists only this criterion’s files, with download links, and removal only where allowed', async () => {
    await render([
      file('f1', '1.b.1', 'Pedoman.pdf'),
      file('f2', '1.a.1', 'Lain.pdf'),
      file('f3', '1.b.1', 'Kertas kerja.png', { side: 'evaluator', mayRemove: false, contentType: 'image/png' }),
    ]);
    expect(listed()).toEqual(['Pedoman.pdf', 'Kertas kerja.png']);
    expect(mount.container.querySelector('[data-evidence-file="f1"] a')?.getAttribute('href')).toBe(
      '/api/evaluation/evidence-files/f1',
    );
    expect(mount.container.querySelector('[data-evidence-file="f3"]')?.textContent).toContain('Diunggah evaluator');
    expect(mount.container.querySelector('[aria-label="Hapus berkas Pedoman.pdf"]')).not.toBeNull();
    expect(mount.container.querySelector('[aria-label="Hapus berkas Kertas kerja.png"]')).toBeNull();
    expect(mount.container.querySelector('input[type=file]')?.getAttribute('accept')).toBe(
      'application/pdf,image/jpeg,image/png',
    );
  });

  it('uploads the chosen file for the criterion, shows a refusal’s field message, then lists the stored file', async () => {
    await render([]);
    expect(mount.container.textContent).toContain('Belum ada berkas untuk kriteria ini.');
    expect(button('Unggah berkas')?.disabled).toBe(true);
    chooseFile('skrip.exe');
    act(() => button('Unggah berkas')!.click());
    await settle();
    expect(FakeXhr.sent[0]!.url).toBe(`${LIST}?criterionId=1.b.1`);
    expect((FakeXhr.sent[0]!.body!.get('file') as File).name).toBe('skrip.exe');
    const refusal = { code: 'invalid', message: 'Data tidak memenuhi aturan.' };
    const fields = [{ field: 'file.0', message: 'Berkas program tidak dapat diunggah sebagai bukti.' }];
    await act(async () => FakeXhr.sent[0]!.answer(422, { error: { ...refusal, fields } }));
    await settle();
    expect(mount.container.textContent).toContain('Berkas program tidak dapat diunggah sebagai bukti.');
    chooseFile('SK Tim.pdf');
    act(() => button('Unggah berkas')!.click());
    await settle();
    await act(async () => FakeXhr.sent[1]!.answer(201, { items: [file('f9', '1.b.1', 'SK Tim.pdf')] }));
    await settle();
    expect(listed()).toEqual(['SK Tim.pdf']);
  });

  it('removes a file and lists the rest', async () => {
    const deletes: string[] = [];
    await render([file('f1', '1.b.1', 'Pedoman.pdf'), file('f4', '1.b.1', 'Notulen.pdf')], deletes);
    await act(async () => mount.container.querySelector<HTMLButtonElement>('[aria-label="Hapus berkas Pedoman.pdf"]')!.click());
    await settle();
    expect(deletes).toEqual(['/api/evaluation/evidence-files/f1']);
    expect(listed()).toEqual(['Notulen.pdf']);
  });
});
