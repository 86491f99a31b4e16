/**
 * Zod contracts of village planning documents (issue #7): RPJMDes (period, visi, misi, programmes under the five
 * bidang of Permendagri 20/2018), RKPDes activities per year, the APBDes imported from a Siskeudes-shaped XLSX, and the
 * APBDes-vs-RKPDes summary per bidang. The web app imports this file. Money travels as decimal strings.
 */
import { z } from 'zod';

/** Message id prefix of village plans. */
export const PM = 'villages.plans';

/** The five bidang of desa spending (Permendagri 20/2018), by number. */
export const VILLAGE_BIDANG: Readonly<Record<number, string>> = {
  1: 'Penyelenggaraan Pemerintahan Desa',
  2: 'Pelaksanaan Pembangunan Desa',
  3: 'Pembinaan Kemasyarakatan',
  4: 'Pemberdayaan Masyarakat',
  5: 'Penanggulangan Bencana, Keadaan Darurat dan Mendesak',
};

/** A year between 2015 and 2100 (query strings and path params coerced). */
export const PlanYear = z.coerce
  .number({ message: `${PM}.badYear` })
  .int({ message: `${PM}.badYear` })
  .min(2015, { message: `${PM}.badYear` })
  .max(2100, { message: `${PM}.badYear` });
/** Bidang 1–5. */
export const Bidang = z.coerce
  .number({ message: `${PM}.badBidang` })
  .int({ message: `${PM}.badBidang` })
  .min(1, { message: `${PM}.badBidang` })
  .max(5, { message: `${PM}.badBidang` });
