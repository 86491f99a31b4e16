/**
 * Zod contracts of the DPMD's side of Sakip Desa accountability: the mandated results per year, the base numbers per
 * desa, derived targets and their overrides, and the desa's own indicators. Re-exported by
 * village-accountability.contract.ts, which the web app imports.
 */
import { z } from 'zod';
import {
  EvidenceKind,
  M,
  NonNegativeDecimal,
  TargetRule,
  Text,
  VillageAggregation,
  VillagePolarity,
  Year,
} from './village-common.contract.ts';

/** `POST /api/villages/mandatory-results` (and `PUT …/:id` with `version`). */
export const MandatoryResultInput = z.object({
  year: z
    .number()
    .int()
    .min(2015, { message: `${M}.badYear` })
    .max(2100, { message: `${M}.badYear` }),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9._-]{0,19}$/, { message: `${M}.badCode` }),
  name: Text(300),
  unit: Text(50),
  polarity: VillagePolarity,
  aggregation: VillageAggregation,
  evidenceKind: EvidenceKind,
  rule: TargetRule,
});
export type MandatoryResultInput = z.infer<typeof MandatoryResultInput>;
export const UpdateMandatoryResultInput = MandatoryResultInput.omit({ year: true }).extend({ version: z.number().int().min(1) });
export type UpdateMandatoryResultInput = z.infer<typeof UpdateMandatoryResultInput>;
/** `:id` of a mandatory result. */
export const MandatoryResultParams = z.object({ id: z.uuid({ message: `${M}.notFound` }) });
/** `DELETE …/:id?version=` (refused once realisasi exist). */
export const VersionQuery = z.object({
  version: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, { message: `${M}.staleVersion` })
    .transform(Number)
    .optional(),
});
/** A mandatory result. */
export const MandatoryResultView = MandatoryResultInput.extend({ id: z.string(), ruleText: z.string(), version: z.number() });
export type MandatoryResultView = z.infer<typeof MandatoryResultView>;
export const MandatoryResultListView = z.object({ year: z.number(), items: z.array(MandatoryResultView) });
/** `POST /api/villages/mandatory-results/defaults`: add the three Sumedang defaults for a year (existing codes kept). */
export const DefaultsInput = z.object({ year: z.number().int().min(2015).max(2100) });

/** `GET /api/villages/bases?year=&kecamatanId=`. */
export const BasesQuery = z.object({ year: Year, kecamatanId: z.uuid().optional() });
/** One base number of a desa-year. */
export const BaseValueView = z.object({ key: z.string(), value: z.string(), version: z.number() });
export const BasesRowView = z.object({
  regionId: z.string(),
  code: z.string(),
  name: z.string(),
  kecamatanName: z.string().nullable(),
  values: z.array(BaseValueView),
});
export const BasesView = z.object({ year: z.number(), items: z.array(BasesRowView) });
export type BasesView = z.infer<typeof BasesView>;
/** `:regionId/:year` of a desa-year. */
export const DesaYearParams = z.object({ regionId: z.uuid({ message: `${M}.notFound` }), year: Year });
/** `PUT /api/villages/bases/:regionId/:year`: values by key; `version` null for a new key. Targets are re-derived. */
export const SaveBasesInput = z.object({
  values: z
    .array(
      z.object({
        key: z
          .string()
          .trim()
          .regex(/^[a-z][a-z0-9_]{1,39}$/, { message: `${M}.badBaseKey` }),
        value: NonNegativeDecimal,
        version: z.number().int().min(1).nullable(),
      }),
    )
    .min(1)
    .max(50),
});
export type SaveBasesInput = z.infer<typeof SaveBasesInput>;

/** `:regionId/:year/:mandatoryResultId` of a desa's target. */
export const TargetParams = DesaYearParams.extend({ mandatoryResultId: z.uuid({ message: `${M}.notFound` }) });
/**
 * `PUT /api/villages/targets/:regionId/:year/:mandatoryResultId`: DPMD override (value, optional cumulative quarter
 * targets, reason required); `value: null` drops the override (the derived target comes back). `version` null: none yet.
 */
export const OverrideTargetInput = z.object({
  value: NonNegativeDecimal.nullable(),
  quarterTargets: z
    .object({ Q1: NonNegativeDecimal, Q2: NonNegativeDecimal, Q3: NonNegativeDecimal, Q4: NonNegativeDecimal })
    .nullable()
    .optional(),
  reason: Text(1000),
  version: z.number().int().min(1).nullable(),
});
export type OverrideTargetInput = z.infer<typeof OverrideTargetInput>;
/** A stored target of a desa × mandatory result × year. */
export const VillageTargetView = z.object({
  regionId: z.string(),
  year: z.number(),
  mandatoryResultId: z.string(),
  value: z.string().nullable(),
  derivedValue: z.string().nullable(),
  quarterTargets: z.object({ Q1: z.string(), Q2: z.string(), Q3: z.string(), Q4: z.string() }).nullable(),
  rule: z.string(),
  overridden: z.boolean(),
  overrideReason: z.string().nullable(),
  version: z.number(),
});
export type VillageTargetView = z.infer<typeof VillageTargetView>;
/** `POST /api/villages/targets/recompute {year}`: derive every desa's targets again (overrides kept). */
export const RecomputeInput = z.object({ year: z.number().int().min(2015).max(2100) });
export const RecomputeView = z.object({ year: z.number(), added: z.number(), updated: z.number(), unchanged: z.number() });
export type RecomputeView = z.infer<typeof RecomputeView>;

// ---------- the desa's own indicators ----------

/** `POST /api/villages/desa/:regionId/indicators` (and `PUT /api/villages/indicators/:id` with `version`). */
export const OwnIndicatorInput = z.object({
  year: z
    .number()
    .int()
    .min(2015, { message: `${M}.badYear` })
    .max(2100, { message: `${M}.badYear` }),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9._-]{0,19}$/, { message: `${M}.badCode` })
    .nullable()
    .optional(),
  name: Text(300),
  unit: Text(50),
  target: NonNegativeDecimal,
  polarity: VillagePolarity,
  aggregation: VillageAggregation,
});
export type OwnIndicatorInput = z.infer<typeof OwnIndicatorInput>;
export const UpdateOwnIndicatorInput = OwnIndicatorInput.omit({ year: true }).extend({ version: z.number().int().min(1) });
export type UpdateOwnIndicatorInput = z.infer<typeof UpdateOwnIndicatorInput>;
export const OwnIndicatorParams = z.object({ id: z.uuid({ message: `${M}.notFound` }) });
export const OwnIndicatorView = z.object({
  id: z.string(),
  regionId: z.string(),
  year: z.number(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  target: z.string(),
  polarity: VillagePolarity,
  aggregation: VillageAggregation,
  version: z.number(),
});
export type OwnIndicatorView = z.infer<typeof OwnIndicatorView>;
