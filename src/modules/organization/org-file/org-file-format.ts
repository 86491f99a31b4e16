/**
 * The organisation XLSX format: four data sheets (`Unit`, `Jabatan`, `Pegawai`, `Penugasan`), row 1 is the
 * header, one record per row. The template, the parser and the writer all read these definitions.
 */
import {
  ASSIGNMENT_KINDS,
  type AssignmentRow,
  type EmployeeRow,
  type PositionRow,
  UNIT_KINDS,
  type UnitRow,
} from '../org-plan.ts';

/** Names of the data sheets, in the order they appear and are reported. */
export type OrgSheetName = 'Unit' | 'Jabatan' | 'Pegawai' | 'Penugasan';

/**
 * How a column's cells are read and checked: `code` = letters, digits and `. - _ /`; `nip`/`nik` = 18/16 digits;
 * `choice` = one of `choices` (case-insensitive, stored lower-case); `yesNo` = Ya/Tidak; `date` = ISO date.
 */
export type ColumnKind = 'code' | 'text' | 'nip' | 'nik' | 'email' | 'date' | 'choice' | 'yesNo';

/** One column of a sheet. `key` is the property of the plan row it fills. */
export interface OrgColumn<Key extends string = string> {
  header: string;
  key: Key;
  required: boolean;
  kind: ColumnKind;
  /** Longest accepted text, in UTF-16 code units. */
  maxLength: number;
  /** Column width in the generated files (Excel character units). */
  width: number;
  /** Short Indonesian explanation shown in the `Petunjuk` sheet. */
  description: string;
  choices?: readonly string[];
}

/** One data sheet and its columns, in file order; `Key` is the union of the plan row's property names. */
export interface OrgSheet<Key extends string = string> {
  name: OrgSheetName;
  columns: readonly OrgColumn<Key>[];
  /** Indonesian one-liner describing what a row of this sheet is. */
  description: string;
}

/** Values accepted as "yes" in the `Kepala Unit` column (compared lower-case). */
export const YES_VALUES: readonly string[] = ['ya', 'y', 'true', '1', 'yes'];
/** Values accepted as "no" in the `Kepala Unit` column (compared lower-case). */
export const NO_VALUES: readonly string[] = ['tidak', 't', 'false', '0', 'no', 'n'];
/** What the writer puts in a yes cell. */
export const YES_TEXT = 'Ya';
/** What the writer puts in a no cell. */
export const NO_TEXT = 'Tidak';

const CODE = 40;
const NAME = 200;

type ColumnRule = Pick<OrgColumn, 'kind' | 'required' | 'maxLength' | 'width' | 'choices'>;

function col<Key extends string>(header: string, key: Key, rule: ColumnRule, description: string): OrgColumn<Key> {
  return { header, key, ...rule, description };
}

/** Sheet `Unit`: one organisational unit per row. */
export const UNIT_SHEET: SheetOf<UnitRow> = {
  name: 'Unit',
  description: 'Satu baris per unit organisasi (perangkat daerah, bagian, bidang, kecamatan, desa, ...).',
  columns: [
    col(
      'Kode Unit',
      'code',
      { kind: 'code', required: true, maxLength: CODE, width: 18 },
      'Kode singkat unik, mis. DISKOMINFO atau KEC-KRA. Hanya huruf, angka, dan . - _ /',
    ),
    col('Nama Unit', 'name', { kind: 'text', required: true, maxLength: NAME, width: 45 }, 'Nama resmi unit.'),
    col(
      'Kode Induk',
      'parentCode',
      { kind: 'code', required: false, maxLength: CODE, width: 18 },
      'Kode Unit atasan langsung (harus ada di lembar Unit). Kosongkan untuk unit tertinggi.',
    ),
    col(
      'Jenis',
      'kind',
      { kind: 'choice', required: true, maxLength: CODE, width: 16, choices: UNIT_KINDS },
      `Jenis unit, salah satu dari: ${UNIT_KINDS.join(', ')}.`,
    ),
    col(
      'Kode Wilayah',
      'regionCode',
      { kind: 'code', required: false, maxLength: 20, width: 16 },
      'Kode wilayah Kemendagri (kecamatan/desa/kelurahan) bila unit bersifat kewilayahan, mis. 33.13.01.',
    ),
  ],
};

/** Sheet `Jabatan`: one position per row. */
export const POSITION_SHEET: SheetOf<PositionRow> = {
  name: 'Jabatan',
  description: 'Satu baris per jabatan dalam unit.',
  columns: [
    col(
      'Kode Jabatan',
      'code',
      { kind: 'code', required: true, maxLength: CODE, width: 20 },
      'Kode singkat unik jabatan, mis. KADIS-KOMINFO.',
    ),
    col('Nama Jabatan', 'name', { kind: 'text', required: true, maxLength: NAME, width: 45 }, 'Nama resmi jabatan.'),
    col(
      'Kode Unit',
      'unitCode',
      { kind: 'code', required: true, maxLength: CODE, width: 18 },
      'Kode Unit tempat jabatan berada (harus ada di lembar Unit).',
    ),
    col(
      'Eselon',
      'echelon',
      { kind: 'text', required: false, maxLength: CODE, width: 12 },
      'Eselon atau tingkat, mis. II.b, III.a, IV.a, JF, Pelaksana.',
    ),
    col(
      'Kepala Unit',
      'isHead',
      { kind: 'yesNo', required: false, maxLength: 10, width: 13 },
      'Ya bila jabatan ini memimpin unitnya (paling banyak satu per unit); Tidak atau kosong bila bukan.',
    ),
  ],
};

