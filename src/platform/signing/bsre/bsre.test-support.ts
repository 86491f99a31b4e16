// Shared fixtures of the BSrE adapter tests: the fake BSrE's users, a sample letter, and a signer factory.
import { PDFDocument } from 'pdf-lib';
import type { FakeBsre, FakeBsreUser } from '../../../../test/support/fake-bsre/fake-bsre.ts';
import { type BsreSigner, createBsreSigner } from './bsre-client.ts';

/** A holder with an issued certificate. */
export const SIGNER: FakeBsreUser = {
  nik: '3313010101800001',
  passphrase: 'Kunci#Budi-7731',
  status: 'ISSUE',
  name: 'Dr. Budi Santoso',
};
/** A second holder, for successive signatures. */
export const SECOND: FakeBsreUser = {
  nik: '3313010101800005',
  passphrase: 'Kunci#Rina-6610',
  status: 'ISSUE',
  name: 'Rina Lestari, S.H.',
};
/** A holder whose certificate expired. */
export const EXPIRED: FakeBsreUser = { nik: '3313010101800002', passphrase: 'Kunci#Sari-1184', status: 'EXPIRED' };
/** A holder whose certificate was revoked. */
export const REVOKED: FakeBsreUser = { nik: '3313010101800003', passphrase: 'Kunci#Tono-5092', status: 'REVOKED' };
/** A NIK BSrE knows but which has no certificate yet. */
export const PENDING: FakeBsreUser = { nik: '3313010101800004', passphrase: 'Kunci#Wati-2265', status: 'NOT_REGISTERED' };
/** A NIK BSrE has never heard of. */
export const UNKNOWN_NIK = '3313010101800099';
/** Every user the fake is started with. */
export const FAKE_USERS = [SIGNER, SECOND, EXPIRED, REVOKED, PENDING];
/** Pamong's verification URL for the sample letter. */
export const QR_URL = 'https://pamong.example/verifikasi/AB12CD34';
/** A signature block on the second page (zero-based page 1), bottom-left origin. */
export const VISIBLE = { page: 1, rect: { x: 340, y: 120, width: 200, height: 80 }, qrUrl: QR_URL };
/** The sample letter's page height (A4 in points). */
export const PAGE_HEIGHT = 841.89;

/** A two-page A4 letter. */
export async function twoPagePdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  for (const text of ['Halaman satu', 'Halaman dua: blok tanda tangan']) {
    document.addPage([595.28, PAGE_HEIGHT]).drawText(text, { x: 72, y: 760, size: 14 });
  }
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/** A BSrE signer pointed at the fake (overrides for the failure cases). */
export function signerAgainst(
  fake: FakeBsre,
  api: 'v1' | 'v2',
  overrides: { password?: string; timeoutMs?: number; baseUrl?: string } = {},
): BsreSigner {
  return createBsreSigner({
    baseUrl: overrides.baseUrl ?? fake.url,
    username: fake.username,
    password: overrides.password ?? fake.password,
    api,
    timeoutMs: overrides.timeoutMs ?? 20_000,
  });
}
