/** Zod contracts of the LKE evaluation routes under `/api/evaluation` (the web app imports only this file). */
import { z } from 'zod';

const Id = z.uuid();
const Year = z.coerce.number().int().min(2000).max(2100);
const DecimalText = z
  .string()
  .trim()
  .regex(/^\d{1,3}(?:\.\d{1,6})?$/, { message: 'evaluation.notDecimal' });
const Code = z.string().trim().min(1).max(40);
const Text = (max: number) => z.string().trim().min(1).max(max);

/** Lifecycle of an evaluation. */
export const EvaluationStatus = z.enum(['self_assessment', 'evaluating', 'final']);
export type EvaluationStatus = z.infer<typeof EvaluationStatus>;

/** A link to the data that supports an answer (bukti dukung). */
export const EvidenceLink = z.object({
  kind: z.enum(['document', 'file', 'agreement', 'plan', 'realization']),
  id: Id,
  label: Text(200),
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

const AnswerOption = z.object({ code: Code, label: Text(120), value: DecimalText });
const AnswerType = z.union([z.literal('yt'), z.literal('abcde'), z.object({ options: z.array(AnswerOption).min(2).max(10) })]);
const Criterion = z.object({ id: Code, text: Text(500), answerType: AnswerType });
const SubComponent = z.object({
  id: Code,
  name: Text(300),
  weight: DecimalText,
  method: z.literal('mean'),
  criteria: z.array(Criterion).max(60),
});
const Component = z.object({ id: Code, name: Text(300), weight: DecimalText, subComponents: z.array(SubComponent).max(10) });
const Rule = z.object({
  criterionId: Code,
  kind: z.literal('not_above'),
  comparedTo: z.union([Code, z.array(Code).max(60)]),
  message: Text(500),
});

/** An evaluation worksheet (LKE) as data: the engine's EvaluationTemplate. */
export const TemplateContent = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, { message: 'evaluation.templateCodeShape' }),
  version: Text(20),
  name: Text(200),
  components: z.array(Component).max(10),
  rules: z.array(Rule).max(200),
});
export type TemplateContent = z.infer<typeof TemplateContent>;

/** One band of a predikat table. */
export const PredikatBandView = z.object({
  code: Code,
  label: Text(120),
  lo: DecimalText,
  hi: DecimalText,
  interpretation: z.string().trim().max(1000),
});
export type PredikatBandView = z.infer<typeof PredikatBandView>;

/** `POST /api/evaluation/templates`: a tenant's own template version (draft); predikat defaults to 88/2021's. */
export const CreateTemplateInput = z.object({
  template: TemplateContent,
  predikat: z.array(PredikatBandView).min(1).max(12).optional(),
});
export type CreateTemplateInput = z.infer<typeof CreateTemplateInput>;

/** `:templateId` of a tenant template. */
export const TemplateIdParams = z.object({ templateId: Id });
/** `POST /api/evaluation/templates/:templateId/status`. */
export const TemplateStatusInput = z.object({ status: z.enum(['active', 'retired']), version: z.number().int().min(1) });

/** A template offered to the tenant: the built-in one (id null) or a tenant version. */
export const TemplateView = z.object({
  id: z.string().nullable(),
  builtIn: z.boolean(),
  code: z.string(),
  version: z.string(),
  name: z.string(),
  status: z.enum(['draft', 'active', 'retired']),
  rowVersion: z.number(),
  template: TemplateContent,
  predikat: z.array(PredikatBandView),
});
export type TemplateView = z.infer<typeof TemplateView>;
/** Every template of the tenant, the built-in one first. */
export const TemplateListView = z.object({ items: z.array(TemplateView) });
export type TemplateListView = z.infer<typeof TemplateListView>;

/** `POST /api/evaluation/evaluations`: built-in 88/2021 template unless a tenant template is named. */
export const CreateEvaluationInput = z.object({
  unitId: Id,
  year: Year,
  templateCode: Code.optional(),
  templateVersion: Text(20).optional(),
});
export type CreateEvaluationInput = z.infer<typeof CreateEvaluationInput>;

/** `:evaluationId`. */
export const EvaluationIdParams = z.object({ evaluationId: Id });
/** `GET /api/evaluation/evaluations?year=…&unitId=…` (either or both). */
export const EvaluationListQuery = z.object({ year: Year.optional(), unitId: Id.optional() });
export type EvaluationListQuery = z.infer<typeof EvaluationListQuery>;
/** `GET …/what-if?basis=self|final` (default: self while self-assessing, else final). */
export const WhatIfQuery = z.object({ basis: z.enum(['self', 'final']).optional() });

