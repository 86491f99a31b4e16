/** Zod contracts of the Sakip Desa evaluation routes under `/api/villages` (the web app may import this file). */
import { z } from 'zod';

const Id = z.uuid();
const Year = z.coerce.number().int().min(2015).max(2100);
const DecimalText = z
  .string()
  .trim()
  .regex(/^\d{1,3}(?:\.\d{1,6})?$/, { message: 'villages.evaluation.notDecimal' });
const Code = z.string().trim().min(1).max(40);
const Text = (max: number) => z.string().trim().min(1).max(max);

/** `?year=`. */
export const VillageYearQuery = z.object({ year: Year });
export type VillageYearQuery = z.infer<typeof VillageYearQuery>;

/** `?year=&kecamatanId=`: the kabupaten ranking, or one kecamatan's. */
export const RankingQuery = z.object({ year: Year, kecamatanId: Id.optional() });
export type RankingQuery = z.infer<typeof RankingQuery>;

/** `:evaluationId`. */
export const VillageEvaluationParams = z.object({ evaluationId: Id });

/** `POST /api/villages/evaluations`: start the evaluation of a desa for a year with the tenant's current worksheet. */
export const CreateVillageEvaluationInput = z.object({ regionId: Id, year: Year });
export type CreateVillageEvaluationInput = z.infer<typeof CreateVillageEvaluationInput>;

/** One criterion's answer: an option code (null clears it) and an optional note. */
export const VillageAnswer = z.object({ answer: Code.nullable(), note: z.string().trim().max(2000).nullable() });
export type VillageAnswer = z.infer<typeof VillageAnswer>;

/** A stored answer with the Pamong fact it was pre-answered from (null: a person's answer). */
export const VillageAnswerView = VillageAnswer.extend({ prefilledFrom: z.string().nullable() });
export type VillageAnswerView = z.infer<typeof VillageAnswerView>;

/** `PUT …/answers`: the criteria to change (others keep their answers), with the evaluation's version. */
export const VillageAnswersInput = z.object({
  answers: z.record(Code, VillageAnswer),
  version: z.number().int().min(1),
});
export type VillageAnswersInput = z.infer<typeof VillageAnswersInput>;

/** `POST …/finalise`. */
export const FinaliseVillageEvaluationInput = z.object({ version: z.number().int().min(1) });

/** `POST …/prefill`: refresh the pre-answers from Pamong's data. */
export const PrefillVillageEvaluationInput = FinaliseVillageEvaluationInput;

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

/** A worksheet in the evaluation engine's template shape. */
export const VillageWorksheetContent = z.object({
  code: Code,
  version: Code,
  name: Text(200),
  components: z.array(Component).max(12),
  rules: z.array(Rule).max(100),
});
export type VillageWorksheetContent = z.infer<typeof VillageWorksheetContent>;

/** `PUT /api/villages/evaluation-worksheet`: store a new worksheet version (new evaluations use it). */
export const VillageWorksheetInput = z.object({ template: VillageWorksheetContent });

/** The worksheet new evaluations use: the built-in default, or the tenant's latest version. */
export const VillageWorksheetView = z.object({
  id: z.string().nullable(),
  builtIn: z.boolean(),
  template: VillageWorksheetContent,
  canEdit: z.boolean(),
});
export type VillageWorksheetView = z.infer<typeof VillageWorksheetView>;

/** One category band as stored, with its range as shown (71.00–85.99 for (70.99, 85.99]). */
export const VillageBandView = z.object({
  code: z.string(),
  label: z.string(),
  lo: z.string(),
  hi: z.string(),
  inferred: z.boolean(),
  from: z.string(),
  to: z.string(),
});
export type VillageBandView = z.infer<typeof VillageBandView>;

/** The tenant's band settings (`version` 0 and `isDefault` while the Sumedang defaults apply). */
export const VillageBandSettingsView = z.object({
  bands: z.array(VillageBandView),
  version: z.number(),
  isDefault: z.boolean(),
  hash: z.string(),
  canEdit: z.boolean(),
});
export type VillageBandSettingsView = z.infer<typeof VillageBandSettingsView>;

/** `PUT /api/villages/evaluation-settings/bands`: every band, lo < score ≤ hi, covering 0..100. */
export const VillageBandSettingsInput = z.object({
  bands: z
    .array(z.object({ code: Code, label: Text(80), lo: DecimalText, hi: DecimalText, inferred: z.boolean() }))
    .min(1)
    .max(10),
  version: z.number().int().min(0),
});
export type VillageBandSettingsInput = z.infer<typeof VillageBandSettingsInput>;

