/** Indonesian texts of the e-Office statistics page (`/e-office/statistik`). */
export const idEofficeStats = {
  eofficeStats: {
    title: 'Statistik e-Office',
    link: 'Statistik',
    description: 'Surat masuk dan keluar per bulan, disposisi per unit, dan waktu respons. Hanya jumlah, tanpa perihal surat.',
    year: 'Tahun',
    scopeTenant: 'Cakupan: seluruh perangkat daerah. Terbuka dan terlambat dihitung per {{date}} ({{zone}}).',
    scopeHeaded: 'Cakupan: unit yang Anda pimpin dan unit di bawahnya. Terbuka dan terlambat dihitung per {{date}} ({{zone}}).',
    lettersTitle: 'Surat masuk dan keluar per bulan',
    lettersCaption: 'Jumlah surat masuk (dicatat) dan surat keluar (ditandatangani) per bulan, {{year}}',
    lettersSummary: 'Diagram batang surat per bulan {{year}}: {{incoming}} surat masuk dan {{outgoing}} surat keluar.',
    month: 'Bulan',
    incoming: 'Surat masuk',
    outgoing: 'Surat keluar',
    dispositionsTitle: 'Disposisi terbuka dan terlambat per unit',
    dispositionsNote:
      'Disposisi yang dikirim pada {{year}} ke jabatan di unit itu. Terbuka: belum ditindaklanjuti; terlambat: terbuka dan melewati batas waktu.',
    dispositionsCaption: 'Disposisi per unit penerima, {{year}}',
    dispositionsSummary:
      'Diagram batang bertumpuk disposisi per unit: {{open}} terbuka, {{overdue}} di antaranya terlambat, di {{units}} unit.',
    unit: 'Unit',
    onTime: 'Terbuka, belum lewat batas',
    open: 'Terbuka',
    overdue: 'Terlambat',
    completed: 'Selesai',
    responseTitle: 'Median waktu respons per unit',
    responseNote:
      'Waktu respons: jam sejak disposisi dikirim sampai ditindaklanjuti atau diselesaikan tanpa tindak lanjut. Median dari disposisi yang sudah selesai.',
    responseCaption: 'Median waktu respons disposisi per unit (jam), {{year}}',
    responseSummary: 'Diagram batang median waktu respons per unit dalam jam, {{units}} unit dengan disposisi selesai.',
    medianHours: 'Median (jam)',
    basedOn: 'Jumlah disposisi selesai',
    noMedian: '—',
    empty: 'Belum ada disposisi pada tahun ini.',
  },
};
