import type { NaskahContent } from './naskah-model.ts';
import { sampleOfficials } from './sample-korespondensi.ts';

/** A surat tugas: Dasar, the officers assigned, and what they are to do. */
export const sampleSuratTugas: NaskahContent = {
  layout: 'title_block',
  title: 'SURAT TUGAS',
  number: '000.1.2.3/415/2026',
  place: 'Karanganyar',
  date: '2026-11-25',
  body: [
    {
      kind: 'fields',
      rows: [
        {
          label: 'Dasar',
          listStyle: 'numbered',
          value: [
            'Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di Lingkungan Pemerintah Daerah;',
            'Surat Kepala Badan Siber dan Sandi Negara Nomor B-2214/BSrE/11/2026 tanggal 16 November 2026 hal Bimbingan Teknis Sertifikat Elektronik.',
          ],
        },
      ],
    },
    { kind: 'heading', text: 'MEMBERI TUGAS', align: 'center' },
    {
      kind: 'fields',
      rows: [
        {
          label: 'Kepada',
          listStyle: 'numbered',
          value: [
            'Nama: Dewi Lestari Rahayu, S.Sos.; NIP. 198506172010012015; Jabatan: Pranata Komputer Ahli Muda',
            'Nama: Rudi Hartono, A.Md.; NIP. 199003052015031002; Jabatan: Pranata Komputer Terampil',
          ],
        },
        {
          label: 'Untuk',
          value:
            'mengikuti Bimbingan Teknis Pengelolaan Sertifikat Elektronik pada tanggal 7 s.d. 9 Desember 2026 di Balai Sertifikasi Elektronik, Jakarta, dan melaporkan hasilnya kepada Kepala Dinas paling lambat 7 (tujuh) hari setelah kegiatan.',
        },
      ],
    },
    { kind: 'paragraph', text: 'Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.' },
  ],
  signers: [sampleOfficials.kepalaDinas],
};

/** A keputusan of the Kepala Dinas forming a team, with Menimbang/Mengingat, diktum and a lampiran table. */
export const sampleKeputusan: NaskahContent = {
  layout: 'title_block',
  title: 'KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN KARANGANYAR',
  number: '100.3.3.2/27/2026',
  about: 'PEMBENTUKAN TIM PENGELOLA NASKAH DINAS ELEKTRONIK TAHUN 2027',
  place: 'Karanganyar',
  date: '2026-12-01',
  body: [
    { kind: 'heading', text: 'KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN KARANGANYAR,', align: 'center' },
    {
      kind: 'fields',
      rows: [
        {
          label: 'Menimbang',
          value: [
            'bahwa untuk tertib pengelolaan naskah dinas elektronik perlu dibentuk tim pengelola;',
            'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Dinas tentang Pembentukan Tim Pengelola Naskah Dinas Elektronik Tahun 2027;',
          ],
        },
        {
          label: 'Mengingat',
          listStyle: 'numbered',
          value: [
            'Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di Lingkungan Pemerintah Daerah;',
            'Peraturan Menteri Dalam Negeri Nomor 83 Tahun 2022 tentang Kode Klasifikasi Arsip di Lingkungan Kementerian Dalam Negeri dan Pemerintah Daerah.',
          ],
        },
      ],
    },
    { kind: 'heading', text: 'MEMUTUSKAN:', align: 'center' },
    {
      kind: 'fields',
      rows: [
        {
          label: 'Menetapkan',
          value:
            'KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA TENTANG PEMBENTUKAN TIM PENGELOLA NASKAH DINAS ELEKTRONIK TAHUN 2027.',
        },
        {
          label: 'KESATU',
          value: 'Membentuk Tim Pengelola Naskah Dinas Elektronik dengan susunan sebagaimana tercantum dalam Lampiran.',
        },
        {
          label: 'KEDUA',
          value: 'Tim bertugas mengelola akun, penomoran, dan arsip naskah dinas.',
        },
        { label: 'KETIGA', value: 'Keputusan ini mulai berlaku pada tanggal ditetapkan.' },
      ],
    },
  ],
  signers: [sampleOfficials.kepalaDinas],
  attachments: [
    {
      title: 'SUSUNAN TIM PENGELOLA NASKAH DINAS ELEKTRONIK',
      body: [
        {
          kind: 'table',
          header: ['No.', 'Nama', 'Jabatan', 'Kedudukan dalam Tim'],
          rows: [
            ['1', 'Sri Wahyuningsih, S.Kom., M.T.', 'Sekretaris', 'Ketua'],
            ['2', 'Agus Prasetyo Wibowo, S.T., M.Eng.', 'Kepala Bidang Aplikasi Informatika', 'Wakil Ketua'],
            ['3', 'Dewi Lestari Rahayu, S.Sos.', 'Pranata Komputer Ahli Muda', 'Sekretaris'],
            ['4', 'Rudi Hartono, A.Md.', 'Pranata Komputer Terampil', 'Anggota'],
          ],
        },
      ],
    },
  ],
};

