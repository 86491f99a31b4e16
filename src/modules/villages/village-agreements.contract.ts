/**
 * Request and response shapes of the PK Kepala Desa (Perjanjian Kinerja of a desa for a year, signed by the kepala
 * desa and the camat). The web app imports it. Targets travel as decimal strings (`'64'`, `'76.61'`).
 */
import { z } from 'zod';

const M = 'villages.agreement';
const year = z.coerce
  .number()
  .int()
  .min(2015, { message: `${M}.badYear` })
  .max(2100, { message: `${M}.badYear` });

/** Lifecycle of a PK Kepala Desa: out for signature (kepala desa, then camat), signed, replaced by a signed revision. */
export const VillageAgreementStatus = z.enum(['draft', 'signing', 'signed', 'superseded']);
export type VillageAgreementStatus = z.infer<typeof VillageAgreementStatus>;

/** `:regionId` of a desa. */
export const AgreementDesaParams = z.object({ regionId: z.uuid({ message: `${M}.notFound` }) });
/** `:id` of a PK Kepala Desa. */
export const VillageAgreementIdParams = z.object({ id: z.uuid({ message: `${M}.notFound` }) });

/** `POST /api/villages/desa/:regionId/agreements`: generate the year's PK (optional place printed above the date). */
export const GenerateVillageAgreementInput = z.object({
  year,
  place: z
    .string()
    .trim()
    .min(1, { message: `${M}.required` })
    .max(100, { message: `${M}.tooLong` })
    .optional(),
});
export type GenerateVillageAgreementInput = z.infer<typeof GenerateVillageAgreementInput>;

/** `POST /api/villages/agreements/:id/sign`: the passphrase is needed only with BSrE. */
export const SignVillageAgreementInput = z.object({ passphrase: z.string().max(200).optional() });
export type SignVillageAgreementInput = z.infer<typeof SignVillageAgreementInput>;

/** `POST /api/villages/agreements/:id/revise`: a PK perubahan of a signed PK, at the version seen. */
export const ReviseVillageAgreementInput = z.object({
  reason: z
    .string()
    .trim()
    .min(5, { message: `${M}.reasonTooShort` })
    .max(500, { message: `${M}.tooLong` }),
  version: z.number().int().min(1),
});
export type ReviseVillageAgreementInput = z.infer<typeof ReviseVillageAgreementInput>;

/** `GET /api/villages/agreements?year=&regionId=&awaitingMe=`: the PKs the actor may read. */
export const VillageAgreementListQuery = z.object({
  year,
  regionId: z.uuid({ message: `${M}.notFound` }).optional(),
  /** `true`: only PKs whose next signature is the actor's. */
  awaitingMe: z.enum(['true', 'false']).optional(),
});
export type VillageAgreementListQuery = z.infer<typeof VillageAgreementListQuery>;

/** One promised row of the PK. */
export const VillageAgreementItemView = z.object({
  kind: z.enum(['mandatory', 'own']),
  code: z.string(),
  sasaran: z.string(),
  indicatorName: z.string(),
  target: z.string(),
  unit: z.string(),
});
export type VillageAgreementItemView = z.infer<typeof VillageAgreementItemView>;

const Party = z.object({ employeeId: z.string(), name: z.string(), jabatan: z.string(), signedAt: z.string().nullable() });

/** A PK Kepala Desa as answered. */
export const VillageAgreementView = z.object({
  id: z.string(),
  regionId: z.string(),
  desaName: z.string(),
  kecamatanName: z.string().nullable(),
  year: z.number(),
  revision: z.number(),
  revisionReason: z.string().nullable(),
  supersedesId: z.string().nullable(),
  status: VillageAgreementStatus,
  documentNumber: z.string().nullable(),
  verificationCode: z.string().nullable(),
  kades: Party,
  camat: Party,
  /** Whose signature is due: the kepala desa first, then the camat; null once signed. */
  nextSigner: z.enum(['kades', 'camat']).nullable(),
  /** True when the acting user is the party whose signature is due. */
  mySignatureDue: z.boolean(),
  items: z.array(VillageAgreementItemView),
  createdAt: z.string(),
  version: z.number(),
});
export type VillageAgreementView = z.infer<typeof VillageAgreementView>;

/** The list answer. */
export const VillageAgreementList = z.object({ year: z.number(), items: z.array(VillageAgreementView) });
export type VillageAgreementList = z.infer<typeof VillageAgreementList>;
