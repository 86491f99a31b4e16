/**
 * Request and response shapes of indicators (the IKU manual, SMART checklist) and their targets, part of the e-SAKIP
 * planning contract (performance.contract.ts re-exports them). The web app imports it. Decimals travel as strings.
 */
import { z } from 'zod';
import { AutoSourceKeyInput } from './auto-sources.contract.ts';
import { parseDecimal } from './capaian/decimal.ts';

const year = z.number().int().min(2000).max(2100);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
/** A plain decimal string (`'12'`, `'-0.5'`); numbers, exponents and commas are refused. */
export const DecimalText = z.string().refine((s) => parseDecimal(s) !== null, { message: 'performance.notDecimal' });

/** Direction of "better" (the capaian engine's Polarity). */
export const PolarityInput = z.enum(['maximize', 'minimize', 'stabilize', 'range']);
/** How period values aggregate (the capaian engine's Aggregation). */
export const AggregationInput = z.enum(['cumulative', 'last', 'average', 'manual']);
/** How often the indicator is measured. */
export const Frequency = z.enum(['monthly', 'quarterly', 'semester', 'yearly']);
export type Frequency = z.infer<typeof Frequency>;

/** The fields of a target's shape that the shape check reads. */
interface TargetShapeFields {
  readonly kind: 'number' | 'range' | 'text';
  readonly value?: string | null | undefined;
  readonly min?: string | null | undefined;
  readonly max?: string | null | undefined;
  readonly text?: string | null | undefined;
}

/**
 * The one check of a target's shape (plan targets, revisions, PK items): the field its kind needs, and lower ≤ upper
 * for a range; messages `<prefix>.targetFieldRequired` and `<prefix>.rangeInverted`.
 */
export function targetShapeRefinement(prefix = 'performance') {
  return (t: TargetShapeFields, ctx: z.RefinementCtx) => {
    const need = (field: 'value' | 'min' | 'max' | 'text') => {
      if (t[field] === null || t[field] === undefined || t[field] === '')
        ctx.addIssue({ code: 'custom', path: [field], message: `${prefix}.targetFieldRequired` });
    };
    if (t.kind === 'number') need('value');
    if (t.kind === 'text') need('text');
    if (t.kind !== 'range') return;
    need('min');
    need('max');
    const lo = parseDecimal(t.min);
    const hi = parseDecimal(t.max);
    if (lo && hi && lo.greaterThan(hi)) ctx.addIssue({ code: 'custom', path: ['min'], message: `${prefix}.rangeInverted` });
  };
}

/** One target: a yearly (period null) or quarterly/monthly value, a range, or text. */
export const TargetInput = z
  .object({
    year,
    period: z
      .string()
      .regex(/^(Q[1-4]|S[12]|M(0[1-9]|1[0-2]))$/, { message: 'performance.badPeriod' })
      .nullable()
      .optional(),
    kind: z.enum(['number', 'range', 'text']),
    value: DecimalText.nullable().optional(),
    min: DecimalText.nullable().optional(),
    max: DecimalText.nullable().optional(),
    text: optionalText(500),
  })
  .superRefine(targetShapeRefinement());
export type TargetInput = z.infer<typeof TargetInput>;
/** `PUT /api/performance/indicators/:indicatorId/targets`: the whole target set (replaces the old one). */
export const ReplaceTargetsInput = z.object({ targets: z.array(TargetInput).max(200), version: z.number().int().min(1) });
export type ReplaceTargetsInput = z.infer<typeof ReplaceTargetsInput>;

/** SMART checklist of an indicator (KKE SMART). */
export const SmartCheck = z.object({
  specific: z.boolean(),
  measurable: z.boolean(),
  achievable: z.boolean(),
  relevant: z.boolean(),
  time_bound: z.boolean(),
  challenging: z.boolean(),
});
export type SmartCheck = z.infer<typeof SmartCheck>;

/** The SMART checklist with nothing checked (a new indicator's, and the reading of items a stored row lacks). */
export const NO_SMART: SmartCheck = Object.freeze({
  specific: false,
  measurable: false,
  achievable: false,
  relevant: false,
  time_bound: false,
  challenging: false,
});

/** The indicator and its manual (IKU). */
export const IndicatorFields = z.object({
  code: optionalText(60),
  name: text(1000),
  operationalDefinition: optionalText(4000),
  formulaText: optionalText(2000),
  numeratorLabel: optionalText(300),
  denominatorLabel: optionalText(300),
  unitOfMeasure: text(60),
  polarity: PolarityInput,
  aggregation: AggregationInput,
  frequency: Frequency,
  /** True when values may be negative (e.g. a growth rate). */
  allowNegative: z.boolean().default(false),
  dataSource: optionalText(1000),
  responsibleUnitId: z.uuid().nullable().optional(),
  baselineYear: year.nullable().optional(),
  baselineValue: DecimalText.nullable().optional(),
  isIku: z.boolean().default(false),
  smart: SmartCheck.optional(),
  derivedFromIndicatorId: z.uuid().nullable().optional(),
  derivationMethod: optionalText(2000),
  sortOrder: z.number().int().min(0).max(100000).optional(),
  /** Where realisasi come from automatically (auto-sources.ts); null for manual entry, absent on update: unchanged. */
  autoSource: AutoSourceKeyInput.nullable().optional(),
});
/** `POST /api/performance/nodes/:nodeId/indicators`: an indicator with (optionally) its targets. */
export const CreateIndicatorInput = IndicatorFields.extend({ targets: z.array(TargetInput).max(200).default([]) });
export type CreateIndicatorInput = z.infer<typeof CreateIndicatorInput>;
/** `PUT /api/performance/indicators/:indicatorId`: the manual fields (targets are replaced separately). */
export const UpdateIndicatorInput = IndicatorFields.extend({ version: z.number().int().min(1) });
export type UpdateIndicatorInput = z.infer<typeof UpdateIndicatorInput>;
export type IndicatorFields = z.infer<typeof IndicatorFields>;

/** A stored target. */
export const TargetView = z.object({
  year: z.number(),
  period: z.string().nullable(),
  kind: z.enum(['number', 'range', 'text']),
  value: z.string().nullable(),
  min: z.string().nullable(),
  max: z.string().nullable(),
  text: z.string().nullable(),
});
export type TargetView = z.infer<typeof TargetView>;
/** An indicator with its manual and targets. */
export const IndicatorView = IndicatorFields.omit({ smart: true }).extend({
  id: z.string(),
  nodeId: z.string(),
  smart: SmartCheck,
  code: z.string().nullable(),
  targets: z.array(TargetView),
  autoSource: z.string().nullable().optional(),
  version: z.number(),
});
export type IndicatorView = z.infer<typeof IndicatorView>;
