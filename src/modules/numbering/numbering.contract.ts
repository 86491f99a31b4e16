import { z } from 'zod';

/** Scheme codes are upper-case words: SURAT, NOTA, KEPUTUSAN, AGENDA, SURAT_TUGAS. */
export const SchemeCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,29}$/, 'numbering.schemeCodeFormat');
/** Unit codes as stored on units (e.g. DISKOMINFO, BAG-ORG). */
export const UnitCode = z.string().trim().min(1).max(30);
/** Archive classification code (KKA), numeric and dotted: 000, 000.8.3.3. */
export const KkaCode = z.string().regex(/^\d{3}(\.\d{1,3}){0,5}$/, 'numbering.kkaFormat');
/** A jenis naskah code. */
export const DocumentTypeCode = z.string().regex(/^[A-Za-z0-9_.-]{1,30}$/, 'numbering.documentTypeFormat');
/** How the security class prints in `{SIFAT}`: B, T, R, SR (PermenPANRB 80/2012 style). */
export const SecurityClassCode = z.enum(['biasa', 'terbatas', 'rahasia', 'sangat_rahasia']);
const Reason = z.string().trim().min(5).max(500);

/** Counter scope of a scheme: one sequence per tenant or per unit (always × year). */
export const CounterScope = z.enum(['tenant', 'unit']);
/** Insertion suffix styles: `.A` gives 15.A, `a` gives 15a. */
export const InsertionSuffixStyle = z.enum(['.A', 'A', '.a', 'a', '-A', '/A']);

/** A scheme as the API shows it. `perJenis` is true when the template shows `{JENIS}` (then jenis is in the scope). */
export const SchemeView = z.object({
  code: z.string(),
  name: z.string(),
  template: z.string(),
  counterScope: CounterScope,
  perJenis: z.boolean(),
  insertionQuota: z.number(),
  insertionSuffix: InsertionSuffixStyle,
  active: z.boolean(),
  updatedAt: z.string(),
});
export type SchemeView = z.infer<typeof SchemeView>;

export const SchemeListView = z.object({ items: z.array(SchemeView) });

/** `PUT /api/numbering/schemes/:code`: the fields to change (template problems answer 422 per field). */
export const UpdateSchemeInput = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  template: z.string().max(1000).optional(),
  counterScope: CounterScope.optional(),
  insertionQuota: z.number().int().min(0).max(1000).optional(),
  insertionSuffix: InsertionSuffixStyle.optional(),
  active: z.boolean().optional(),
});
export type UpdateSchemeInput = z.infer<typeof UpdateSchemeInput>;

/** `POST /api/numbering/schemes`: a scheme of the tenant's own (e.g. SURAT_TUGAS). */
export const CreateSchemeInput = z.object({
  code: SchemeCode,
  name: z.string().trim().min(1).max(200),
  template: z.string().max(1000),
  counterScope: CounterScope,
  insertionQuota: z.number().int().min(0).max(1000).default(10),
  insertionSuffix: InsertionSuffixStyle.default('.A'),
});
export type CreateSchemeInput = z.infer<typeof CreateSchemeInput>;

export const SchemeCodeParams = z.object({ code: SchemeCode });
export const NumberIdParams = z.object({ numberId: z.uuid() });

/** `POST /api/numbering/preview`: formats a template with sample values (nothing is saved). */
export const PreviewInput = z.object({
  template: z.string().max(1000),
  seq: z.number().int().min(1).max(999_999).default(15),
  date: z.iso.date().optional(),
  kka: KkaCode.default('000.8.3.3'),
  unitCode: UnitCode.default('UNIT'),
  documentTypeCode: DocumentTypeCode.default('SE'),
  securityClass: SecurityClassCode.default('biasa'),
});
export type PreviewInput = z.infer<typeof PreviewInput>;

