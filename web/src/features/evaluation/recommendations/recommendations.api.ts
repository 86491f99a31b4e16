/** API calls of the LHE recommendations panel and the overdue card (types from the server contract only). */
import type {
  FollowupInput,
  OverdueListView,
  RecommendationInput,
  RecommendationListView,
  RecommendationView,
} from '../../../../../src/modules/evaluation/recommendations.contract.ts';
import { api } from '../../../app/api.ts';

export type { OverdueListView, RecommendationInput, RecommendationListView, RecommendationView };

const enc = encodeURIComponent;
const E = '/api/evaluation/evaluations';
const R = '/api/evaluation/recommendations';

/** Query keys. */
export const recommendationKeys = {
  list: (evaluationId: string) => ['evaluation', 'recommendations', evaluationId] as const,
  overdue: ['evaluation', 'recommendations', 'overdue'] as const,
};

/** The recommendations of an evaluation. */
export const fetchRecommendations = (evaluationId: string) =>
  api<RecommendationListView>(`${E}/${enc(evaluationId)}/recommendations`);
/** Overdue recommendations across the tenant (those the user may see). */
export const fetchOverdue = () => api<OverdueListView>(`${R}/overdue`);
/** Adds a recommendation (evaluator). */
export const addRecommendation = (evaluationId: string, input: RecommendationInput) =>
  api<RecommendationView>(`${E}/${enc(evaluationId)}/recommendations`, { method: 'POST', body: input });
/** Changes a recommendation (evaluator). */
export const updateRecommendation = (id: string, input: RecommendationInput & { version: number }) =>
  api<RecommendationView>(`${R}/${enc(id)}`, { method: 'PUT', body: input });
/** Removes a recommendation nobody followed up (evaluator). */
export const removeRecommendation = (id: string, version: number) =>
  api<{ removed: true }>(`${R}/${enc(id)}`, { method: 'DELETE', body: { version } });
/** Confirms a done recommendation (evaluator). */
export const confirmRecommendation = (id: string, version: number) =>
  api<RecommendationView>(`${R}/${enc(id)}/confirm`, { method: 'POST', body: { version } });
/** Drafts a nota dinas in e-Office to the person in charge (evaluator); answers the draft's id. */
export const sendRecommendationNotice = (id: string) => api<{ draftId: string }>(`${R}/${enc(id)}/notice`, { method: 'POST' });
/** Reopens a done recommendation with a reason (evaluator). */
export const reopenRecommendation = (id: string, version: number, reason: string) =>
  api<RecommendationView>(`${R}/${enc(id)}/reopen`, { method: 'POST', body: { version, reason } });

/** Adds a follow-up entry with evidence files (multipart). */
export function addFollowup(id: string, input: FollowupInput, files: readonly File[]) {
  const form = new FormData();
  form.append('version', String(input.version));
  form.append('date', input.date);
  form.append('progress', String(input.progress));
  form.append('note', input.note);
  for (const file of files) form.append('file', file);
  return api<RecommendationView>(`${R}/${enc(id)}/followups`, { method: 'POST', body: form });
}

/** Download address of a follow-up evidence file. */
export const followupFileHref = (followupId: string, fileId: string) =>
  `/api/evaluation/followups/${enc(followupId)}/files/${enc(fileId)}`;
/** Download addresses of the LHE. */
export const lheHref = (evaluationId: string, ext: 'pdf' | 'docx') => `${E}/${enc(evaluationId)}/lhe.${ext}`;
