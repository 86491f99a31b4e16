import { describe, expect, it } from 'vitest';
import { signatureTimeText, visibleSignatureLines, zoneAbbreviation } from './signature-text.ts';

describe('signature text', () => {
  it('prints the time in the tenant zone with its Indonesian abbreviation', () => {
    const at = new Date('2026-11-28T17:05:00Z');
    expect(signatureTimeText(at, 'Asia/Jakarta')).toBe('29-11-2026 00:05 WIB');
    expect(signatureTimeText(at, 'Asia/Makassar')).toBe('29-11-2026 01:05 WITA');
    expect(signatureTimeText(at, 'Asia/Jayapura')).toBe('29-11-2026 02:05 WIT');
    expect(zoneAbbreviation('Europe/Amsterdam')).toBe('Europe/Amsterdam');
  });

  it('names the signer and jabatan beside the QR', () => {
    const lines = visibleSignatureLines('Dr. Ani', 'Kepala Dinas', new Date('2026-01-02T03:04:00Z'), 'Asia/Jakarta');
    expect(lines).toEqual(['Ditandatangani secara elektronik oleh:', 'Dr. Ani', 'Kepala Dinas', '02-01-2026 10:04 WIB']);
  });
});