/** A number in the register. */
export const NumberView = z.object({
  id: z.string(),
  schemeCode: z.string(),
  formatted: z.string(),
  seq: z.number(),
  suffix: z.string(),
  year: z.number(),
  scopeKey: z.string(),
  unitCode: z.string().nullable(),
  date: z.string(),
  state: z.enum(['reserved', 'used', 'void']),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  reference: z.object({ type: z.string(), id: z.string() }).nullable(),
  manual: z.boolean(),
  insertion: z.boolean(),
  createdAt: z.string(),
  usedAt: z.string().nullable(),
  voidedAt: z.string().nullable(),
});
export type NumberView = z.infer<typeof NumberView>;

/** `GET /api/numbering/register`: one scheme and year, in seq order, keyset-paged by an opaque cursor. */
export const RegisterQuery = z.object({
  scheme: SchemeCode,
  year: z.coerce.number().int().min(1900).max(2999),
  state: z.enum(['reserved', 'used', 'void']).optional(),
  unitCode: UnitCode.optional(),
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type RegisterQuery = z.infer<typeof RegisterQuery>;

export const RegisterView = z.object({ items: z.array(NumberView), nextCursor: z.string().nullable() });
export type RegisterView = z.infer<typeof RegisterView>;

export const VoidInput = z.object({ reason: Reason });

/** `POST /api/numbering/schemes/:code/insert`: a back-dated sisipan after a used number. */
export const InsertInput = z.object({
  afterSeq: z.number().int().min(1).max(999_999),
  date: z.iso.date(),
  reason: Reason,
  unitCode: UnitCode.optional(),
  kka: KkaCode.optional(),
  documentTypeCode: DocumentTypeCode.optional(),
  securityClass: SecurityClassCode.optional(),
});
export type InsertInput = z.infer<typeof InsertInput>;

/** `POST /api/numbering/schemes/:code/manual`: a number written by hand during an outage. */
export const ManualInput = z.object({
  seq: z.number().int().min(1).max(999_999),
  date: z.iso.date(),
  note: Reason,
  unitCode: UnitCode.optional(),
  kka: KkaCode.optional(),
  documentTypeCode: DocumentTypeCode.optional(),
  securityClass: SecurityClassCode.optional(),
});
export type ManualInput = z.infer<typeof ManualInput>;

/** `POST /api/numbering/schemes/:code/reconcile`. `voidGaps` records the skipped sequences as void. */
export const ReconcileInput = z.object({
  year: z.number().int().min(1900).max(2999),
  voidGaps: z.boolean().default(false),
});
export type ReconcileInput = z.infer<typeof ReconcileInput>;

/** What reconciliation found and did, per counter. */
export const ReconcileReport = z.object({
  schemeCode: z.string(),
  year: z.number(),
  counters: z.array(
    z.object({
      scopeKey: z.string(),
      counterBefore: z.number(),
      counterAfter: z.number(),
      manualNumbers: z.array(z.object({ id: z.string(), seq: z.number(), formatted: z.string(), date: z.string() })),
      gaps: z.array(z.number()),
      voidedGaps: z.array(z.number()),
    }),
  ),
  /** The same printed number in two counters (possible when the template omits what the scope separates). */
  collisions: z.array(z.object({ formatted: z.string(), numberIds: z.array(z.string()) })),
});
export type ReconcileReport = z.infer<typeof ReconcileReport>;

/** Input of reserveNumber (cross-module). */
export interface ReserveNumberInput {
  readonly schemeCode: string;
  readonly unitCode?: string;
  readonly kka?: string;
  readonly documentTypeCode?: string;
  /** Prints as `{SIFAT}` (B, T, R, SR). */
  readonly securityClass?: z.infer<typeof SecurityClassCode>;
  /** The letter date: YYYY-MM-DD, or an ISO instant read in the tenant's time zone. */
  readonly date: string;
  readonly reference?: { readonly type: string; readonly id: string };
}

/** A reserved number (cross-module). */
export interface ReservedNumber {
  readonly id: string;
  readonly formatted: string;
  readonly seq: number;
  readonly year: number;
}
