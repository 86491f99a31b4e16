import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from './secret-box.ts';

const MASTER = 'rahasia-induk-yang-cukup-panjang-untuk-uji-2026';

describe('secret box', () => {
  it('opens what it sealed, and never stores the plain text', () => {
    const sealed = sealSecret(MASTER, 'totp', 'JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(openSecret(MASTER, 'totp', sealed)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('seals the same secret differently each time', () => {
    expect(sealSecret(MASTER, 'totp', 'x')).not.toBe(sealSecret(MASTER, 'totp', 'x'));
  });

  it('refuses another master secret, another purpose, an altered box and garbage', () => {
    const sealed = sealSecret(MASTER, 'totp', 'JBSWY3DPEHPK3PXP');
    expect(openSecret(`${MASTER}-lain`, 'totp', sealed)).toBeUndefined();
    expect(openSecret(MASTER, 'oidc', sealed)).toBeUndefined();
    const [v, iv, tag, data] = sealed.split('.');
    const flipped = `${data.slice(0, -2)}${data.at(-2) === 'A' ? 'B' : 'A'}${data.at(-1)}`;
    expect(openSecret(MASTER, 'totp', [v, iv, tag, flipped].join('.'))).toBeUndefined();
    expect(openSecret(MASTER, 'totp', 'JBSWY3DPEHPK3PXP')).toBeUndefined();
  });
});
