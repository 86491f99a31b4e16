/** Village category bands (tenant settings) and the kabupaten/kecamatan ranking. */
export {
  DEFAULT_VILLAGE_BANDS,
  roundedScore,
  type VillageBand,
  type VillageBandSettings,
  VillageDecimal,
  villageBandFor,
  villageBandProblems,
} from './bands.ts';
export { type RankedVillage, rankList, rankVillages, type VillageRanking, type VillageScore } from './ranking.ts';
