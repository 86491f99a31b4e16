/** Teks Indonesia tombol ekspor/impor XLSX Perjanjian Kinerja (sisanya dari esakipXlsx). */
export const idEsakipPkXlsx = {
  esakipPkXlsx: {
    download: 'Unduh XLSX perjanjian kinerja',
    file: 'Berkas XLSX perjanjian kinerja untuk diimpor (target dan anggaran)',
    draftOnly: 'Target dan anggaran hanya dapat diimpor dari XLSX selama perjanjian kinerja masih draf.',
  },
};
