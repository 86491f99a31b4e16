/**
 * Zod contracts of Sakip Desa accountability (issue #7): the three mandated results set by the kabupaten (DPMD), the
 * base numbers per desa, derived targets, the desa's own indicators, quarterly realisasi submitted from phones
 * (idempotent by client id) with row-level evidence, kecamatan verification and the capaian. The web app imports this
 * file. Decimals travel as strings. Plain NIK / No KK are accepted on input only; answers carry masked forms.
 */
import { z } from 'zod';
import {
  ChildStatus,
  ClientId,
  EvidenceKind,
  M,
  Nik,
  NoKk,
  NonNegativeDecimal,
  OptionalText,
  Quarter,
  Text,
  VillageAggregation,
  VillagePolarity,
  VillageRealizationStatus,
  Year,
} from './village-common.contract.ts';

export * from './village-common.contract.ts';
export * from './village-dpmd.contract.ts';

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
