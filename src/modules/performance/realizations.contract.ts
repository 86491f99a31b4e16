/**
 * Request and response shapes of realisasi (per indicator × period, with review and evidence), the target revision
 * ledger and period reopenings. The web app imports this file. Decimals travel as strings.
 */
import { z } from 'zod';
import { parseDecimal } from './capaian/decimal.ts';
import { TargetView, targetShapeRefinement } from './indicators.contract.ts';

const year = z.coerce.number().int().min(2000).max(2100);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A realisasi period key: `Q1`–`Q4`, `S1`–`S2`, `M01`–`M12` or `Y` (the whole year). */
export const PeriodKeyText = z
  .string()
  .regex(/^(Q[1-4]|S[12]|M(0[1-9]|1[0-2])|Y)$/, { message: 'performance.realizations.badPeriod' });

/** A number typed by a person: a plain decimal string (`'12'`, `'12.5'`); text, commas and exponents are refused. */
export const NumberText = z
  .string()
  .trim()
  .refine((s) => parseDecimal(s) !== null, { message: 'performance.realizations.notNumber' });

/** `GET /api/performance/realizations?unitId&year`; without unitId, the actor's own OPD. */
export const RealizationsQuery = z.object({ unitId: z.uuid().optional(), year });
export type RealizationsQuery = z.infer<typeof RealizationsQuery>;

/** `:indicatorId/realizations/:year/:period`. */
export const RealizationParams = z.object({ indicatorId: z.uuid(), year, period: PeriodKeyText });
export type RealizationParams = z.infer<typeof RealizationParams>;

/** `PUT …/realizations/:year/:period`: the values of a draft or returned row; `version` is required once it exists. */
export const SaveRealizationInput = z
  .object({
    value: NumberText.nullable().optional(),
    numerator: NumberText.nullable().optional(),
    denominator: NumberText.nullable().optional(),
    manualCapaian: NumberText.nullable().optional(),
    obstacles: optionalText(4000),
    remedies: optionalText(4000),
    version: z.number().int().min(1).optional(),
  })
  .superRefine((r, ctx) => {
    const has = (s: string | null | undefined) => s !== null && s !== undefined;
    if (has(r.numerator) && !has(r.denominator))
      ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'performance.realizations.ratioPair' });
    if (has(r.denominator) && !has(r.numerator))
      ctx.addIssue({ code: 'custom', path: ['numerator'], message: 'performance.realizations.ratioPair' });
    if (parseDecimal(r.denominator)?.isZero())
      ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'performance.realizations.denominatorZero' });
  });
export type SaveRealizationInput = z.infer<typeof SaveRealizationInput>;

/** `POST …/submit` and `…/verify`: the version the actor saw. */
export const ReviewVersionInput = z.object({ version: z.number().int().min(1) });
/** `POST …/return`: the version and the note saying what to fix (required). */
export const ReturnRealizationInput = z.object({
  version: z.number().int().min(1),
  note: z.string().trim().min(1, { message: 'performance.realizations.noteRequired' }).max(2000),
});

/** An evidence file of a realisasi. */
export const EvidenceView = z.object({
  id: z.string(),
  title: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  addedAt: z.string(),
});
export type EvidenceView = z.infer<typeof EvidenceView>;

/** Review status of a realisasi. */
export const RealizationStatus = z.enum(['draft', 'submitted', 'verified', 'returned']);
export type RealizationStatus = z.infer<typeof RealizationStatus>;

/** One stored realisasi. */
export const RealizationView = z.object({
  id: z.string(),
  indicatorId: z.string(),
  year: z.number(),
  period: z.string(),
  value: z.string().nullable(),
  numerator: z.string().nullable(),
  denominator: z.string().nullable(),
  manualCapaian: z.string().nullable(),
  obstacles: z.string().nullable(),
  remedies: z.string().nullable(),
  source: z.enum(['manual', 'import', 'eoffice']),
  status: RealizationStatus,
  reviewNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  evidence: z.array(EvidenceView),
  version: z.number(),
});
export type RealizationView = z.infer<typeof RealizationView>;

/** Where a period stands today in the tenant's time zone. */
export const PeriodLockView = z.object({
  state: z.enum(['not_started', 'open', 'locked']),
  startsOn: z.string(),
  locksOn: z.string(),
  reopenedUntil: z.string().nullable(),
});
export type PeriodLockView = z.infer<typeof PeriodLockView>;

