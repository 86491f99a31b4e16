import { describe, expect, it } from 'vitest';
import { mountPoint } from '../../../test-support/dom.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { RankingTable } from './RankingTable.tsx';
import type { RankingRowView, RankingView } from './village-evaluation.api.ts';

const mount = mountPoint();
const BANDS = [
  { code: 'A', label: 'Kategori A', lo: '85.99', hi: '100', inferred: true, from: '86.00', to: '100.00' },
  { code: 'B', label: 'Kategori B', lo: '70.99', hi: '85.99', inferred: false, from: '71.00', to: '85.99' },
  { code: 'C', label: 'Kategori C', lo: '55.99', hi: '70.99', inferred: false, from: '56.00', to: '70.99' },
];
const row = (
  regionId: string,
  name: string,
  rank: number,
  kecamatanRank: number,
  score: string,
  band: string,
): RankingRowView => ({
  ...{ rank, kecamatanRank, regionId, code: regionId, name, kecamatanId: regionId === 'd3' ? 'k2' : 'k1' },
  ...{ kecamatanName: regionId === 'd3' ? 'Cimalaka' : 'Sumedang Utara', score },
  band: { code: band, label: `Kategori ${band}`, inferred: band === 'A' },
  finalBandCode: band === 'B' && regionId === 'd2' ? 'C' : band,
  bandChanged: regionId === 'd2',
});
const view = (kecamatanId: string | null, rows: RankingRowView[]): RankingView => ({
  year: 2025,
  kecamatanId,
  kecamatan: [
    { id: 'k1', name: 'Sumedang Utara' },
    { id: 'k2', name: 'Cimalaka' },
  ],
  bands: BANDS,
  rows,
  notEvaluated: 3,
});

const bodyRows = () =>
  [...mount.container.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent));

describe('RankingTable', () => {
  it('shows tied desa with the same kabupaten rank and each band as a labelled badge', async () => {
    const rows = [
      row('d1', 'Sukajaya', 1, 1, '86.00', 'A'),
      row('d2', 'Margamukti', 2, 2, '71.00', 'B'),
      row('d3', 'Cibeureum', 2, 1, '71.00', 'B'),
      row('d4', 'Ambit', 4, 3, '70.99', 'C'),
    ];
    await renderWithProviders(mount, <RankingTable view={view(null, rows)} />);
    expect(mount.container.querySelector('caption')?.textContent).toBe('Peringkat desa tahun 2025 — kabupaten');
    expect(bodyRows()).toEqual([
      ['1', 'Sukajaya', 'Sumedang Utara', '86.00', 'Kategori A'],
      ['2', 'Margamukti', 'Sumedang Utara', '71.00', 'Kategori BSaat final: C'],
      ['2', 'Cibeureum', 'Cimalaka', '71.00', 'Kategori B'],
      ['4', 'Ambit', 'Sumedang Utara', '70.99', 'Kategori C'],
    ]);
    expect([...mount.container.querySelectorAll('[data-band]')].map((b) => b.getAttribute('data-band'))).toEqual([
      'A',
      'B',
      'B',
      'C',
    ]);
  });

  it('shows the kecamatan rank when filtered to one kecamatan', async () => {
    await renderWithProviders(mount, <RankingTable view={view('k2', [row('d3', 'Cibeureum', 2, 1, '71.00', 'B')])} />);
    expect(mount.container.querySelector('caption')?.textContent).toBe('Peringkat desa tahun 2025 — Kecamatan Cimalaka');
    expect(bodyRows()[0]?.[0]).toBe('1');
  });

  it('says so when no desa has a final evaluation', async () => {
    await renderWithProviders(mount, <RankingTable view={view(null, [])} />);
    expect(mount.container.textContent).toContain('Belum ada evaluasi final tahun ini.');
  });
});
