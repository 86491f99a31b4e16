import { DEFAULT_VILLAGE_BANDS, roundedScore, type VillageBand, type VillageBandSettings, villageBandFor } from './bands.ts';

/**
 * Ranking: villages ordered by score (rounded half up to 2 decimals, as shown), highest first, with
 * competition ranks ("1224": equal scores share a rank and the next rank skips). Villages with equal
 * scores are listed by name (Indonesian collation, numbers in names compared as numbers), then id.
 */

/** One desa's evaluation score (decimal string 0..100). */
export interface VillageScore {
  readonly desaId: string;
  readonly name: string;
  readonly kecamatanId: string;
  readonly score: string;
}

/** A desa with its rank and category band. */
export interface RankedVillage {
  readonly desaId: string;
  readonly name: string;
  readonly kecamatanId: string;
  readonly score: string;
  readonly rank: number;
  readonly band: VillageBand;
}

/** The kabupaten ranking and one ranking per kecamatan (kecamatan in first-seen order). */
export interface VillageRanking {
  readonly kabupaten: readonly RankedVillage[];
  readonly perKecamatan: readonly { readonly kecamatanId: string; readonly villages: readonly RankedVillage[] }[];
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Ranks one list with competition ranking; ties ordered by name, then id. */
export function rankList(
  scores: readonly VillageScore[],
  settings: VillageBandSettings = DEFAULT_VILLAGE_BANDS,
): RankedVillage[] {
  const rows = scores.map((s) => ({ ...s, rounded: roundedScore(s.score) }));
  rows.sort((a, b) => b.rounded.comparedTo(a.rounded) || collator.compare(a.name, b.name) || (a.desaId < b.desaId ? -1 : 1));
  let rank = 0;
  return rows.map((row, i) => {
    if (i === 0 || !rows[i - 1].rounded.eq(row.rounded)) rank = i + 1;
    return {
      desaId: row.desaId,
      name: row.name,
      kecamatanId: row.kecamatanId,
      score: row.rounded.toFixed(2),
      rank,
      band: villageBandFor(row.rounded, settings),
    };
  });
}

/** Ranks all desa in the kabupaten and within each kecamatan; RangeError for a score outside the bands. */
export function rankVillages(
  scores: readonly VillageScore[],
  settings: VillageBandSettings = DEFAULT_VILLAGE_BANDS,
): VillageRanking {
  const kecamatanIds = [...new Set(scores.map((s) => s.kecamatanId))];
  return {
    kabupaten: rankList(scores, settings),
    perKecamatan: kecamatanIds.map((kecamatanId) => ({
      kecamatanId,
      villages: rankList(
        scores.filter((s) => s.kecamatanId === kecamatanId),
        settings,
      ),
    })),
  };
}