/** One cell of the grid: an indicator's period with its target, lock state and realisasi. */
export const RealizationCellView = z.object({
  period: z.string(),
  target: TargetView.nullable(),
  lock: PeriodLockView,
  realization: RealizationView.nullable(),
});
export type RealizationCellView = z.infer<typeof RealizationCellView>;

/** An indicator of the OPD with its periods. */
export const RealizationRowView = z.object({
  indicatorId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  unitOfMeasure: z.string(),
  frequency: z.string(),
  polarity: z.string(),
  aggregation: z.string(),
  allowNegative: z.boolean(),
  numeratorLabel: z.string().nullable(),
  denominatorLabel: z.string().nullable(),
  yearTarget: TargetView.nullable(),
  periods: z.array(RealizationCellView),
});
export type RealizationRowView = z.infer<typeof RealizationRowView>;

/** A locked period opened again for an OPD. */
export const ReopeningView = z.object({
  id: z.string(),
  unitId: z.string(),
  year: z.number(),
  period: z.string(),
  openUntil: z.string(),
  reason: z.string(),
  openedAt: z.string(),
});
export type ReopeningView = z.infer<typeof ReopeningView>;

/** The realisasi grid of an OPD and year, with what the actor may do. */
export const RealizationGridView = z.object({
  unitId: z.string(),
  year: z.number(),
  today: z.string(),
  lockAfterDays: z.number(),
  /** The actor coordinates measurement (Bappeda): may choose any OPD, keep the ledger, reopen periods. */
  coordinator: z.boolean(),
  mayEnter: z.boolean(),
  mayReview: z.boolean(),
  indicators: z.array(RealizationRowView),
  reopenings: z.array(ReopeningView),
});
export type RealizationGridView = z.infer<typeof RealizationGridView>;

/** `:evidenceId` of an evidence file. */
export const EvidenceParams = z.object({ evidenceId: z.uuid() });

/** A target's shape without its year and period: a number, a range (lower ≤ upper) or text. */
export const TargetShapeInput = z
  .object({
    kind: z.enum(['number', 'range', 'text']),
    value: NumberText.nullable().optional(),
    min: NumberText.nullable().optional(),
    max: NumberText.nullable().optional(),
    text: optionalText(500),
  })
  .superRefine(targetShapeRefinement());
export type TargetShapeInput = z.infer<typeof TargetShapeInput>;

/** `POST /api/performance/indicators/:indicatorId/target-revisions`. */
export const TargetRevisionInput = z.object({
  year: z.number().int().min(2000).max(2100),
  period: z
    .string()
    .regex(/^(Q[1-4]|S[12]|M(0[1-9]|1[0-2]))$/, { message: 'performance.badPeriod' })
    .nullable(),
  newTarget: TargetShapeInput,
  reason: z.string().trim().min(3).max(2000),
  decreeNumber: z.string().trim().min(1).max(200),
  approvedByName: z.string().trim().min(3).max(200),
});
export type TargetRevisionInput = z.infer<typeof TargetRevisionInput>;

/** A target as kept in the ledger. */
export const LedgerTargetView = z.object({
  kind: z.enum(['number', 'range', 'text']),
  value: z.string().nullable(),
  min: z.string().nullable(),
  max: z.string().nullable(),
  text: z.string().nullable(),
});
export type LedgerTargetView = z.infer<typeof LedgerTargetView>;

/** One entry of the target revision ledger. */
export const TargetRevisionView = z.object({
  id: z.string(),
  indicatorId: z.string(),
  year: z.number(),
  period: z.string().nullable(),
  oldTarget: LedgerTargetView.nullable(),
  newTarget: LedgerTargetView,
  reason: z.string(),
  decreeNumber: z.string().nullable(),
  approvedByName: z.string(),
  recordedAt: z.string(),
});
export type TargetRevisionView = z.infer<typeof TargetRevisionView>;

/** The ledger of an indicator, newest first. */
export const TargetRevisionListView = z.object({ items: z.array(TargetRevisionView) });

/** `POST /api/performance/realization-reopenings`: open a locked period of an OPD until a day (≥ today). */
export const ReopeningInput = z.object({
  unitId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  period: PeriodKeyText,
  openUntil: z.iso.date({ message: 'performance.realizations.badDate' }),
  reason: z.string().trim().min(3).max(2000),
});
export type ReopeningInput = z.infer<typeof ReopeningInput>;