/** A pengumuman signed u.b. by a Kepala Subbagian. */
export const samplePengumuman: NaskahContent = {
  layout: 'title_block',
  title: 'PENGUMUMAN',
  number: '800.1.2.2/1219/2026',
  about: 'JADWAL PELAYANAN SELAMA LIBUR AKHIR TAHUN 2026',
  place: 'Karanganyar',
  date: '2026-12-14',
  body: [
    {
      kind: 'paragraph',
      text: 'Sehubungan dengan cuti bersama dan libur akhir tahun 2026, bersama ini diumumkan bahwa layanan Dinas Komunikasi dan Informatika Kabupaten Karanganyar diselenggarakan dengan ketentuan sebagai berikut:',
    },
    {
      kind: 'list',
      style: 'numbered',
      items: [
        { text: 'layanan pengaduan dan jaringan tetap buka setiap hari pukul 08.00–16.00 WIB;' },
        { text: 'layanan tatap muka ditutup pada tanggal 24 s.d. 26 Desember 2026 dan 31 Desember 2026;' },
        { text: 'permohonan sertifikat elektronik dapat diajukan secara daring melalui aplikasi Pamong.' },
      ],
    },
    { kind: 'paragraph', text: 'Demikian pengumuman ini untuk diketahui dan menjadi perhatian.' },
  ],
  signers: [
    {
      capacity: 'ub',
      onBehalfOf: 'Kepala Dinas Komunikasi dan Informatika',
      via: 'Sekretaris',
      jabatan: 'Kepala Subbagian Umum dan Kepegawaian',
      name: 'Hendra Kurniawan, S.E.',
      pangkat: 'Penata Tingkat I (III/d)',
      nip: '198709112011011003',
    },
  ],
};

/** A berita acara serah terima with two parties side by side and a third signer who acknowledges it. */
export const sampleBeritaAcara: NaskahContent = {
  layout: 'title_block',
  title: 'BERITA ACARA SERAH TERIMA BARANG MILIK DAERAH',
  number: '000.2.3.2/56/2026',
  place: 'Karanganyar',
  date: '2026-12-10',
  body: [
    {
      kind: 'paragraph',
      text: 'Pada hari ini Kamis tanggal sepuluh bulan Desember tahun dua ribu dua puluh enam, kami yang bertanda tangan di bawah ini telah melaksanakan serah terima barang milik daerah berupa perangkat jaringan dengan rincian sebagai berikut:',
    },
    {
      kind: 'table',
      header: ['No.', 'Nama Barang', 'Merek/Tipe', 'Jumlah', 'Kondisi'],
      rows: [
        ['1', 'Router inti', 'MikroTik CCR2004', '2 unit', 'Baik'],
        ['2', 'Access point luar ruang', 'Ubiquiti UAP-AC-M', '12 unit', 'Baik'],
        ['3', 'Server rak', 'Dell PowerEdge R650', '1 unit', 'Baik'],
      ],
    },
    {
      kind: 'paragraph',
      text: 'Demikian berita acara ini dibuat dalam rangkap 2 (dua) untuk dipergunakan sebagaimana mestinya.',
    },
  ],
  signers: [
    { ...sampleOfficials.kabidAptika },
    {
      capacity: 'definitif',
      jabatan: 'Kepala Bidang Persandian dan Statistik',
      name: 'Ir. Yuliana Puspitasari, M.M.',
      pangkat: 'Pembina (IV/a)',
      nip: '197911302005012008',
    },
    { ...sampleOfficials.kepalaDinas },
  ],
};
