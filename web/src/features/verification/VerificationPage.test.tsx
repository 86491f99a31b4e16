import { act } from 'react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { VerificationPage } from './VerificationPage.tsx';
import type { UploadCheckView, VerificationView } from './verification.api.ts';

const CODE = 'ABCDEFGHJKLMNPQRSTUV';

const VALID: VerificationView = {
  status: 'valid',
  restricted: false,
  regency: 'Kabupaten Sumedang',
  document: {
    title: 'Surat Dinas',
    number: '800/123/Diskominfo/2026',
    date: '2026-01-05',
    subject: 'Rapat koordinasi SPBE',
    pageCount: 2,
  },
  signers: [
    {
      name: 'Dr. Budi Santoso, S.Kom.',
      jabatan: 'Kepala Dinas Kominfo',
      signedAt: '2026-01-05T07:05:00Z',
      certificateSerial: '01AB',
    },
  ],
  checkedAt: '2026-01-06T01:00:00Z',
};

const mount = mountPoint();

async function openPage(path: string) {
  await renderWithProviders(
    mount,
    <Routes>
      <Route path="/verifikasi" element={<VerificationPage />} />
      <Route path="/verifikasi/:code" element={<VerificationPage />} />
    </Routes>,
    { route: path },
  );
  await settle();
}

const statusRegion = () => mount.container.querySelector('[role="status"]');
const banner = () => mount.container.querySelector('[data-testid="verification-status"]');

describe('VerificationPage with a code', () => {
  it('asks the public API about the code and announces a valid document with its details and signers in WIB', async () => {
    const server = stubFetch(routeFetch([{ match: `/api/public/verifikasi/${CODE}`, answer: () => json(200, VALID) }]));
    await openPage(`/verifikasi/${CODE}`);
    expect(String(server.mock.calls[0]?.[0])).toBe(`/api/public/verifikasi/${CODE}`);
    expect(banner()?.getAttribute('data-status')).toBe('valid');
    expect(statusRegion()?.textContent).toContain('Dokumen sah');
    expect(statusRegion()?.textContent).toContain('Kabupaten Sumedang');
    const details = mount.container.querySelector('[data-testid="verification-details"]')?.textContent ?? '';
    expect(details).toContain('800/123/Diskominfo/2026');
    expect(details).toContain('5 Januari 2026');
    expect(details).toContain('Rapat koordinasi SPBE');
    expect(details).toContain('2 halaman');
    const signers = mount.container.querySelector('[data-testid="verification-signers"]')?.textContent ?? '';
    expect(signers).toContain('Kepala Dinas Kominfo');
    // 07:05 UTC is 14.05 in Jakarta.
    expect(signers).toMatch(/14[.:]05 WIB/);
  });

  it.each([
    ['changed', 'Dokumen telah berubah setelah ditandatangani'],
    ['revoked', 'Sertifikat penanda tangan telah dicabut'],
    ['unsigned', 'Belum ditandatangani'],
  ] as const)('shows the %s status in the announced banner', async (status, text) => {
    stubFetch(routeFetch([{ match: '/api/public/verifikasi/', answer: () => json(200, { ...VALID, status }) }]));
    await openPage(`/verifikasi/${CODE}`);
    expect(banner()?.getAttribute('data-status')).toBe(status);
    expect(statusRegion()?.textContent).toContain(text);
    expect(statusRegion()?.textContent).not.toContain('Dokumen sah');
  });

  it('for a restricted document says only that it exists and its status', async () => {
    const restricted: VerificationView = { ...VALID, restricted: true, document: null, signers: [] };
    stubFetch(routeFetch([{ match: '/api/public/verifikasi/', answer: () => json(200, restricted) }]));
    await openPage(`/verifikasi/${CODE}`);
    expect(statusRegion()?.textContent).toContain('Dokumen sah');
    expect(mount.container.querySelector('[data-testid="verification-restricted"]')?.textContent).toContain(
      'isi tidak ditampilkan',
    );
    expect(mount.container.querySelector('[data-testid="verification-details"]')).toBeNull();
    expect(mount.container.querySelector('[data-testid="verification-signers"]')).toBeNull();
  });

  it('says an unknown code is unknown and shows no document', async () => {
    stubFetch(routeFetch([]));
    await openPage(`/verifikasi/${CODE}`);
    expect(statusRegion()?.textContent).toContain('Kode verifikasi tidak dikenal');
    expect(banner()).toBeNull();
    expect(mount.container.querySelector('[data-testid="verification-details"]')).toBeNull();
  });

  it('asks the visitor to wait when rate limited', async () => {
    const limited = () => json(429, { error: { code: 'too_many_requests', message: 'x' } }, { 'retry-after': '42' });
    stubFetch(routeFetch([{ match: '/api/public/verifikasi/', answer: limited }]));
    await openPage(`/verifikasi/${CODE}`);
    expect(mount.container.querySelector('[data-testid="verification-wait"]')?.textContent).toContain('Tunggu 42 detik');
    expect(banner()).toBeNull();
  });
});