/** Per-component scores and the total (exact and 2-decimal display). */
export const VillageScoreView = z.object({
  exactTotal: z.string(),
  total: z.string(),
  components: z.array(z.object({ id: z.string(), name: z.string(), weight: z.string(), score: z.string() })),
  unanswered: z.array(z.string()),
});
export type VillageScoreView = z.infer<typeof VillageScoreView>;

/** One desa's evaluation for a year with its worksheet, answers, live score and (once final) the stored snapshot. */
export const VillageEvaluationView = z.object({
  id: z.string(),
  regionId: z.string(),
  desaCode: z.string(),
  desaName: z.string(),
  kecamatanName: z.string().nullable(),
  year: z.number(),
  status: z.enum(['draft', 'final']),
  template: VillageWorksheetContent,
  answers: z.record(z.string(), VillageAnswerView),
  score: VillageScoreView,
  band: VillageBandView,
  final: z
    .object({ exactTotal: z.string(), total: z.string(), bandCode: z.string(), bandsHash: z.string(), finalisedAt: z.string() })
    .nullable(),
  blockers: z.object({
    unanswered: z.array(z.string()),
    violations: z.array(z.object({ criterionId: z.string(), message: z.string() })),
  }),
  version: z.number(),
  canEdit: z.boolean(),
});
export type VillageEvaluationView = z.infer<typeof VillageEvaluationView>;

/** Every desa of the year with its evaluation state (null when not started). */
export const VillageEvaluationListView = z.object({
  year: z.number(),
  items: z.array(
    z.object({
      regionId: z.string(),
      code: z.string(),
      name: z.string(),
      kecamatanId: z.string().nullable(),
      kecamatanName: z.string().nullable(),
      evaluation: z
        .object({
          id: z.string(),
          status: z.enum(['draft', 'final']),
          total: z.string().nullable(),
          bandCode: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  canEvaluate: z.boolean(),
});
export type VillageEvaluationListView = z.infer<typeof VillageEvaluationListView>;

/**
 * One ranked desa (final evaluations only): `rank` in the kabupaten, `kecamatanRank` in its kecamatan (ties share a
 * rank); `band` from the current settings, `finalBandCode` the one stored at finalisation (`bandChanged` when they
 * were computed from different settings).
 */
export const RankingRowView = z.object({
  rank: z.number(),
  kecamatanRank: z.number(),
  regionId: z.string(),
  code: z.string(),
  name: z.string(),
  kecamatanId: z.string(),
  kecamatanName: z.string().nullable(),
  score: z.string(),
  band: z.object({ code: z.string(), label: z.string(), inferred: z.boolean() }),
  finalBandCode: z.string(),
  bandChanged: z.boolean(),
});
export type RankingRowView = z.infer<typeof RankingRowView>;

/** The ranking of a year (kabupaten, or one kecamatan ordered by `kecamatanRank`). */
export const RankingView = z.object({
  year: z.number(),
  kecamatanId: z.string().nullable(),
  kecamatan: z.array(z.object({ id: z.string(), name: z.string() })),
  bands: z.array(VillageBandView),
  rows: z.array(RankingRowView),
  notEvaluated: z.number(),
});
export type RankingView = z.infer<typeof RankingView>;

/** The kabupaten dashboard: desa per band and per IDM status, per kecamatan, and the ranking's top and bottom. */
export const VillageDashboardView = z.object({
  year: z.number(),
  totalDesa: z.number(),
  bands: z.array(VillageBandView),
  bandCounts: z.record(z.string(), z.number()),
  idmStatuses: z.array(z.object({ code: z.string(), label: z.string() })),
  idmCounts: z.record(z.string(), z.number()),
  perKecamatan: z.array(
    z.object({
      kecamatanId: z.string(),
      name: z.string(),
      desa: z.number(),
      evaluated: z.number(),
      bandCounts: z.record(z.string(), z.number()),
      idmCounts: z.record(z.string(), z.number()),
    }),
  ),
  top: z.array(RankingRowView),
  bottom: z.array(RankingRowView),
  /**
   * Per kecamatan, from verified realisasi of the mandated results: households lifted out of DTKS against the target
   * (sums), mean stunting prevalence (%) and mean IKM over the desa that reported (each desa's latest verified quarter).
   */
  accountability: z.array(
    z.object({
      kecamatanId: z.string(),
      name: z.string(),
      householdsLifted: z.string(),
      householdsTarget: z.string().nullable(),
      stuntingPrevalence: z.string().nullable(),
      stuntingDesa: z.number(),
      ikm: z.string().nullable(),
      ikmDesa: z.number(),
    }),
  ),
});
export type VillageDashboardView = z.infer<typeof VillageDashboardView>;
