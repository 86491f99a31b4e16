/**
 * Message templates for every `import.*` problem key the organisation XLSX parser reports, in i18next style
 * (`{{param}}`). The HTTP layer merges them into its translations. Every problem also carries sheet, row and
 * column, so the texts do not repeat the location unless it helps.
 */

/** Every problem key the parser may report. */
export const IMPORT_PROBLEM_KEYS = [
  'import.fileUnreadable',
  'import.sheetMissing',
  'import.headerMismatch',
  'import.required',
  'import.nipFormat',
  'import.nikFormat',
  'import.digitsAsNumber',
  'import.emailFormat',
  'import.unknownValue',
  'import.dateFormat',
  'import.dateOrder',
  'import.duplicate',
  'import.unknownParent',
  'import.unknownUnit',
  'import.unknownPosition',
  'import.unknownEmployee',
  'import.cycle',
  'import.duplicateHead',
  'import.invalidText',
  'import.tooLong',
  'import.codeFormat',
  'import.cellError',
  'import.tooManyRows',
  'import.unknownRegion',
] as const;

/** One of the keys in IMPORT_PROBLEM_KEYS. */
export type ImportProblemKey = (typeof IMPORT_PROBLEM_KEYS)[number];

/** Indonesian (`id`, the default) and English (`en`) templates for each problem key. */
export const problemMessages: { id: Record<ImportProblemKey, string>; en: Record<ImportProblemKey, string> } = {
  id: {
    'import.fileUnreadable': 'Berkas tidak dapat dibaca sebagai XLSX. Simpan ulang sebagai Excel Workbook (.xlsx) dari templat.',
    'import.sheetMissing': 'Lembar "{{sheet}}" tidak ditemukan',
    'import.headerMismatch': 'Judul kolom seharusnya "{{expected}}", ditemukan "{{found}}"',
    'import.required': 'Kolom {{column}} wajib diisi',
    'import.nipFormat': 'NIP harus 18 digit angka (ditemukan "{{value}}")',
    'import.nikFormat': 'NIK harus 16 digit angka (ditemukan "{{value}}")',
    'import.digitsAsNumber':
      '{{column}} tersimpan sebagai angka sehingga digit terakhirnya hilang (Excel hanya menyimpan 15 digit). Format kolom sebagai Teks lalu ketik ulang.',
    'import.emailFormat': 'Alamat email tidak valid: "{{value}}"',
    'import.unknownValue': 'Nilai "{{value}}" tidak dikenal untuk {{column}}; pilih salah satu dari: {{allowed}}',
    'import.dateFormat': 'Tanggal tidak valid: "{{value}}" (gunakan tanggal Excel atau YYYY-MM-DD / DD-MM-YYYY / DD/MM/YYYY)',
    'import.dateOrder': 'Tanggal selesai ({{end}}) tidak boleh sebelum tanggal mulai ({{start}})',
    'import.duplicate': '{{column}} "{{value}}" sudah dipakai di baris {{firstRow}}',
    'import.unknownParent': 'Kode Induk "{{code}}" tidak ada di lembar Unit',
    'import.unknownUnit': 'Kode Unit "{{code}}" tidak ada di lembar Unit',
    'import.unknownPosition': 'Kode Jabatan "{{code}}" tidak ada di lembar Jabatan',
    'import.unknownEmployee': 'NIP "{{nip}}" tidak ada di lembar Pegawai',
    'import.cycle': 'Susunan induk unit berputar: {{codes}}',
    'import.unknownRegion': 'Unit {{unit}}: kode wilayah "{{code}}" bukan kecamatan, desa atau kelurahan di pemda ini',
    'import.duplicateHead': 'Unit "{{unit}}" sudah punya jabatan Kepala Unit di baris {{firstRow}}',
    'import.invalidText': '{{column}} berisi karakter kontrol atau karakter tak terlihat yang tidak diizinkan',
    'import.tooLong': '{{column}} terlalu panjang ({{length}} karakter, paling banyak {{max}})',
    'import.codeFormat': 'Kode "{{value}}" hanya boleh berisi huruf, angka, dan tanda . - _ /',
    'import.cellError': 'Sel berisi galat rumus {{value}}',
    'import.tooManyRows': 'Berkas berisi terlalu banyak baris (paling banyak {{max}} per lembar)',
  },
  en: {
    'import.fileUnreadable':
      'The file could not be read as an XLSX workbook. Save it again as an Excel Workbook (.xlsx) from the template.',
    'import.sheetMissing': 'Sheet "{{sheet}}" is missing',
    'import.headerMismatch': 'Column header should be "{{expected}}", found "{{found}}"',
    'import.required': '{{column}} is required',
    'import.nipFormat': 'NIP must be 18 digits (found "{{value}}")',
    'import.nikFormat': 'NIK must be 16 digits (found "{{value}}")',
    'import.digitsAsNumber':
      '{{column}} is stored as a number, so its last digits were lost (Excel keeps only 15 digits). Format the column as Text and type it again.',
    'import.emailFormat': 'Invalid email address: "{{value}}"',
    'import.unknownValue': 'Unknown value "{{value}}" for {{column}}; use one of: {{allowed}}',
    'import.dateFormat': 'Invalid date: "{{value}}" (use an Excel date or YYYY-MM-DD / DD-MM-YYYY / DD/MM/YYYY)',
    'import.dateOrder': 'End date ({{end}}) must not be before start date ({{start}})',
    'import.duplicate': '{{column}} "{{value}}" is already used in row {{firstRow}}',
    'import.unknownParent': 'Parent code "{{code}}" is not in the Unit sheet',
    'import.unknownUnit': 'Unit code "{{code}}" is not in the Unit sheet',
    'import.unknownPosition': 'Position code "{{code}}" is not in the Jabatan sheet',
    'import.unknownEmployee': 'NIP "{{nip}}" is not in the Pegawai sheet',
    'import.cycle': 'Unit parents form a loop: {{codes}}',
    'import.unknownRegion': 'Unit {{unit}}: area code "{{code}}" is not a kecamatan, desa or kelurahan of this regency',
    'import.duplicateHead': 'Unit "{{unit}}" already has a head position in row {{firstRow}}',
    'import.invalidText': '{{column}} contains control or invisible characters that are not allowed',
    'import.tooLong': '{{column}} is too long ({{length}} characters, at most {{max}})',
    'import.codeFormat': 'Code "{{value}}" may contain only letters, digits and . - _ /',
    'import.cellError': 'The cell holds a formula error {{value}}',
    'import.tooManyRows': 'The file has too many rows (at most {{max}} per sheet)',
  },
};