/** One answer change: `answer` null clears it; note and evidence replace what was stored when given. */
export const AnswerInput = z.object({
  criterionId: Code,
  answer: Code.nullable(),
  note: z.string().trim().max(2000).nullable().optional(),
  evidence: z.array(EvidenceLink).max(20).optional(),
});
/** `PUT …/self-answers` and `PUT …/final-answers`. */
export const AnswersInput = z.object({ version: z.number().int().min(1), answers: z.array(AnswerInput).min(1).max(200) });
export type AnswersInput = z.infer<typeof AnswersInput>;
/** `POST …/prefill|submit|finalise`. */
export const VersionInput = z.object({ version: z.number().int().min(1) });
/** `POST …/reopen`. */
export const ReopenInput = z.object({ version: z.number().int().min(1), reason: Text(1000) });

const SubScore = z.object({
  id: z.string(),
  name: z.string(),
  weight: z.string(),
  criteriaCount: z.number(),
  answeredCount: z.number(),
  exactMean: z.string(),
  exactScore: z.string(),
  score: z.string(),
});
const ComponentScore = z.object({
  id: z.string(),
  name: z.string(),
  weight: z.string(),
  exactScore: z.string(),
  score: z.string(),
  subComponents: z.array(SubScore),
});
/** Live score of one set of answers (engine's EvaluationScore). */
export const ScoreView = z.object({
  components: z.array(ComponentScore),
  exactTotal: z.string(),
  total: z.string(),
  unanswered: z.array(z.string()),
});
/** A broken kerangka logis rule. */
export const ViolationView = z.object({
  criterionId: z.string(),
  comparedTo: z.array(z.string()),
  value: z.string(),
  limit: z.string(),
  message: z.string(),
});

/** One criterion of the worksheet with both answers. */
export const CriterionView = z.object({
  id: z.string(),
  text: z.string(),
  options: z.array(z.object({ code: z.string(), label: z.string(), value: z.string() })),
  selfAnswer: z.string().nullable(),
  selfNote: z.string().nullable(),
  prefilledFrom: z.string().nullable(),
  finalAnswer: z.string().nullable(),
  evaluatorNote: z.string().nullable(),
  evidence: z.array(EvidenceLink),
});
const Worksheet = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    weight: z.string(),
    subComponents: z.array(z.object({ id: z.string(), name: z.string(), weight: z.string(), criteria: z.array(CriterionView) })),
  }),
);
/** Score, predikat and kerangka logis of one basis (self = usulan, final = penetapan). */
export const BasisView = z.object({ score: ScoreView, predikat: PredikatBandView, violations: z.array(ViolationView) });

/** The snapshot stored at finalisation. */
export const FinalResultView = z.object({
  exactTotal: z.string(),
  total: z.string(),
  predikat: PredikatBandView,
  components: z.array(ComponentScore),
  finalisedAt: z.string(),
});

/** What the acting user may do now. */
export const EvaluationMayView = z.object({
  selfAssess: z.boolean(),
  prefill: z.boolean(),
  submit: z.boolean(),
  assess: z.boolean(),
  finalise: z.boolean(),
  reopen: z.boolean(),
});

/** One evaluation with its worksheet, live scores and the final snapshot. */
export const EvaluationView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  year: z.number(),
  status: EvaluationStatus,
  version: z.number(),
  template: z.object({
    id: z.string().nullable(),
    code: z.string(),
    version: z.string(),
    name: z.string(),
    builtIn: z.boolean(),
  }),
  worksheet: Worksheet,
  self: BasisView,
  final: BasisView,
  blockers: z.object({ unanswered: z.array(z.string()), violations: z.array(ViolationView) }),
  finalResult: FinalResultView.nullable(),
  submittedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  may: EvaluationMayView,
});
export type EvaluationView = z.infer<typeof EvaluationView>;

/** One row of the dashboard list; total and predikat only once final (from the snapshot). */
export const EvaluationSummaryView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  year: z.number(),
  status: EvaluationStatus,
  templateCode: z.string(),
  templateVersion: z.string(),
  total: z.string().nullable(),
  exactTotal: z.string().nullable(),
  predikat: z.string().nullable(),
  predikatLabel: z.string().nullable(),
  finalisedAt: z.string().nullable(),
});
/** Evaluations of a year across OPDs, or of an OPD across years. */
export const EvaluationListView = z.object({ items: z.array(EvaluationSummaryView) });
export type EvaluationListView = z.infer<typeof EvaluationListView>;

const Step = z.object({
  criterionId: z.string(),
  componentId: z.string(),
  subComponentId: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  exactGain: z.string(),
  gain: z.string(),
  breaksKerangkaLogis: z.boolean(),
});
/** The engine's whatIf() result on the chosen basis. */
export const WhatIfView = z.object({
  basis: z.enum(['self', 'final']),
  exactTotal: z.string(),
  total: z.string(),
  predikat: PredikatBandView,
  ranked: z.array(Step.extend({ exactNewTotal: z.string(), newTotal: z.string() })),
  nextPredikat: z
    .object({
      target: PredikatBandView,
      reached: PredikatBandView,
      steps: z.array(Step),
      exactTotal: z.string(),
      total: z.string(),
    })
    .nullable(),
});
export type WhatIfView = z.infer<typeof WhatIfView>;
