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
    tabs: { pick: 'Pilih data Pamong', upload: 'Unggah berkas' },
    upload: {
      hint: 'Berkas langsung tersimpan sebagai bukti kriteria ini (tidak perlu menekan Simpan).',
      file: 'Berkas bukti',
      types: 'PDF, JPEG atau PNG.',
      send: 'Unggah berkas',
      sending: 'Mengunggah berkas',
      done: 'Berkas {{name}} diunggah.',
      none: 'Belum ada berkas untuk kriteria ini.',
      list: 'Berkas bukti kriteria ini',
      remove: 'Hapus berkas {{name}}',
      removed: 'Berkas {{name}} dihapus.',
      side: { unit: 'Diunggah perangkat daerah', evaluator: 'Diunggah evaluator' },
    },
  },
};