/** Rupiah typed by a person: digits with at most two decimals after a dot (`'1500000'`, `'1500000.50'`). */
export const Money = z
  .string()
  .trim()
  .regex(/^\d{1,15}(\.\d{1,2})?$/, { message: `${PM}.badMoney` });
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: `${PM}.required` })
    .max(max, { message: `${PM}.tooLong` });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${PM}.tooLong` })
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));
const Version = z
  .number({ message: `${PM}.staleVersion` })
  .int()
  .min(1, { message: `${PM}.staleVersion` });
const Id = z.uuid({ message: `${PM}.notFound` });

/** `:regionId` of a desa. */
export const PlanDesaParams = z.object({ regionId: Id });
/** `:regionId/:year` of a desa-year. */
export const PlanDesaYearParams = z.object({ regionId: Id, year: PlanYear });
/** `:id` of an RPJMDes, a programme or an RKPDes activity. */
export const PlanIdParams = z.object({ id: Id });
/** `?version=` of a delete (required by the use case after the lookup, so another tenant's id still answers 404). */
export const PlanVersionQuery = z.object({
  version: z.coerce
    .number({ message: `${PM}.staleVersion` })
    .int()
    .min(1, { message: `${PM}.staleVersion` })
    .optional(),
});

/** The desa a plan view is about. */
export const PlanDesaView = z.object({ id: z.string(), name: z.string(), kecamatanName: z.string().nullable() });

// ---------- RPJMDes ----------

/** Status of an RPJMDes: programmes are edited while draft. */
export const RpjmStatus = z.enum(['draft', 'final'], { message: `${PM}.badStatus` });
const RpjmFields = z.object({
  startYear: PlanYear,
  /** Last year of the period; 6 years (start + 5) when left out (the 2024 UU Desa term change: verify locally). */
  endYear: PlanYear.optional(),
  visi: text(2000),
  misi: z.array(text(1000), { message: `${PM}.required` }).max(30, { message: `${PM}.tooMany` }),
});
const periodRule = (v: { startYear: number; endYear?: number }) =>
  v.endYear === undefined || (v.endYear >= v.startYear && v.endYear - v.startYear <= 9);
const periodIssue = { message: `${PM}.badPeriod`, path: ['endYear'] };
/** A new RPJMDes of a desa. */
export const RpjmInput = RpjmFields.refine(periodRule, periodIssue);
export type RpjmInput = z.infer<typeof RpjmInput>;
/** Changes to an RPJMDes at the version seen. */
export const UpdateRpjmInput = RpjmFields.extend({ status: RpjmStatus, version: Version }).refine(periodRule, periodIssue);
export type UpdateRpjmInput = z.infer<typeof UpdateRpjmInput>;

const ProgrammeFields = z.object({
  bidang: Bidang,
  subBidang: z
    .string()
    .trim()
    .regex(/^\d{1,2}(\.\d{1,2}){0,2}$/, { message: `${PM}.badSubBidang` })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  name: text(300),
  sasaran: optionalText(1000),
  indicator: optionalText(500),
  lokasi: optionalText(300),
  paguIndikatif: Money.nullable()
    .optional()
    .transform((v) => v ?? null),
  years: z
    .array(PlanYear)
    .min(1, { message: `${PM}.yearsRequired` })
    .max(10, { message: `${PM}.tooMany` }),
});
/** A programme of an RPJMDes. */
export const ProgrammeInput = ProgrammeFields;
export type ProgrammeInput = z.infer<typeof ProgrammeInput>;
/** Changes to a programme at the version seen. */
export const UpdateProgrammeInput = ProgrammeFields.extend({ version: Version });
export type UpdateProgrammeInput = z.infer<typeof UpdateProgrammeInput>;

/** A programme as answered. */
export const ProgrammeView = z.object({
  id: z.string(),
  rpjmId: z.string(),
  bidang: z.number(),
  subBidang: z.string().nullable(),
  name: z.string(),
  sasaran: z.string().nullable(),
  indicator: z.string().nullable(),
  lokasi: z.string().nullable(),
  paguIndikatif: z.string().nullable(),
  years: z.array(z.number()),
  version: z.number(),
});
export type ProgrammeView = z.infer<typeof ProgrammeView>;

/** An RPJMDes with its programmes (ordered by bidang, then sub-bidang and name). */
export const RpjmView = z.object({
  id: z.string(),
  regionId: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  visi: z.string(),
  misi: z.array(z.string()),
  status: RpjmStatus,
  version: z.number(),
  programmes: z.array(ProgrammeView),
});
export type RpjmView = z.infer<typeof RpjmView>;

/** Every RPJMDes of a desa, newest period first. */
export const RpjmListView = z.object({ desa: PlanDesaView, items: z.array(RpjmView) });
export type RpjmListView = z.infer<typeof RpjmListView>;

// ---------- RKPDes ----------

/** Pola pelaksanaan of an activity. */
export const Implementation = z.enum(['swakelola', 'kerja_sama_antar_desa', 'pihak_ketiga'], { message: `${PM}.badPola` });
export type Implementation = z.infer<typeof Implementation>;

const RkpFields = z.object({
  bidang: Bidang,
  programmeId: Id.nullable()
    .optional()
    .transform((v) => v ?? null),
  name: text(300),
  lokasi: optionalText(300),
  volume: optionalText(100),
  sasaran: optionalText(500),
  waktu: optionalText(100),
  biaya: Money,
  sumberDana: optionalText(60),
  pola: Implementation,
});
/** An activity of a desa's RKPDes. */
export const RkpActivityInput = RkpFields;
export type RkpActivityInput = z.infer<typeof RkpActivityInput>;
/** Changes to an activity at the version seen. */
export const UpdateRkpActivityInput = RkpFields.extend({ version: Version });
export type UpdateRkpActivityInput = z.infer<typeof UpdateRkpActivityInput>;

/** An RKPDes activity as answered. */
export const RkpActivityView = z.object({
  id: z.string(),
  regionId: z.string(),
  year: z.number(),
  bidang: z.number(),
  programmeId: z.string().nullable(),
  programmeName: z.string().nullable(),
  name: z.string(),
  lokasi: z.string().nullable(),
  volume: z.string().nullable(),
  sasaran: z.string().nullable(),
  waktu: z.string().nullable(),
  biaya: z.string(),
  sumberDana: z.string().nullable(),
  pola: Implementation,
  version: z.number(),
});
export type RkpActivityView = z.infer<typeof RkpActivityView>;

/** A desa's RKPDes of a year with the total cost. */
export const RkpView = z.object({ desa: PlanDesaView, year: z.number(), total: z.string(), items: z.array(RkpActivityView) });
export type RkpView = z.infer<typeof RkpView>;

// ---------- APBDes ----------

/** Part and level of an APBDes line. */
export const BudgetKind = z.enum(['pendapatan', 'belanja', 'pembiayaan']);
export const BudgetLevel = z.enum(['akun', 'kelompok', 'jenis', 'objek', 'bidang', 'sub_bidang', 'kegiatan', 'rekening']);
export type BudgetLevel = z.infer<typeof BudgetLevel>;

/** One APBDes line in file order. */
export const BudgetLineView = z.object({
  position: z.number(),
  kode: z.string(),
  uraian: z.string(),
  kind: BudgetKind,
  level: BudgetLevel,
  bidang: z.number().nullable(),
  anggaran: z.string(),
  sumberDana: z.string().nullable(),
});
export type BudgetLineView = z.infer<typeof BudgetLineView>;

/** Totals of an APBDes (sums of the lowest lines). */
export const BudgetTotals = z.object({
  pendapatan: z.string(),
  belanja: z.string(),
  pembiayaanPenerimaan: z.string(),
  pembiayaanPengeluaran: z.string(),
});
export type BudgetTotals = z.infer<typeof BudgetTotals>;

/** A desa's APBDes of a year (version null: none imported yet). */
export const BudgetView = z.object({
  desa: PlanDesaView,
  year: z.number(),
  version: z.number().nullable(),
  fileName: z.string().nullable(),
  importedAt: z.string().nullable(),
  totals: BudgetTotals,
  lines: z.array(BudgetLineView),
});
export type BudgetView = z.infer<typeof BudgetView>;

/** `?dryRun=&version=` of an APBDes import (version: the APBDes version seen, when one exists). */
export const BudgetImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('true'),
  version: z.coerce
    .number({ message: `${PM}.staleVersion` })
    .int()
    .min(1)
    .optional(),
});

/** Result of a dry run or an import of an APBDes file. */
export const BudgetImportView = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  applied: z.boolean(),
  counts: z.object({ lines: z.number(), kegiatan: z.number() }),
  totals: BudgetTotals,
  version: z.number().nullable(),
  problems: z.array(
    z.object({ sheet: z.string(), row: z.number().nullable(), column: z.string().nullable(), message: z.string() }),
  ),
});
export type BudgetImportView = z.infer<typeof BudgetImportView>;

// ---------- summary ----------

/** APBDes belanja and RKPDes biaya of one bidang (decimal strings; difference = APBDes − RKPDes). */
export const BidangComparison = z.object({
  bidang: z.number(),
  name: z.string(),
  apbdes: z.string(),
  rkp: z.string(),
  difference: z.string(),
});

/** The desa-year comparison the web charts. */
export const PlansSummaryView = z.object({
  desa: PlanDesaView,
  year: z.number(),
  bidang: z.array(BidangComparison),
  totals: z.object({ apbdes: z.string(), rkp: z.string(), difference: z.string() }),
});
export type PlansSummaryView = z.infer<typeof PlansSummaryView>;
