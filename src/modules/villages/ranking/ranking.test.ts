import { describe, expect, it } from 'vitest';
import { DEFAULT_VILLAGE_BANDS, villageBandFor, villageBandProblems } from './bands.ts';
import { rankVillages, type VillageScore } from './ranking.ts';

describe('villageBandFor with the Sumedang defaults', () => {
  const cases: [string, string][] = [
    ['0', 'D'],
    ['55', 'D'],
    ['55.99', 'D'],
    ['55.994', 'D'],
    ['55.995', 'C'],
    ['56', 'C'],
    ['70', 'C'],
    ['70.99', 'C'],
    ['71', 'B'],
    ['85', 'B'],
    ['85.99', 'B'],
    ['86', 'A'],
    ['100', 'A'],
  ];
  it.each(cases)('%s → %s', (score, code) => {
    expect(villageBandFor(score).code).toBe(code);
  });

  it('marks A and D as inferred and B and C as published', () => {
    expect(DEFAULT_VILLAGE_BANDS.map((b) => [b.code, b.inferred])).toEqual([
      ['A', true],
      ['B', false],
      ['C', false],
      ['D', true],
    ]);
  });

  it('refuses scores outside 0..100 and finds broken settings', () => {
    expect(() => villageBandFor('100.01')).toThrow(RangeError);
    expect(() => villageBandFor('-1')).toThrow(RangeError);
    expect(villageBandProblems(DEFAULT_VILLAGE_BANDS)).toEqual([]);
    const gap = DEFAULT_VILLAGE_BANDS.map((b) => (b.code === 'B' ? { ...b, lo: '71' } : b));
    expect(villageBandProblems(gap)).toHaveLength(1);
  });
});

describe('rankVillages', () => {
  const v = (desaId: string, name: string, kecamatanId: string, score: string): VillageScore => ({
    desaId,
    name,
    kecamatanId,
    score,
  });
  const scores = [
    v('d1', 'Sukajaya', 'k1', '67.44'),
    v('d2', 'Cibeureum', 'k2', '72.10'),
    v('d3', 'Margamukti', 'k1', '67.44'),
    v('d4', 'Ambit', 'k2', '67.435'), // rounds to 67.44: a tie with d1 and d3 as shown
    v('d5', 'Desa 10', 'k1', '50'),
    v('d6', 'Desa 9', 'k1', '50.00'),
  ];
  const ranking = rankVillages(scores);

  it('uses competition ranking with ties listed by name', () => {
    expect(ranking.kabupaten.map((r) => [r.rank, r.name, r.score, r.band.code])).toEqual([
      [1, 'Cibeureum', '72.10', 'B'],
      [2, 'Ambit', '67.44', 'C'],
      [2, 'Margamukti', '67.44', 'C'],
      [2, 'Sukajaya', '67.44', 'C'],
      [5, 'Desa 9', '50.00', 'D'],
      [5, 'Desa 10', '50.00', 'D'],
    ]);
  });

  it('ranks each kecamatan on its own', () => {
    expect(ranking.perKecamatan.map((k) => [k.kecamatanId, k.villages.map((r) => `${r.rank}:${r.desaId}`)])).toEqual([
      ['k1', ['1:d3', '1:d1', '3:d6', '3:d5']],
      ['k2', ['1:d2', '2:d4']],
    ]);
  });

  it('returns empty rankings for no villages', () => {
    expect(rankVillages([])).toEqual({ kabupaten: [], perKecamatan: [] });
  });
});
