import type {
  RealizationCellView,
  RealizationGridView,
  RealizationRowView,
  RealizationView,
  ReopeningInput,
  ReopeningView,
  SaveRealizationInput,
  TargetRevisionInput,
  TargetRevisionView,
} from '../../../../../src/modules/performance/realizations.contract.ts';
import { api, queryString } from '../../../app/api.ts';

export type {
  RealizationCellView,
  RealizationGridView,
  RealizationRowView,
  RealizationView,
  ReopeningInput,
  SaveRealizationInput,
  TargetRevisionInput,
  TargetRevisionView,
};

const P = '/api/performance';
const enc = encodeURIComponent;

/** Query keys of the realisasi tab. */
export const realizationKeys = {
  grid: (unitId: string, year: number) => ['esakip', 'realizations', unitId, year] as const,
  /** Under the grid's prefix, so refreshing the grid refreshes an open ledger too. */
  revisions: (indicatorId: string) => ['esakip', 'realizations', 'revisions', indicatorId] as const,
};

/** Where one realisasi lives: indicator, year and period. */
export interface CellAddress {
  readonly indicatorId: string;
  readonly year: number;
  readonly period: string;
}

const cellUrl = (a: CellAddress) => `${P}/indicators/${enc(a.indicatorId)}/realizations/${a.year}/${enc(a.period)}`;

/** The grid of an OPD and year (the user's own OPD when unitId is empty). */
export const fetchRealizationGrid = (unitId: string, year: number) =>
  api<RealizationGridView>(`${P}/realizations${queryString({ unitId: unitId || undefined, year })}`);
/** Enters or changes a draft/returned realisasi. */
export const saveRealization = (a: CellAddress, input: SaveRealizationInput) =>
  api<RealizationView>(cellUrl(a), { method: 'PUT', body: input });
/** Sends a realisasi for verification. */
export const submitRealization = (a: CellAddress, version: number) =>
  api<RealizationView>(`${cellUrl(a)}/submit`, { method: 'POST', body: { version } });
/** Verifies a submitted realisasi (coordinator). */
export const verifyRealization = (a: CellAddress, version: number) =>
  api<RealizationView>(`${cellUrl(a)}/verify`, { method: 'POST', body: { version } });
/** Returns a submitted realisasi with a note (coordinator). */
export const returnRealization = (a: CellAddress, version: number, note: string) =>
  api<RealizationView>(`${cellUrl(a)}/return`, { method: 'POST', body: { version, note } });

/** Uploads an evidence file (PDF, JPEG or PNG) with its title. */
export function uploadEvidence(a: CellAddress, file: File, title: string) {
  const form = new FormData();
  form.append('title', title);
  form.append('file', file);
  return api<RealizationView>(`${cellUrl(a)}/evidence`, { method: 'POST', body: form });
}
/** Removes an evidence file. */
export const removeEvidence = (evidenceId: string) =>
  api<RealizationView>(`${P}/realization-evidence/${enc(evidenceId)}`, { method: 'DELETE' });
/** The download address of an evidence file. */
export const evidenceHref = (evidenceId: string) => `${P}/realization-evidence/${enc(evidenceId)}/file`;

/** Opens a locked period of an OPD again until a day (coordinator). */
export const reopenPeriod = (input: ReopeningInput) =>
  api<ReopeningView>(`${P}/realization-reopenings`, { method: 'POST', body: input });

const revisionsUrl = (indicatorId: string) => `${P}/indicators/${enc(indicatorId)}/target-revisions`;
/** Changes a target with a reason, SK number and approver (coordinator); the ledger keeps old and new. */
export const reviseTarget = (indicatorId: string, input: TargetRevisionInput) =>
  api<TargetRevisionView>(revisionsUrl(indicatorId), { method: 'POST', body: input });
/** The target revision ledger of an indicator, newest first. */
export const fetchTargetRevisions = (indicatorId: string) => api<{ items: TargetRevisionView[] }>(revisionsUrl(indicatorId));
