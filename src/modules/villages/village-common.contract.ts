/**
 * Shared zod pieces of the Sakip Desa accountability contracts: decimals as text, client ids, NIK and No KK, quarters,
 * statuses, evidence kinds and the target rule. The web app imports them through village-accountability.contract.ts.
 */
import { z } from 'zod';

/** Message id prefix of Sakip Desa accountability. */
export const M = 'villages.accountability';
/** A year between 2015 and 2100 (query strings coerced). */
export const Year = z.coerce
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
/** A decimal string that is not negative. */
export const NonNegativeDecimal = DecimalText.refine((s) => !s.startsWith('-'), { message: `${M}.negative` });
/** A required trimmed text of at most `max` characters. */
export const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: `${M}.required` })
    .max(max, { message: `${M}.tooLong` });
/** An optional (nullable) trimmed text of at most `max` characters. */
export const OptionalText = (max: number) =>
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