async function choosePdf(name: string) {
  const input = mount.container.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File(['%PDF-1.7'], name, { type: 'application/pdf' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  const submit = [...mount.container.querySelectorAll('button')].find((b) => b.textContent === 'Periksa berkas');
  await act(async () => submit!.click());
  await settle();
}

describe('VerificationPage upload box', () => {
  it('without a code shows only the upload box and posts the file as multipart "file"', async () => {
    const answer: UploadCheckView = {
      outcome: 'foreign_signature',
      code: null,
      record: null,
      signatures: [{ signer: 'PT Lain', validSignature: true, trusted: false, coversWholeDocument: true, signedAt: null }],
    };
    const server = stubFetch(routeFetch([{ match: '/api/public/verifikasi', method: 'POST', answer: () => json(200, answer) }]));
    await openPage('/verifikasi');
    expect(banner()).toBeNull();
    await choosePdf('surat.pdf');
    const [url, init] = server.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(url).toBe('/api/public/verifikasi');
    expect(init?.body).toBeInstanceOf(FormData);
    expect((init!.body as FormData).get('file')).toBeInstanceOf(File);
    const outcome = mount.container.querySelector('[data-testid="upload-outcome"]');
    expect(outcome?.textContent).toContain('Tanda tangan dari pihak lain, tidak tercatat di Pamong');
    expect(mount.container.querySelector('[data-testid="upload-signatures"]')?.textContent).toContain(
      'Sertifikat tidak tercatat',
    );
  });

  it('with a code sends it along and says when the file matches the archive', async () => {
    const answer: UploadCheckView = { outcome: 'matches_record', code: CODE, record: VALID, signatures: [] };
    const server = stubFetch(
      routeFetch([
        { match: `/api/public/verifikasi/${CODE}`, answer: () => json(200, VALID) },
        { match: '/api/public/verifikasi?', method: 'POST', answer: () => json(200, answer) },
      ]),
    );
    await openPage(`/verifikasi/${CODE}`);
    await choosePdf('surat.pdf');
    const post = server.mock.calls.find(([, i]) => i?.method === 'POST');
    expect(post?.[0]).toBe(`/api/public/verifikasi?code=${CODE}`);
    expect(mount.container.querySelector('[data-testid="upload-outcome"]')?.getAttribute('data-outcome')).toBe('matches_record');
    expect(mount.container.textContent).toContain('Berkas sama persis dengan arsip Pamong');
  });

  it('without a code shows the record the file was matched to, under the upload heading', async () => {
    const answer: UploadCheckView = { outcome: 'changed', code: CODE, record: VALID, signatures: [] };
    stubFetch(routeFetch([{ match: '/api/public/verifikasi', method: 'POST', answer: () => json(200, answer) }]));
    await openPage('/verifikasi');
    await choosePdf('diubah.pdf');
    expect(mount.container.querySelector('[data-testid="upload-outcome"]')?.textContent).toContain('Berkas telah berubah');
    expect(banner()?.getAttribute('data-status')).toBe('valid');
    expect(banner()?.querySelector('h3')?.textContent).toContain('Dokumen sah');
    expect(mount.container.querySelector('[data-testid="verification-details"]')?.textContent).toContain(
      '800/123/Diskominfo/2026',
    );
  });
});
