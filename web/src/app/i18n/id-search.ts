/** Indonesian texts of letter search (e-Office tab "Cari"). */
export const idSearch = {
  letterSearch: {
    tab: 'Cari',
    formLabel: 'Cari surat',
    label: 'Kata yang dicari',
    hint: 'Nomor, hal, ringkasan, pengirim atau isi PDF surat yang boleh Anda lihat.',
    placeholder: 'mis. jaringan internet kecamatan',
    submit: 'Cari',
    idle: 'Ketik kata lalu tekan Enter atau tombol Cari.',
    caption: 'Hasil pencarian "{{words}}"',
    noResult: 'Tidak ada surat yang cocok dengan "{{words}}".',
    shown_one: '{{count}} surat ditampilkan',
    shown_other: '{{count}} surat ditampilkan',
    loadMore: 'Muat lagi',
    columns: { hal: 'Hal', number: 'Nomor', sender: 'Pengirim', date: 'Tanggal', marks: 'Keterangan' },
    direction: { incoming: 'Surat masuk', outgoing: 'Surat keluar' },
  },
};
