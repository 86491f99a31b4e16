import { z } from 'zod';

/** Who holds a position now. */
export const HolderView = z.object({ employeeId: z.string(), name: z.string(), nip: z.string(), kind: z.string() });

export const PositionView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  echelon: z.string().nullable(),
  isHead: z.boolean(),
  holders: z.array(HolderView),
});

/** A unit of the org chart, with its positions and their current holders. */
export const UnitView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  positions: z.array(PositionView),
});
export type UnitView = z.infer<typeof UnitView>;

export const UnitListView = z.object({ units: z.array(UnitView) });
export const SearchQuery = z.object({ q: z.string().trim().max(100).optional() });

export const EmployeeQuery = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type EmployeeQuery = z.infer<typeof EmployeeQuery>;

export const EmployeeListItem = z.object({
  id: z.string(),
  nip: z.string(),
  name: z.string(),
  rank: z.string().nullable(),
  grade: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  positions: z.array(z.object({ positionName: z.string(), unitName: z.string(), kind: z.string() })),
});
export const EmployeeListView = z.object({ items: z.array(EmployeeListItem), total: z.number() });
export type EmployeeListItem = z.infer<typeof EmployeeListItem>;

export const UnitIdParams = z.object({ unitId: z.uuid() });

export const OrgSummaryView = z.object({
  units: z.number(),
  positions: z.number(),
  employees: z.number(),
  kecamatan: z.number(),
  desa: z.number(),
  kelurahan: z.number(),
});

/** A located import problem, already translated for the caller. */
export const ImportProblemView = z.object({
  sheet: z.string(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export const ImportCounts = z.object({
  units: z.number(),
  positions: z.number(),
  employees: z.number(),
  assignments: z.number(),
});
export const DryRunView = z.object({ ok: z.boolean(), counts: ImportCounts, problems: z.array(ImportProblemView) });
export type DryRunView = z.infer<typeof DryRunView>;
export const ImportQueuedView = z.object({ jobId: z.string() });

export const RegionView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parentId: z.string().nullable(),
});
export const RegionListView = z.object({ regions: z.array(RegionView) });

/** Organization messages (id/en), merged into the server translations. */
export const organizationMessages = {
  id: {
    unknownRegencyCode: 'Kode wilayah Kemendagri "{{code}}" tidak dikenal (contoh: 33.13).',
    tenantExists: 'Pemda dengan kode {{code}} sudah ada.',
    slugTaken: 'Nama singkat (slug) "{{slug}}" sudah dipakai.',
    noFile: 'Unggah satu berkas XLSX pada kolom "file".',
  },
  en: {
    unknownRegencyCode: 'Unknown Kemendagri area code "{{code}}" (example: 33.13).',
    tenantExists: 'A regency with code {{code}} already exists.',
    slugTaken: 'The short name (slug) "{{slug}}" is already taken.',
    noFile: 'Upload one XLSX file in the "file" field.',
  },
};

/** One tenant (pemda) as the platform super-admin sees it. */
export const PlatformTenantView = z.object({
  id: z.string(),
  code: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  provinceName: z.string(),
});
export type PlatformTenantView = z.infer<typeof PlatformTenantView>;

export const PlatformTenantListView = z.object({ tenants: z.array(PlatformTenantView) });

/** `POST /api/platform/tenants`: a Kemendagri code (`33.13` or `3313`) and an optional short name. */
export const CreateTenantInput = z.object({
  code: z.string().trim().min(2).max(10),
  slug: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/)
    .optional(),
});
export type CreateTenantInput = z.infer<typeof CreateTenantInput>;

/** The new tenant and the wilayah created with it. */
export const TenantCreatedView = z.object({
  tenant: PlatformTenantView,
  counts: z.object({ kecamatan: z.number(), desa: z.number(), kelurahan: z.number() }),
});
export type TenantCreatedView = z.infer<typeof TenantCreatedView>;