/** Sheet `Pegawai`: one civil servant per row. */
export const EMPLOYEE_SHEET: SheetOf<EmployeeRow> = {
  name: 'Pegawai',
  description: 'Satu baris per pegawai (ASN).',
  columns: [
    col(
      'NIP',
      'nip',
      { kind: 'nip', required: true, maxLength: 40, width: 22 },
      'NIP 18 digit, diketik sebagai teks (kolom sudah berformat Teks) agar digit terakhir tidak hilang.',
    ),
    col('NIK', 'nik', { kind: 'nik', required: false, maxLength: 40, width: 20 }, 'NIK 16 digit sesuai KTP (boleh kosong).'),
    col('Nama', 'name', { kind: 'text', required: true, maxLength: NAME, width: 32 }, 'Nama lengkap tanpa gelar.'),
    col(
      'Gelar Depan',
      'frontTitle',
      { kind: 'text', required: false, maxLength: 60, width: 13 },
      'Gelar di depan nama, mis. Dr. atau Ir.',
    ),
    col(
      'Gelar Belakang',
      'backTitle',
      { kind: 'text', required: false, maxLength: 100, width: 16 },
      'Gelar di belakang nama, mis. S.Kom., M.T.',
    ),
    col('Pangkat', 'rank', { kind: 'text', required: false, maxLength: 100, width: 22 }, 'Pangkat, mis. Pembina Utama Muda.'),
    col('Golongan', 'grade', { kind: 'text', required: false, maxLength: 20, width: 11 }, 'Golongan/ruang, mis. IV/c.'),
    col('Email', 'email', { kind: 'email', required: false, maxLength: 254, width: 30 }, 'Alamat email dinas (boleh kosong).'),
    col(
      'Telepon',
      'phone',
      { kind: 'text', required: false, maxLength: 30, width: 16 },
      'Nomor telepon/HP, diketik sebagai teks agar angka 0 di depan tidak hilang.',
    ),
  ],
};

/** Sheet `Penugasan`: one assignment of an employee to a position per row. */
export const ASSIGNMENT_SHEET: SheetOf<AssignmentRow> = {
  name: 'Penugasan',
  description: 'Satu baris per penugasan pegawai pada jabatan (definitif, Plt, Plh, Pj).',
  columns: [
    col(
      'Kode Jabatan',
      'positionCode',
      { kind: 'code', required: true, maxLength: CODE, width: 20 },
      'Kode Jabatan yang diisi (harus ada di lembar Jabatan).',
    ),
    col(
      'NIP',
      'nip',
      { kind: 'nip', required: true, maxLength: 40, width: 22 },
      'NIP pegawai yang ditugaskan (harus ada di lembar Pegawai).',
    ),
    col(
      'Jenis',
      'kind',
      { kind: 'choice', required: true, maxLength: CODE, width: 12, choices: ASSIGNMENT_KINDS },
      `Jenis penugasan: ${ASSIGNMENT_KINDS.join(', ')}.`,
    ),
    col(
      'Mulai',
      'startsOn',
      { kind: 'date', required: true, maxLength: 30, width: 13 },
      'Tanggal mulai: tanggal Excel, atau teks YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY.',
    ),
    col(
      'Selesai',
      'endsOn',
      { kind: 'date', required: false, maxLength: 30, width: 13 },
      'Tanggal selesai (boleh kosong); tidak boleh sebelum tanggal Mulai.',
    ),
    col(
      'Nomor SK',
      'decreeNumber',
      { kind: 'text', required: false, maxLength: 100, width: 24 },
      'Nomor surat keputusan penugasan.',
    ),
  ],
};

/** The four data sheets in file order. */
export const ORG_SHEETS: readonly OrgSheet[] = [UNIT_SHEET, POSITION_SHEET, EMPLOYEE_SHEET, ASSIGNMENT_SHEET];

/** Name of the instructions sheet (ignored by the parser). */
export const GUIDE_SHEET_NAME = 'Petunjuk';

/** The sheet definition for plan rows of type `Row`. */
export type SheetOf<Row> = OrgSheet<Extract<keyof Row, string>>;

/** The header text of the column filling `key` in `sheet` (for locating problems). */
export function headerOf<Key extends string>(sheet: OrgSheet<Key>, key: Key): string {
  return sheet.columns.find((column) => column.key === key)!.header;
}
