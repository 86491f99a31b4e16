/** API client of the "Evaluasi & Peringkat" tab: ranking, dashboard, evaluations, band settings, recap address. */
import type {
  RankingRowView,
  RankingView,
  VillageAnswersInput,
  VillageBandSettingsInput,
  VillageBandSettingsView,
  VillageBandView,
  VillageDashboardView,
  VillageEvaluationListView,
  VillageEvaluationView,
} from '../../../../../src/modules/villages/village-evaluation.contract.ts';
import { api, queryString } from '../../../app/api.ts';

export type {
  RankingRowView,
  RankingView,
  VillageBandSettingsView,
  VillageBandView,
  VillageDashboardView,
  VillageEvaluationListView,
  VillageEvaluationView,
};

const P = '/api/villages';

/** React Query keys of the tab (everything under one root so a change refreshes it all). */
export const evaluationKeys = {
  all: ['villages-evaluation'] as const,
  ranking: (year: number, kecamatanId: string) => ['villages-evaluation', 'ranking', year, kecamatanId] as const,
  dashboard: (year: number) => ['villages-evaluation', 'dashboard', year] as const,
  list: (year: number) => ['villages-evaluation', 'list', year] as const,
  one: (id: string) => ['villages-evaluation', 'one', id] as const,
  bands: ['villages-evaluation', 'bands'] as const,
};

/** The ranking of a year (kabupaten, or one kecamatan). */
export const fetchRanking = (year: number, kecamatanId: string) =>
  api<RankingView>(`${P}/rankings${queryString({ year, kecamatanId })}`);

/** The kabupaten dashboard of a year. */
export const fetchDashboard = (year: number) => api<VillageDashboardView>(`${P}/evaluation-dashboard${queryString({ year })}`);

/** Every desa of the year with its evaluation state. */
export const fetchEvaluationList = (year: number) => api<VillageEvaluationListView>(`${P}/evaluations${queryString({ year })}`);

/** One evaluation. */
export const fetchEvaluation = (id: string) => api<VillageEvaluationView>(`${P}/evaluations/${encodeURIComponent(id)}`);

/** Starts the evaluation of a desa for a year. */
export const createEvaluation = (regionId: string, year: number) =>
  api<VillageEvaluationView>(`${P}/evaluations`, { method: 'POST', body: { regionId, year } });

/** Saves answers of some criteria. */
export const saveAnswers = (id: string, input: VillageAnswersInput) =>
  api<VillageEvaluationView>(`${P}/evaluations/${encodeURIComponent(id)}/answers`, { method: 'PUT', body: input });

/** Refreshes the pre-answers from Pamong's data (a person's answer is kept). */
export const prefillEvaluation = (id: string, version: number) =>
  api<VillageEvaluationView>(`${P}/evaluations/${encodeURIComponent(id)}/prefill`, { method: 'POST', body: { version } });

/** Finalises an evaluation. */
export const finaliseEvaluation = (id: string, version: number) =>
  api<VillageEvaluationView>(`${P}/evaluations/${encodeURIComponent(id)}/finalise`, { method: 'POST', body: { version } });

/** The band settings. */
export const fetchBands = () => api<VillageBandSettingsView>(`${P}/evaluation-settings/bands`);

/** Replaces the band settings. */
export const saveBands = (input: VillageBandSettingsInput) =>
  api<VillageBandSettingsView>(`${P}/evaluation-settings/bands`, { method: 'PUT', body: input });

/** The address of the printable recap. */
export const recapUrl = (year: number) => `${P}/rankings/recap.pdf?year=${year}`;

const BAND_COLORS = ['green', 'teal', 'yellow', 'orange', 'red'] as const;

/** Mantine colour of a band by its position from the top (green) to the bottom (red); gray when unknown. */
export function bandColor(bands: readonly { code: string }[], code: string | null | undefined): string {
  const index = bands.findIndex((b) => b.code === code);
  if (index < 0) return 'gray';
  const at = bands.length <= 1 ? 0 : Math.round((index * (BAND_COLORS.length - 1)) / (bands.length - 1));
  return BAND_COLORS[at]!;
}
