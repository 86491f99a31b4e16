/** HTTP contract of the LKjIP module (issue #6); the web imports only this file. */
import { z } from 'zod';

const Year = z.coerce.number().int().min(2000).max(2100);

/** `GET /api/lkjip/reports`: reports of a year (default every year), optionally of one OPD. */
export const ReportListQuery = z.object({ year: Year.optional(), unitId: z.uuid().optional() });

/** `POST /api/lkjip/reports`: a draft for an OPD (`unitId`) or the regency (`unitId` null). */
export const CreateReportInput = z.object({ unitId: z.uuid().nullable(), year: Year });
export type CreateReportInput = z.infer<typeof CreateReportInput>;

export const ReportIdParams = z.object({ reportId: z.uuid() });
export const VersionParams = z.object({ reportId: z.uuid(), number: z.coerce.number().int().min(1) });

/** `PUT /api/lkjip/reports/:reportId/sections`: the text of one narrative section; `version` 0 for a section never saved. */
export const SaveSectionInput = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.-]{2,120}$/),
  text: z.string().max(20_000),
  version: z.number().int().min(0),
});
export type SaveSectionInput = z.infer<typeof SaveSectionInput>;

/** `POST /api/lkjip/reports/:reportId/finalise`: the report's version as the caller saw it. */
export const FinaliseInput = z.object({
  version: z.number().int().min(1),
  /** The naskah number; defaults to `LKJIP/<year>/<OPD code>` (`…/PEMDA` for the regency). */
  number: z.string().trim().min(1).max(100).optional(),
});
export type FinaliseInput = z.infer<typeof FinaliseInput>;

/** `POST /api/lkjip/exports`: export every OPD's report of a year in a background job. */
export const ExportAllInput = z.object({ year: Year });

/** One thing missing before export, with its field key and the message in both languages. */
export const CompletenessItemView = z.object({
  code: z.enum([
    'realisasiNotVerified',
    'agreementNotSigned',
    'opdAgreementNotSigned',
    'regencyAgreementsNone',
    'sectionEmpty',
    'noBudget',
    'noIndicators',
  ]),
  field: z.string(),
  message: z.object({ id: z.string(), en: z.string() }),
});

/** An editable narrative section: the text in force (saved, else the default generated from the data). */
export const SectionView = z.object({
  key: z.string(),
  title: z.string(),
  defaultText: z.string(),
  text: z.string(),
  edited: z.boolean(),
  /** 0 while never saved. */
  version: z.number(),
  updatedAt: z.string().nullable(),
});

/** One block of the assembled outline, as the renderers draw it. */
export const OutlineBlockView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text: z.string() }),
  z.object({ kind: z.literal('paragraph'), text: z.string(), sectionKey: z.string().optional() }),
  z.object({ kind: z.literal('table'), header: z.array(z.string()), rows: z.array(z.array(z.string())) }),
  z.object({
    kind: z.literal('chart'),
    title: z.string(),
    bars: z.array(z.object({ label: z.string(), value: z.string().nullable(), color: z.string() })),
  }),
]);

/** An exported version with its download links and what was missing when it was made. */
export const VersionView = z.object({
  number: z.number(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  docxUrl: z.string(),
  pdfUrl: z.string(),
  completeness: z.array(CompletenessItemView),
});

/** A report in a list. */
export const ReportSummaryView = z.object({
  id: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string(),
  year: z.number(),
  status: z.enum(['draft', 'final']),
  version: z.number(),
  /** The official document the head of the OPD signs, once finalised. */
  documentId: z.string().nullable(),
  latestVersion: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReportSummaryView = z.infer<typeof ReportSummaryView>;

export const ReportListView = z.object({ items: z.array(ReportSummaryView) });

/** A report with its outline (refreshed from the data on every read), sections, completeness and versions. */
export const ReportView = ReportSummaryView.extend({
  outline: z.array(OutlineBlockView),
  sections: z.array(SectionView),
  completeness: z.array(CompletenessItemView),
  versions: z.array(VersionView),
});
export type ReportView = z.infer<typeof ReportView>;

/** `GET /api/lkjip/reports/:reportId/completeness`. */
export const CompletenessView = z.object({ complete: z.boolean(), items: z.array(CompletenessItemView) });

/** `POST /api/lkjip/exports` answer: follow the job at `GET /api/jobs/:jobId` (progress 0–100, result = ExportAllResult). */
export const ExportAllView = z.object({ jobId: z.string() });

/** The all-OPD job's result: one exported version per OPD with data in the year. */
export const ExportAllResult = z.object({
  year: z.number(),
  exported: z.array(z.object({ unitId: z.string(), reportId: z.string(), number: z.number() })),
  skipped: z.array(z.object({ unitId: z.string(), reason: z.string() })),
});
