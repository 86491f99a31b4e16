/** The APBDes-vs-RKPDes comparison: exact rupiah per bidang and in total, in the chart's accessible label too. */
import { describe, expect, it } from 'vitest';
import { mountPoint } from '../../../test-support/dom.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { BidangChart } from './BidangChart.tsx';
import { type PlansSummaryView, rupiah, VILLAGE_BIDANG } from './plans.api.ts';

const mount = mountPoint();
const row = (bidang: number, apbdes: string, rkp: string, difference: string) => ({
  bidang,
  name: VILLAGE_BIDANG[bidang]!,
  apbdes,
  rkp,
  difference,
});
const view: PlansSummaryView = {
  desa: { id: 'd1', name: 'Sukajaya', kecamatanName: 'Sumedang Selatan' },
  year: 2026,
  bidang: [
    row(1, '420000000.00', '400000000.75', '19999999.25'),
    row(2, '853000000.00', '900000000.00', '-47000000.00'),
    row(3, '0.00', '0.00', '0.00'),
    row(4, '0.00', '0.00', '0.00'),
    row(5, '100000000.00', '0.00', '100000000.00'),
  ],
  totals: { apbdes: '1373000000.00', rkp: '1300000000.75', difference: '72999999.25' },
};
const bodyRows = () =>
  [...mount.container.querySelectorAll('[data-testid="plans-bidang-table"] tbody tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => c.textContent),
  );

describe('BidangChart', () => {
  it('tables each bidang and the total with exact Indonesian rupiah, negatives kept', async () => {
    await renderWithProviders(mount, <BidangChart view={view} />);
    const rows = bodyRows();
    expect(rows[0]).toEqual(['1. Penyelenggaraan Pemerintahan Desa', '420.000.000,00', '400.000.000,75', '19.999.999,25']);
    expect(rows[1]?.[3]).toBe('-47.000.000,00');
    expect(rows[5]).toEqual(['Jumlah', '1.373.000.000,00', '1.300.000.000,75', '72.999.999,25']);
    const label = mount.container.querySelector('[data-testid="plans-bidang-chart"]')?.getAttribute('aria-label') ?? '';
    expect(label).toContain('1: 420.000.000,00 / 400.000.000,75');
  });

  it('formats amounts without floating-point rounding', () => {
    expect(rupiah('9007199254740993.01', 'id-ID')).toBe('9.007.199.254.740.993,01');
    expect(rupiah('1234.5', 'en-GB')).toBe('1,234.50');
  });
});
