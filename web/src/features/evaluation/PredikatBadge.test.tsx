/** Predikat colours: one colour per 88/2021 predikat from green (AA) to red (D), spread over a tenant's own table. */
import { describe, expect, it } from 'vitest';
import { mountPoint } from '../../test-support/dom.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import type { PredikatBandView } from './evaluation.api.ts';
import { BANDS } from './evaluation-fixtures.ts';
import { predikatColor } from './evaluation-format.ts';
import { PredikatBadge } from './PredikatBadge.tsx';

const mount = mountPoint();

describe('predikat badge colours', () => {
  it('gives each 88/2021 predikat its own colour, best green and worst red', () => {
    const colours = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'].map((code) => predikatColor(code));
    expect(colours).toEqual(['green', 'teal', 'cyan', 'blue', 'yellow', 'orange', 'red']);
    expect(predikatColor(null)).toBe('gray');
    expect(predikatColor('ZZ')).toBe('gray');
  });

  it('spreads the colours over a tenant table with other codes, highest band green and lowest red', () => {
    const own: PredikatBandView[] = [
      { code: 'P1', label: 'Tinggi', lo: '66', hi: '100', interpretation: '' },
      { code: 'P3', label: 'Rendah', lo: '0', hi: '33', interpretation: '' },
      { code: 'P2', label: 'Sedang', lo: '33', hi: '66', interpretation: '' },
    ];
    expect(['P1', 'P2', 'P3'].map((code) => predikatColor(code, own))).toEqual(['green', 'blue', 'red']);
  });

  it('renders the code and label in the predikat colour, and "Belum final" in gray without one', async () => {
    await renderWithProviders(
      mount,
      <>
        <PredikatBadge code="AA" bands={BANDS} />
        <PredikatBadge code="D" label="Sangat Kurang" />
        <PredikatBadge code={null} />
      </>,
    );
    const badge = (code: string) => mount.container.querySelector<HTMLElement>(`[data-predikat="${code}"]`)!;
    expect(badge('AA').textContent).toBe('AA — Sangat Memuaskan');
    expect(badge('AA').getAttribute('style')).toContain('green');
    expect(badge('D').getAttribute('style')).toContain('red');
    expect(badge('').textContent).toBe('Belum final');
    expect(badge('').getAttribute('style')).toContain('gray');
  });
});
