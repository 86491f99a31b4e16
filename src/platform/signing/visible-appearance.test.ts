import { describe, expect, it } from 'vitest';
import { appearanceContent, toWinAnsiText } from './visible-appearance.ts';

describe('toWinAnsiText', () => {
  it('keeps Latin-1 letters, drops accents WinAnsi lacks and replaces other scripts with "?"', () => {
    expect(toWinAnsiText('Budi Santoso, S.Kom.')).toBe('Budi Santoso, S.Kom.');
    expect(toWinAnsiText('José Müller')).toBe('José Müller');
    expect(toWinAnsiText('Ąnna Łukasz')).toBe('Anna ?ukasz');
    expect(toWinAnsiText('王')).toBe('?');
  });
});

describe('appearanceContent', () => {
  const visible = {
    page: 0,
    rect: { x: 0, y: 0, width: 240, height: 72 },
    qrUrl: 'https://pamong.example/verifikasi/XYZ',
    lines: ['Ditandatangani secara elektronik oleh', 'Nama Penanda Tangan', '28/11/2026 10:15 WIB'],
  };

  it('shows every line once, as hex-encoded WinAnsi text', () => {
    const content = appearanceContent(visible);
    const shown = [...content.matchAll(/<([0-9A-Fa-f]+)> Tj/g)].map((match) => Buffer.from(match[1], 'hex').toString('latin1'));
    expect(shown).toEqual(visible.lines);
  });

  it('keeps every drawn rectangle and text origin inside the box', () => {
    const content = appearanceContent(visible);
    for (const match of content.matchAll(/(-?[\d.]+) (-?[\d.]+) ([\d.]+) ([\d.]+) re/g)) {
      const [x, y, width, height] = match.slice(1).map(Number);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + width).toBeLessThanOrEqual(visible.rect.width + 1e-6);
      expect(y + height).toBeLessThanOrEqual(visible.rect.height + 1e-6);
    }
    for (const match of content.matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) Tm/g)) {
      expect(Number(match[1])).toBeLessThan(visible.rect.width);
      expect(Number(match[2])).toBeGreaterThan(0);
    }
  });

  it('shortens a line too long for the box with an ellipsis', () => {
    const long = { ...visible, lines: ['X'.repeat(400)] };
    const [shown] = [...appearanceContent(long).matchAll(/<([0-9A-Fa-f]+)> Tj/g)].map((match) => Buffer.from(match[1], 'hex'));
    expect(shown.length).toBeLessThan(400);
    expect(shown[shown.length - 1]).toBe(0x85); // WinAnsi ellipsis
  });
});
