/** Zod contracts of the performance budget and nomenclature routes (the web app may import this file). */
import { z } from 'zod';

const Decimal = z
  .string()
  .trim()
  .regex(/^-?\d{1,6}(?:\.\d{1,4})?$/, { message: 'performance.budget.settingNotDecimal' });

/** A located import problem, translated. */
export const ImportProblemView = z.object({
  sheet: z.string(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});

/** Result of a dry run or an import. */
export const BudgetImportView = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  applied: z.boolean(),
  counts: z.object({ rows: z.number(), added: z.number(), updated: z.number(), unchanged: z.number() }),
  problems: z.array(ImportProblemView),
});
export type BudgetImportView = z.infer<typeof BudgetImportView>;

/** `GET /api/performance/nomenclature`: search by code prefix or name, filter by edition, level, parent. */
export const NomenclatureQuery = z.object({
  edition: z.string().trim().min(1).max(120).optional(),
  q: z.string().trim().max(100).optional(),
  level: z.enum(['program', 'kegiatan', 'sub_kegiatan']).optional(),
  parent: z.string().trim().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type NomenclatureQuery = z.infer<typeof NomenclatureQuery>;

/** One nomenclature code. */
export const NomenclatureItemView = z.object({
  edition: z.string(),
  level: z.enum(['program', 'kegiatan', 'sub_kegiatan']),
  code: z.string(),
  parentCode: z.string().nullable(),
  name: z.string(),
});

/** The editions a tenant has and the matching codes. */
export const NomenclatureListView = z.object({ editions: z.array(z.string()), items: z.array(NomenclatureItemView) });
export type NomenclatureListView = z.infer<typeof NomenclatureListView>;

/** `POST /api/performance/nomenclature/import?edition=…&dryRun=true|false`. */
export const NomenclatureImportQuery = z.object({
  edition: z.string().trim().min(3).max(120),
  dryRun: z.enum(['true', 'false']).default('true'),
});

/** An OPD and a budget year. */
export const BudgetUnitYearQuery = z.object({ unitId: z.uuid(), year: z.coerce.number().int().min(2000).max(2100) });
export type BudgetUnitYearQuery = z.infer<typeof BudgetUnitYearQuery>;

/** `POST /api/performance/budget/import?unitId=…&year=…&dryRun=true|false`. */
export const BudgetImportQuery = BudgetUnitYearQuery.extend({ dryRun: z.enum(['true', 'false']).default('true') });

/** One budget line with its realisasi total and serapan (null when pagu is 0). */
export const BudgetLineView = z.object({
  id: z.string(),
  subKegiatanCode: z.string(),
  accountCode: z.string().nullable(),
  description: z.string(),
  fundingSource: z.string().nullable(),
  pagu: z.string(),
  realisasi: z.array(z.string().nullable()),
  realisasiTotal: z.string(),
  serapan: z.string().nullable(),
  indicatorIds: z.array(z.string()),
});

/** The lines of an OPD and year with exact totals. */
export const BudgetListView = z.object({
  unitId: z.string(),
  year: z.number(),
  lines: z.array(BudgetLineView),
  totals: z.object({ pagu: z.string(), realisasi: z.string(), serapan: z.string().nullable() }),
});
export type BudgetListView = z.infer<typeof BudgetListView>;

/** `:lineId` of a budget line. */
export const BudgetLineParams = z.object({ lineId: z.uuid() });
/** `:lineId` and `:indicatorId` of a tag. */
export const BudgetTagParams = z.object({ lineId: z.uuid(), indicatorId: z.uuid() });
/** `POST /api/performance/budget/lines/:lineId/tags`. */
export const BudgetTagInput = z.object({ indicatorId: z.uuid() });
/** The tags of a line after a change. */
export const BudgetTagsView = z.object({ lineId: z.string(), indicatorIds: z.array(z.string()) });

/** Efficiency bands (Δ = capaian − serapan, percentage points); `toVerify` until a tenant saves its own. */
export const BudgetSettingsView = z.object({
  efficientAbove: z.string(),
  fairFrom: z.string(),
  toVerify: z.boolean(),
});
export type BudgetSettingsView = z.infer<typeof BudgetSettingsView>;

/** `PUT /api/performance/budget/settings`. */
export const BudgetSettingsInput = z.object({ efficientAbove: Decimal, fairFrom: Decimal });
export type BudgetSettingsInput = z.infer<typeof BudgetSettingsInput>;
