import { z } from 'zod';

const line = (max: number) => z.string().trim().min(1).max(max);

/** Security classification codes (klasifikasi keamanan, SKKAAD). */
export const SecurityCode = z.enum(['biasa', 'terbatas', 'rahasia', 'sangat_rahasia']);
export type SecurityCode = z.infer<typeof SecurityCode>;

/** Urgency codes (derajat kecepatan). */
export const UrgencyCode = z.enum(['biasa', 'segera', 'sangat_segera']);
export type UrgencyCode = z.infer<typeof UrgencyCode>;

/** A tenant label of a security class, with its short code (B, T, R, SR) used in numbers and stamps. */
export const SecurityLabel = z.object({
  code: SecurityCode,
  label: line(60),
  abbreviation: z
    .string()
    .trim()
    .regex(/^[A-Z]{1,4}$/),
});
export type SecurityLabel = z.infer<typeof SecurityLabel>;

/** A tenant label of an urgency level with its SLA in hours (null: no deadline of its own). */
export const UrgencyLevel = z.object({
  code: UrgencyCode,
  label: line(60),
  slaHours: z.number().int().min(1).max(8760).nullable(),
});
export type UrgencyLevel = z.infer<typeof UrgencyLevel>;

const coversEachOnce = (all: readonly string[]) => (items: readonly { code: string }[]) =>
  items.length === all.length && all.every((code) => items.some((item) => item.code === code));

/** `PUT /api/regulation/packs/:packId/labels`: every security class and every urgency level, each once. */
export const LabelsInput = z.object({
  security: z.array(SecurityLabel).refine(coversEachOnce(SecurityCode.options), { message: 'regulation.eachCodeOnce' }),
  urgency: z.array(UrgencyLevel).refine(coversEachOnce(UrgencyCode.options), { message: 'regulation.eachCodeOnce' }),
});
export type LabelsInput = z.infer<typeof LabelsInput>;

/** The labels stored with a pack; `toVerify` stays true until an admin saves them. */
export const PackLabels = LabelsInput.extend({ toVerify: z.boolean() });
export type PackLabels = z.infer<typeof PackLabels>;

/** A jenis naskah code: upper case letters and digits (SD, UND, KEP, PERKADA …). */
export const DocumentTypeCode = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{0,19}$/, { message: 'regulation.documentTypeCodeFormat' });

/** `PUT /api/regulation/packs/:packId/document-types/:code`: the whole jenis (created when new in the draft). */
export const DocumentTypeInput = z
  .object({
    name: line(120),
    family: z.enum(['arahan', 'korespondensi', 'khusus', 'lainnya']),
    subfamily: line(40).nullable().default(null),
    layout: z.enum(['korespondensi', 'title_block']),
    variant: z.enum(['surat_dinas', 'undangan', 'nota_dinas']).nullable().default(null),
    numberSchemeCode: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9_]{0,29}$/)
      .nullable()
      .default(null),
    requiresSignature: z.boolean(),
    signerLevels: z
      .array(
        z
          .string()
          .trim()
          .regex(/^(I|II|III|IV|V)(\.[a-b])?$/, { message: 'regulation.signerLevelFormat' }),
      )
      .max(10)
      .default([]),
  })
  .refine((t) => (t.layout === 'korespondensi') === (t.variant !== null), {
    message: 'regulation.variantNeedsKorespondensi',
    path: ['variant'],
  });
export type DocumentTypeInput = z.infer<typeof DocumentTypeInput>;

/** `PUT /api/regulation/packs/:packId/instructions`: the whole list, in display order. */
export const InstructionsInput = z.object({
  instructions: z
    .array(
      z.object({
        code: z
          .string()
          .trim()
          .regex(/^[a-z][a-z0-9_]{1,30}$/),
        label: line(60),
      }),
    )
    .min(1)
    .max(30)
    .refine((items) => new Set(items.map((i) => i.code)).size === items.length, { message: 'regulation.duplicateCode' }),
});
export type InstructionsInput = z.infer<typeof InstructionsInput>;

export const PackIdParams = z.object({ packId: z.uuid() });
export const DocumentTypeParams = z.object({ packId: z.uuid(), code: DocumentTypeCode });

/** `GET /api/regulation/archive-classes`: search by code prefix or name (q), or browse children of `parent`. */
export const ArchiveClassQuery = z.object({
  q: z.string().trim().max(100).optional(),
  parent: z
    .string()
    .trim()
    .regex(/^\d{3}(\.\d+)*$/, { message: 'regulation.kkaCodeFormatShort' })
    .optional(),
  packId: z.uuid().optional(),
});

/** `POST /api/regulation/archive-classes/import?dryRun=`: dry run unless `dryRun=false`. */
export const ImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('true') });

export const PackSummaryView = z.object({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  legalBasis: z.string(),
  status: z.enum(['draft', 'active', 'retired']),
  createdAt: z.string(),
  activatedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
});
export type PackSummaryView = z.infer<typeof PackSummaryView>;

export const DocumentTypeView = z.object({
  code: z.string(),
  name: z.string(),
  family: z.enum(['arahan', 'korespondensi', 'khusus', 'lainnya']),
  subfamily: z.string().nullable(),
  layout: z.enum(['korespondensi', 'title_block']),
  variant: z.enum(['surat_dinas', 'undangan', 'nota_dinas']).nullable(),
  numberSchemeCode: z.string().nullable(),
  requiresSignature: z.boolean(),
  signerLevels: z.array(z.string()),
});
export type DocumentTypeView = z.infer<typeof DocumentTypeView>;

export const ArchiveClassView = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  level: z.number(),
  retentionActiveYears: z.number().nullable(),
  retentionInactiveYears: z.number().nullable(),
  finalDisposition: z.enum(['musnah', 'permanen', 'dinilai_kembali']).nullable(),
  description: z.string().nullable(),
  hasChildren: z.boolean(),
});
export type ArchiveClassView = z.infer<typeof ArchiveClassView>;

export const InstructionView = z.object({ code: z.string(), label: z.string() });

/** One pack with all its lists except the KKA (browse those with the archive-classes route). */
export const PackDetailView = z.object({
  pack: PackSummaryView,
  documentTypes: z.array(DocumentTypeView),
  labels: PackLabels,
  instructions: z.array(InstructionView),
  archiveClassCount: z.number(),
});
export type PackDetailView = z.infer<typeof PackDetailView>;

/** `GET /api/regulation`: the active pack, and the draft being prepared if any. */
export const RegulationView = PackDetailView.extend({ draft: PackSummaryView.nullable() });
export type RegulationView = z.infer<typeof RegulationView>;

export const PackListView = z.object({ items: z.array(PackSummaryView) });
export const ArchiveClassListView = z.object({ packId: z.string(), items: z.array(ArchiveClassView), truncated: z.boolean() });
export type ArchiveClassListView = z.infer<typeof ArchiveClassListView>;

/** A located KKA import problem, translated for the caller. */
export const KkaProblemView = z.object({
  sheet: z.string(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});

/** What a KKA import did (or would do, on a dry run). */
export const KkaImportView = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  applied: z.boolean(),
  packId: z.string().nullable(),
  version: z.number().nullable(),
  counts: z.object({ rows: z.number(), added: z.number(), updated: z.number() }),
  problems: z.array(KkaProblemView),
});
export type KkaImportView = z.infer<typeof KkaImportView>;
