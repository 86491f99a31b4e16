/** Indonesian texts of the evidence picker (bukti dukung) of the LKE worksheet. */
export const idEvaluationEvidence = {
  evaluationEvidence: {
    open: 'Tambah bukti dukung',
    title: 'Bukti dukung kriteria {{id}}',
    hint: 'Pilih data yang sudah ada di Pamong. Bukti tersimpan bersama jawaban saat Anda menekan Simpan.',
    kind: 'Jenis bukti',
    search: 'Cari',
    none: 'Tidak ada data yang cocok.',
    full: 'Paling banyak {{count}} bukti per kriteria.',
    done: 'Selesai',
  },
};
