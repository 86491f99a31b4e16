import { randomInt } from 'node:crypto';

/** Crockford-like alphabet without look-alikes (no I, O, 0, 1), so a code read off paper types back right. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 20;

/** SECURITY: an unguessable public code, 20 symbols of 5 bits = 100 random bits from the CSPRNG. */
export function newVerificationCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** True when the text has the shape of a verification code (checked before any lookup). */
export function isVerificationCode(text: string): boolean {
  return text.length === LENGTH && [...text].every((c) => ALPHABET.includes(c));
}

const URL_CODE = new RegExp(`/verifikasi/([${ALPHABET}]{${LENGTH}})`);

const UTF16_HEX_STRING = /<FEFF((?:[0-9A-Fa-f]{4})+)>/g;

/** Text of the UTF-16BE hex strings (`<FEFF…>`) in PDF bytes, where signature dictionaries keep /Reason. */
function utf16HexStrings(text: string): string {
  const found: string[] = [];
  for (const match of text.matchAll(UTF16_HEX_STRING)) found.push(Buffer.from(match[1]!, 'hex').swap16().toString('utf16le'));
  return found.join('\n');
}

/** Finds a Pamong verification URL inside raw PDF bytes (the signature's /Reason names it). */
export function codeInPdfBytes(pdf: Buffer): string | undefined {
  const text = pdf.toString('latin1');
  return URL_CODE.exec(text)?.[1] ?? URL_CODE.exec(utf16HexStrings(text))?.[1];
}

/** The public URL of a verification code. */
export function verificationUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/$/, '')}/verifikasi/${code}`;
}
