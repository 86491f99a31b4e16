/** API client of the LKE evaluation pages (`/api/evaluation`): list, one evaluation, answers, lifecycle, what-if. */
import type { z } from 'zod';
import type {
  AnswersInput,
  CreateEvaluationInput,
  CriterionView,
  EvaluationListView,
  EvaluationStatus,
  EvaluationView,
  EvidenceLink,
  PredikatBandView,
  TemplateListView,
  TemplateView,
  ViolationView,
  WhatIfView,
} from '../../../../src/modules/evaluation/evaluation.contract.ts';
import { api, queryString } from '../../app/api.ts';

export type { EvaluationListView, EvaluationStatus, EvaluationView, EvidenceLink, PredikatBandView, TemplateView, WhatIfView };
/** One row of the evaluation list. */
export type EvaluationSummary = EvaluationListView['items'][number];
/** One criterion of the worksheet with both answers. */
export type Criterion = z.infer<typeof CriterionView>;
/** A broken kerangka logis rule. */
export type Violation = z.infer<typeof ViolationView>;
/** One answer change as sent. */
export type AnswerChange = AnswersInput['answers'][number];
/** Which answers: the OPD's (usulan) or the evaluator's (penetapan). */
export type Basis = 'self' | 'final';
/** A lifecycle action that takes only the version. */
export type VersionAction = 'prefill' | 'submit' | 'finalise';

const E = '/api/evaluation/evaluations';
const enc = encodeURIComponent;

/** React Query keys of the evaluation pages. */
export const evaluationKeys = {
  all: ['evaluation'] as const,
  templates: ['evaluation', 'templates'] as const,
  list: (year: number) => ['evaluation', 'list', 'year', year] as const,
  trend: (unitId: string) => ['evaluation', 'list', 'unit', unitId] as const,
  one: (id: string) => ['evaluation', 'one', id] as const,
  whatIf: (id: string, basis: Basis, version: number) => ['evaluation', 'what-if', id, basis, version] as const,
};

/** Every LKE template of the tenant (the built-in 88/2021 first), each with its predikat table. */
export const fetchTemplates = () => api<z.infer<typeof TemplateListView>>('/api/evaluation/templates').then((r) => r.items);

/** The evaluations of a year across OPDs (those the user may see). */
export const fetchYearEvaluations = (year: number) =>
  api<EvaluationListView>(`${E}${queryString({ year })}`).then((r) => r.items);

/** The evaluations of one OPD across years. */
export const fetchUnitEvaluations = (unitId: string) =>
  api<EvaluationListView>(`${E}${queryString({ unitId })}`).then((r) => r.items);

/** Opens an evaluation of an OPD and year (pre-answered from e-SAKIP data). */
export const createEvaluation = (input: CreateEvaluationInput) => api<EvaluationView>(E, { method: 'POST', body: input });

/** One evaluation with its worksheet, live scores, blockers and what the user may do. */
export const fetchEvaluation = (id: string) => api<EvaluationView>(`${E}/${enc(id)}`);

/** The what-if on one basis: the best single steps and the plan to the next predikat. */
export const fetchWhatIf = (id: string, basis: Basis) => api<WhatIfView>(`${E}/${enc(id)}/what-if${queryString({ basis })}`);

/** Saves answer changes of one basis (self = usulan, final = penetapan) against the version the user saw. */
export const saveAnswers = (id: string, basis: Basis, version: number, answers: AnswerChange[]) =>
  api<EvaluationView>(`${E}/${enc(id)}/${basis === 'self' ? 'self-answers' : 'final-answers'}`, {
    method: 'PUT',
    body: { version, answers },
  });

/** Pre-answers from data, submits to the evaluator, or finalises (409 naming every blocker). */
export const runAction = (id: string, action: VersionAction, version: number) =>
  api<EvaluationView>(`${E}/${enc(id)}/${action}`, { method: 'POST', body: { version } });

/** Moves the evaluation one step back, with the reason. */
export const reopenEvaluation = (id: string, version: number, reason: string) =>
  api<EvaluationView>(`${E}/${enc(id)}/reopen`, { method: 'POST', body: { version, reason } });

/** The template (and so the predikat table) an evaluation uses, from the template list. */
export function templateOf(
  templates: readonly TemplateView[] | undefined,
  used: Pick<EvaluationView['template'], 'code' | 'version'>,
): TemplateView | undefined {
  return templates?.find((t) => t.code === used.code && t.version === used.version);
}
