/**
 * Zod contracts of Sakip Desa accountability (issue #7): the three mandated results set by the kabupaten (DPMD), the
 * base numbers per desa, derived targets, the desa's own indicators, quarterly realisasi submitted from phones
 * (idempotent by client id) with row-level evidence, kecamatan verification and the capaian. The web app imports this
 * file. Decimals travel as strings. Plain NIK / No KK are accepted on input only; answers carry masked forms.
 */
import { z } from 'zod';

const M = 'villages.accountability';
const Year = z.coerce
  .number()
  .int()
  .min(2015, { message: `${M}.badYear` })
  .max(2100, { message: `${M}.badYear` });
const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;
/** A plain decimal string typed by a person (`'12'`, `'12.5'`); commas, exponents and text are refused. */
export const DecimalText = z
  .string()
  .trim()
  .regex(DECIMAL, { message: `${M}.notNumber` });
const NonNegativeDecimal = DecimalText.refine((s) => !s.startsWith('-'), { message: `${M}.negative` });
const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: `${M}.required` })
    .max(max, { message: `${M}.tooLong` });
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${M}.tooLong` })
    .nullable()
    .optional();
/** A client-generated id (UUID of any version, lower or upper case): the idempotency key of a submission. */
export const ClientId = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, {
    message: `${M}.badClientId`,
  });
/** A 16-digit Indonesian NIK. */
export const Nik = z
  .string()
  .trim()
  .regex(/^\d{16}$/, { message: `${M}.nik16` });
/** A 16-digit Nomor Kartu Keluarga. */
export const NoKk = z
  .string()
  .trim()
  .regex(/^\d{16}$/, { message: `${M}.noKk16` });

/** A quarter of the year. */
export const Quarter = z.enum(['Q1', 'Q2', 'Q3', 'Q4'], { message: `${M}.badQuarter` });
export type Quarter = z.infer<typeof Quarter>;
/** Review status of a realisasi: draft → submitted → verified, or returned (with a note) and submitted again. */
export const VillageRealizationStatus = z.enum(['draft', 'submitted', 'verified', 'returned']);
export type VillageRealizationStatus = z.infer<typeof VillageRealizationStatus>;
/** Which row-level evidence an indicator asks for. */
export const EvidenceKind = z.enum(['households', 'children', 'ikm', 'none']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;
/** Direction of "better" and how quarters aggregate (the shared capaian engine's vocabulary). */
export const VillagePolarity = z.enum(['maximize', 'minimize', 'stabilize']);
export const VillageAggregation = z.enum(['cumulative', 'last', 'average']);
/** Nutritional status of a measured child. */
export const ChildStatus = z.enum(['normal', 'at_risk', 'stunted', 'severely_stunted']);

/** How a mandatory result's target is derived per desa: a percent of a base number, a fixed value, or none. */
export const TargetRule = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('percent_of_base'),
      percent: NonNegativeDecimal,
      baseKey: z
        .string()
        .trim()
        .regex(/^[a-z][a-z0-9_]{1,39}$/, { message: `${M}.badBaseKey` }),
    }),
    z.object({ kind: z.literal('fixed'), value: DecimalText }),
    z.object({ kind: z.literal('none') }),
  ],
  { message: `${M}.badRule` },
);
export type TargetRule = z.infer<typeof TargetRule>;

// ---------- accountability view of one desa-year ----------

/** `:regionId` of a desa. */
export const DesaParams = z.object({ regionId: z.uuid({ message: `${M}.notFound` }) });
/** `?year=`. */
export const YearQuery = z.object({ year: Year });
/** `?year=` of the accountability view; without it, the tenant's current year. */
export const AccountabilityQuery = z.object({ year: Year.optional() });

/** A capaian shown: the percent (2 decimals, text) and the tenant's band code (null when no band covers it). */
export const CapaianView = z.object({ value: z.string(), band: z.string().nullable() });
export type CapaianView = z.infer<typeof CapaianView>;

/** A desa's realisasi of one quarter as the phone and the kecamatan see it. */
export const QuarterRealizationView = z.object({
  id: z.string(),
  clientId: z.string(),
  value: z.string(),
  note: z.string().nullable(),
  status: VillageRealizationStatus,
  returnNote: z.string().nullable(),
  evidenceCount: z.number(),
  version: z.number(),
});

/** One quarter of an indicator: its (cumulative) target, realisasi and capaian (verified realisasi only). */
export const QuarterView = z.object({
  quarter: Quarter,
  target: z.string().nullable(),
  realization: QuarterRealizationView.nullable(),
  capaian: CapaianView.nullable(),
});

/** One indicator of the desa-year: a mandatory result of the kabupaten or the desa's own. */
export const AccountabilityIndicatorView = z.object({
  id: z.string(),
  kind: z.enum(['mandatory', 'own']),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  polarity: VillagePolarity,
  aggregation: VillageAggregation,
  evidenceKind: EvidenceKind,
  target: z.object({ value: z.string().nullable(), rule: z.string(), overridden: z.boolean() }),
  quarters: z.array(QuarterView),
  /** Capaian of the verified quarters so far against the year target (`upTo`: the last quarter used). */
  yearCapaian: CapaianView.extend({ upTo: Quarter }).nullable(),
});
export type AccountabilityIndicatorView = z.infer<typeof AccountabilityIndicatorView>;

/** A band of the tenant's capaian band table. */
export const BandView = z.object({ code: z.string(), label: z.string(), color: z.string() });

/** `GET /api/villages/desa/:regionId/accountability?year=`. */
export const AccountabilityView = z.object({
  desa: z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kecamatan: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
  year: z.number(),
  indicators: z.array(AccountabilityIndicatorView),
  bands: z.array(BandView),
  canSubmit: z.boolean(),
  canVerify: z.boolean(),
  canManage: z.boolean(),
});
export type AccountabilityView = z.infer<typeof AccountabilityView>;

// ---------- submission from the phone ----------

/** One household leaving DTKS (No KK and NIK are stored only as keyed hashes; answers show masked forms). */
export const HouseholdEvidenceInput = z.object({
  clientId: ClientId,
  noKk: NoKk,
  nik: Nik.nullable().optional(),
  name: Text(200),
  reason: Text(300),
});
/** One measured child. */
export const ChildEvidenceInput = z.object({
  clientId: ClientId,
  nik: Nik,
  name: Text(200),
  ageMonths: z
    .number({ message: `${M}.badAge` })
    .int({ message: `${M}.badAge` })
    .min(0, { message: `${M}.badAge` })
    .max(72, { message: `${M}.badAge` }),
  heightCm: NonNegativeDecimal.nullable().optional(),
  weightKg: NonNegativeDecimal.nullable().optional(),
  status: ChildStatus,
});
/** The IKM survey summary (public service result). */
export const IkmEvidenceInput = z.object({
  respondents: z
    .number({ message: `${M}.badRespondents` })
    .int({ message: `${M}.badRespondents` })
    .min(1, { message: `${M}.badRespondents` })
    .max(100000),
  score: NonNegativeDecimal,
});

/**
 * `PUT /api/villages/realizations/:clientId`: 201 on the first write, 200 with the same body on an identical retry,
 * 409 when the clientId comes back with a different body. A new clientId for a desa-indicator-quarter that is a
 * draft or returned replaces it; a submitted or verified quarter answers 409. `submit: false` keeps a draft.
 */
export const SubmitRealizationInput = z.object({
  regionId: z.uuid({ message: `${M}.notFound` }),
  year: z
    .number({ message: `${M}.badYear` })
    .int()
    .min(2015, { message: `${M}.badYear` })
    .max(2100, { message: `${M}.badYear` }),
  indicatorId: z.uuid({ message: `${M}.unknownIndicator` }),
  quarter: Quarter,
  value: NonNegativeDecimal,
  note: OptionalText(2000),
  evidence: z
    .object({
      households: z.array(HouseholdEvidenceInput).max(2000).optional(),
      children: z.array(ChildEvidenceInput).max(2000).optional(),
      ikm: IkmEvidenceInput.optional(),
    })
    .optional(),
  submit: z.boolean(),
});
export type SubmitRealizationInput = z.infer<typeof SubmitRealizationInput>;

/** `:clientId` of a realisasi submission. */
export const RealizationClientParams = z.object({ clientId: ClientId });
/** `:clientId/photos/:photoClientId`. */
export const PhotoParams = z.object({ clientId: ClientId, photoClientId: ClientId });
/** `:id` of a stored realisasi. */
export const RealizationIdParams = z.object({ id: z.uuid({ message: `${M}.notFound` }) });

/** A household as answered (masked identifiers only). */
export const HouseholdEvidenceView = z.object({
  clientId: z.string(),
  noKkMasked: z.string(),
  nikMasked: z.string().nullable(),
  name: z.string(),
  reason: z.string(),
});
/** A child as answered (masked NIK only). */
export const ChildEvidenceView = z.object({
  clientId: z.string(),
  nikMasked: z.string(),
  name: z.string(),
  ageMonths: z.number(),
  heightCm: z.string().nullable(),
  weightKg: z.string().nullable(),
  status: ChildStatus,
});
/** A photo as answered. */
export const PhotoView = z.object({ clientId: z.string(), contentType: z.string(), size: z.number(), sha256: z.string() });
export type PhotoView = z.infer<typeof PhotoView>;

/** A stored realisasi with its evidence. */
export const VillageRealizationView = z.object({
  id: z.string(),
  clientId: z.string(),
  regionId: z.string(),
  year: z.number(),
  indicatorId: z.string(),
  indicatorKind: z.enum(['mandatory', 'own']),
  quarter: Quarter,
  value: z.string(),
  note: z.string().nullable(),
  status: VillageRealizationStatus,
  returnNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  version: z.number(),
  evidence: z.object({
    households: z.array(HouseholdEvidenceView),
    children: z.array(ChildEvidenceView),
    ikm: z.object({ respondents: z.number(), score: z.string() }).nullable(),
    photos: z.array(PhotoView),
  }),
});
export type VillageRealizationView = z.infer<typeof VillageRealizationView>;

/** `PUT …/photos/:photoClientId` (raw JPEG/PNG/WebP body, ≤ 5 MB): 201 first, 200 identical retry, 409 other bytes. */
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

// ---------- kecamatan verification ----------

/** `POST /api/villages/realizations/:id/verify`: the version seen (note optional). */
export const VerifyInput = z.object({ version: z.number().int().min(1), note: OptionalText(2000) });
/** `POST /api/villages/realizations/:id/return`: the version seen and what to fix (required). */
export const ReturnInput = z.object({
  version: z.number().int().min(1),
  note: z
    .string()
    .trim()
    .min(1, { message: `${M}.noteRequired` })
    .max(2000, { message: `${M}.tooLong` }),
});

/** `GET /api/villages/verification-queue?year=&kecamatanId=`: submitted realisasi the actor may verify. */
export const VerificationQueueQuery = z.object({ year: Year, kecamatanId: z.uuid().optional() });
/** One row of the queue. */
export const VerificationQueueItem = z.object({
  id: z.string(),
  desa: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  kecamatan: z.object({ id: z.string(), name: z.string() }).nullable(),
  indicator: z.object({
    id: z.string(),
    kind: z.enum(['mandatory', 'own']),
    code: z.string(),
    name: z.string(),
    unit: z.string(),
  }),
  year: z.number(),
  quarter: Quarter,
  value: z.string(),
  target: z.string().nullable(),
  note: z.string().nullable(),
  evidenceCount: z.number(),
  submittedAt: z.string().nullable(),
  version: z.number(),
});
export const VerificationQueueView = z.object({ year: z.number(), items: z.array(VerificationQueueItem) });
export type VerificationQueueView = z.infer<typeof VerificationQueueView>;

// ---------- DPMD: mandatory results, bases, targets ----------

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
