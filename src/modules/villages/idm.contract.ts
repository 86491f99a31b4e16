/** Zod contracts of the village IDM routes (the web app may import this file). */
import { z } from 'zod';

const Year = z.coerce.number().int().min(2015).max(2100);
/** One indicator score: an integer 0–5 (the IDM engine refuses anything else). */
const Score = z
  .number({ message: 'villages.idm.scoreRange' })
  .int({ message: 'villages.idm.scoreRange' })
  .min(0, { message: 'villages.idm.scoreRange' })
  .max(5, { message: 'villages.idm.scoreRange' });

/** `GET /api/villages/idm`: one year, optionally one kecamatan; keyset paging by desa code (`after`). */
export const IdmListQuery = z.object({
  year: Year,
  kecamatanId: z.uuid().optional(),
  after: z.string().trim().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type IdmListQuery = z.infer<typeof IdmListQuery>;

/** One IDM status of the tenant's thresholds (lowest first); `upTo` null for the open top status. */
export const IdmStatusView = z.object({ code: z.string(), label: z.string(), alias: z.string(), upTo: z.string().nullable() });
export type IdmStatusView = z.infer<typeof IdmStatusView>;

/** The stored, computed indices of a desa-year (4-decimal text). */
export const IdmResultView = z.object({
  iks: z.string(),
  ike: z.string(),
  ikl: z.string(),
  idm: z.string(),
  statusCode: z.string(),
  engineVersion: z.string(),
});
export type IdmResultView = z.infer<typeof IdmResultView>;

/** One desa in the list; `result` null when no scores were entered for the year. */
export const IdmListRowView = z.object({
  regionId: z.string(),
  code: z.string(),
  name: z.string(),
  kecamatanId: z.string().nullable(),
  kecamatanName: z.string().nullable(),
  result: IdmResultView.nullable(),
});
export type IdmListRowView = z.infer<typeof IdmListRowView>;

/** A page of desa with the status counts of the whole selection (`none`: no scores yet). */
export const IdmListView = z.object({
  year: z.number(),
  statuses: z.array(IdmStatusView),
  statusCounts: z.record(z.string(), z.number()),
  total: z.number(),
  kecamatan: z.array(z.object({ id: z.string(), name: z.string() })),
  items: z.array(IdmListRowView),
  nextAfter: z.string().nullable(),
  canManage: z.boolean(),
});
export type IdmListView = z.infer<typeof IdmListView>;

/** `:regionId` (a desa of the tenant's wilayah) and `:year`. */
export const IdmDesaParams = z.object({ regionId: z.uuid(), year: Year });
export type IdmDesaParams = z.infer<typeof IdmDesaParams>;

/** One indicator of the catalogue with the desa's score (null when not entered). */
export const IdmIndicatorView = z.object({
  code: z.string(),
  index: z.enum(['IKS', 'IKE', 'IKL']),
  dimension: z.string(),
  name: z.string(),
  score: z.number().nullable(),
});
export type IdmIndicatorView = z.infer<typeof IdmIndicatorView>;

/** One desa-year: its indicators, the stored result and the version to send back with a change. */
export const IdmDesaView = z.object({
  regionId: z.string(),
  code: z.string(),
  name: z.string(),
  kecamatanName: z.string().nullable(),
  year: z.number(),
  indicators: z.array(IdmIndicatorView),
  result: IdmResultView.nullable(),
  version: z.number().nullable(),
  statuses: z.array(IdmStatusView),
  canEdit: z.boolean(),
});
export type IdmDesaView = z.infer<typeof IdmDesaView>;

/** `PUT …/desa/:regionId/years/:year`: every indicator's score by code; `version` null for the first save. */
export const IdmScoresInput = z.object({
  scores: z.record(z.string().max(20), Score),
  version: z.number().int().min(1).nullable(),
});
export type IdmScoresInput = z.infer<typeof IdmScoresInput>;

/** One suggested improvement: raise an indicator from `from` to `to`. */
export const IdmImprovementView = z.object({
  code: z.string(),
  index: z.enum(['IKS', 'IKE', 'IKL']),
  dimension: z.string(),
  name: z.string(),
  from: z.number(),
  to: z.number(),
});
export type IdmImprovementView = z.infer<typeof IdmImprovementView>;

/** The simulator's answer: the current status and the smallest set of improvements to the next (null at the top). */
export const IdmSimulationView = z.object({
  current: IdmStatusView,
  idm: z.string(),
  plan: z
    .object({
      reached: IdmStatusView,
      points: z.number(),
      idm: z.string(),
      improvements: z.array(IdmImprovementView),
    })
    .nullable(),
});
export type IdmSimulationView = z.infer<typeof IdmSimulationView>;

/** `GET /api/villages/idm/export?year=`. */
export const IdmYearQuery = z.object({ year: Year });
/** `POST /api/villages/idm/import?year=…&dryRun=true|false` (multipart field `file`). */
export const IdmImportQuery = IdmYearQuery.extend({ dryRun: z.enum(['true', 'false']).default('true') });

/** A located import problem, translated. */
export const IdmImportProblemView = z.object({
  sheet: z.string(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});

/** Result of a dry run or an import. */
export const IdmImportView = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  applied: z.boolean(),
  counts: z.object({ rows: z.number(), added: z.number(), updated: z.number(), unchanged: z.number() }),
  problems: z.array(IdmImportProblemView),
});
export type IdmImportView = z.infer<typeof IdmImportView>;
