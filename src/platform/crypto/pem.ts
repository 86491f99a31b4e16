import { readFileSync } from 'node:fs';

/** The DER bytes of every `-----BEGIN CERTIFICATE-----` block in PEM text. */
export function certificatesFromPem(pem: string): Buffer[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => Buffer.from(block.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, ''), 'base64'));
}

/** The certificates of a PEM file (e.g. the BSrE roots); an absent path gives none. */
export function certificatesFromPemFile(path: string | undefined): Buffer[] {
  return path ? certificatesFromPem(readFileSync(path, 'utf8')) : [];
}
