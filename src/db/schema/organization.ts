import type { ColumnType } from 'kysely';

/** Wilayah of a tenant: kecamatan, desa and kelurahan with their Kemendagri codes. */
export interface RegionsTable {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  level: 'kecamatan' | 'desa' | 'kelurahan';
  parent_id: string | null;
}

/** A unit of the organisation tree (OPD, bidang, UPT, kecamatan, kelurahan, …). */
export interface UnitsTable {
  tenant_id: string;
  id: string;
  parent_id: string | null;
  /** Short code used later in letter numbers, e.g. `DISKOMINFO`. Unique per tenant. */
  code: string;
  name: string;
  kind: string;
  region_id: string | null;
  sort_order: number;
  status: 'active' | 'merged' | 'dissolved';
}

/** A jabatan in a unit. Letters are addressed to positions, not people. */
export interface PositionsTable {
  tenant_id: string;
  id: string;
  unit_id: string;
  code: string;
  name: string;
  /** Eselon or level text, e.g. `II.b`, `III.a`, `JF`, `Pelaksana`. */
  echelon: string | null;
  is_head: number;
}

/** A pegawai (ASN). */
export interface EmployeesTable {
  tenant_id: string;
  id: string;
  nip: string;
  nik: string | null;
  name: string;
  front_title: string | null;
  back_title: string | null;
  rank: string | null;
  grade: string | null;
  email: string | null;
  phone: string | null;
}

/** Who holds a position, how (definitif, Plt, Plh, Pj) and when. */
export interface AssignmentsTable {
  tenant_id: string;
  id: string;
  position_id: string;
  employee_id: string;
  kind: 'definitif' | 'plt' | 'plh' | 'pj';
  starts_on: string;
  ends_on: string | null;
  decree_number: string | null;
  /** `import` (org file, the default) or `delegation` (a Plh made by a head for an absence). */
  source: ColumnType<AssignmentSource, AssignmentSource | undefined, AssignmentSource>;
  /** Why the delegation was made (delegations only). */
  reason: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Where an assignment came from. */
export type AssignmentSource = 'import' | 'delegation';

export interface OrganizationTables {
  regions: RegionsTable;
  units: UnitsTable;
  positions: PositionsTable;
  employees: EmployeesTable;
  assignments: AssignmentsTable;
}
