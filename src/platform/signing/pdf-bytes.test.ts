import { describe, expect, it } from 'vitest';
import { declaresEncryption, lastStartxref, parsePdfDate, pdfDate } from './pdf-bytes.ts';

describe('PDF dates', () => {
  it('writes UTC dates that read back to the same second', () => {
    const date = new Date('2026-11-28T03:15:42.900Z');
    expect(pdfDate(date)).toBe('D:20261128031542Z');
    expect(parsePdfDate(pdfDate(date))?.toISOString()).toBe('2026-11-28T03:15:42.000Z');
  });

  it("applies a time-zone offset such as WIB (+07'00')", () => {
    expect(parsePdfDate("D:20261128101500+07'00'")?.toISOString()).toBe('2026-11-28T03:15:00.000Z');
    expect(parsePdfDate('bukan tanggal')).toBeUndefined();
  });
});

describe('trailer reading', () => {
  it('finds /Encrypt in a trailer but not in page text', () => {
    expect(declaresEncryption('%PDF-1.4\ntrailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R >>\nstartxref\n9\n%%EOF')).toBe(true);
    expect(declaresEncryption('%PDF-1.4\n(kata /Encrypt di teks)\ntrailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n9\n%%EOF')).toBe(
      false,
    );
  });

  it('reads the last startxref of an incrementally updated file', () => {
    expect(lastStartxref('startxref\n100\n%%EOF\nxref\nstartxref\n250\n%%EOF\n')).toBe(250);
    expect(lastStartxref('no xref here')).toBeUndefined();
  });
});
