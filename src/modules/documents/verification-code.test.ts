import { describe, expect, it } from 'vitest';
import { codeInPdfBytes, isVerificationCode, newVerificationCode, verificationUrl } from './verification-code.ts';

describe('verification codes', () => {
  it('are 20 symbols of the unambiguous alphabet and differ every time', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newVerificationCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(isVerificationCode(code), code).toBe(true);
    expect(isVerificationCode('ABCDEFGHJKLMNPQRSTU0')).toBe(false);
    expect(isVerificationCode('abcdefghjkmnpqrstuvw')).toBe(false);
    expect(isVerificationCode('ABCDEFGHJKLMNPQRSTUVW')).toBe(false);
  });

  it('are found in PDF bytes as plain text or as a UTF-16 hex string (/Reason)', () => {
    const code = newVerificationCode();
    const url = verificationUrl('https://pamong.example/', code);
    expect(url).toBe(`https://pamong.example/verifikasi/${code}`);
    expect(codeInPdfBytes(Buffer.from(`/Reason (verifikasi: ${url})`, 'latin1'))).toBe(code);
    const hex = Buffer.from(`\ufeffverifikasi: ${url}`, 'utf16le').swap16().toString('hex').toUpperCase();
    expect(codeInPdfBytes(Buffer.from(`/Reason <${hex}>`, 'latin1'))).toBe(code);
    expect(codeInPdfBytes(Buffer.from('/Reason (tanpa kode)'))).toBeUndefined();
  });
});
