/**
 * The organisation of a regency as plain rows, independent of where it came from (an XLSX file,
 * the demo generator). The import use case validates references and writes it in one transaction.
 * Rows refer to each other by their codes (unit code, position code, NIP), never by database ids.
 */
export interface UnitRow {
  /** Short code, unique per tenant, used later in letter numbers (e.g. `DISKOMINFO`, `KEC-KRA`). */
  code: string;
  name: string;
  /** Code of the parent unit; null for a root (e.g. Sekretariat Daerah, the Bupati's office). */
  parentCode: string | null;
  /** One of UNIT_KINDS. */
  kind: string;
  /** Kemendagri code of the kecamatan/desa/kelurahan this unit serves, when it is territorial. */
  regionCode: string | null;
}

export interface PositionRow {
  code: string;
  name: string;
  unitCode: string;
  /** Eselon/level text, e.g. `II.b`, `III.a`, `IV.a`, `JF`, `Pelaksana`. */
  echelon: string | null;
  isHead: boolean;
}

export interface EmployeeRow {
  /** 18 digits. */
  nip: string;
  /** 16 digits, optional. */
  nik: string | null;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  /** Pangkat, e.g. `Pembina Utama Muda`. */
  rank: string | null;
  /** Golongan/ruang, e.g. `IV/c`. */
  grade: string | null;
  email: string | null;
  phone: string | null;
}

export interface AssignmentRow {
  positionCode: string;
  nip: string;
  kind: 'definitif' | 'plt' | 'plh' | 'pj';
  /** ISO date `YYYY-MM-DD`. */
  startsOn: string;
  endsOn: string | null;
  decreeNumber: string | null;
}

export interface OrgPlan {
  units: UnitRow[];
  positions: PositionRow[];
  employees: EmployeeRow[];
  assignments: AssignmentRow[];
}

/** One problem found in an import, located at a sheet, row (1-based, as Excel shows it) and column. */
export interface ImportProblem {
  sheet: 'Unit' | 'Jabatan' | 'Pegawai' | 'Penugasan' | 'file';
  row: number | null;
  column: string | null;
  /** i18n key under `import.` (see src/platform/i18n). */
  messageKey: string;
  params?: Record<string, string | number>;
}

/** Kinds of unit a regency has (the XLSX uses these exact lower-case values). */
export const UNIT_KINDS = [
  'pemda',
  'sekretariat',
  'dinas',
  'badan',
  'inspektorat',
  'kantor',
  'bagian',
  'bidang',
  'subbagian',
  'seksi',
  'upt',
  'blud',
  'kecamatan',
  'kelurahan',
  'desa',
  'lainnya',
] as const;

export const ASSIGNMENT_KINDS = ['definitif', 'plt', 'plh', 'pj'] as const;
