/** Server messages of the Perjanjian Kinerja XLSX file (keys `performance.pkXlsx.…`). */
export const agreementXlsxMessages = {
  id: {
    pkXlsx: {
      indicatorUnknown: 'Indikator "{{value}}" tidak ditemukan di antara indikator perangkat daerah ini.',
      codeAmbiguous: 'Kode Indikator "{{value}}" dipakai lebih dari satu indikator; isi kolom ID Indikator.',
      duplicateItem: 'Indikator "{{value}}" sudah ada di baris {{firstRow}}.',
      budgetNotInAgreement:
        'Baris anggaran "{{value}}" bukan bagian dari perjanjian kinerja ini; kosongkan ID Anggaran untuk menambah baris baru.',
      duplicateBudget: 'ID Anggaran ini sudah ada di baris {{firstRow}}.',
    },
  },
  en: {
    pkXlsx: {
      indicatorUnknown: 'Indicator "{{value}}" is not among the indicators of this agency (OPD).',
      codeAmbiguous: 'Indicator code "{{value}}" is used by more than one indicator; fill in the ID Indikator column.',
      duplicateItem: 'Indicator "{{value}}" already appears in row {{firstRow}}.',
      budgetNotInAgreement:
        'Budget row "{{value}}" is not part of this performance agreement; leave ID Anggaran empty to add a new row.',
      duplicateBudget: 'This budget row ID already appears in row {{firstRow}}.',
    },
  },
};
