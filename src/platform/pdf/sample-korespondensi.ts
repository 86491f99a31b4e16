import type { NaskahContent, SignerBlock } from './naskah-model.ts';

/** Fictional officials of the sample Dinas Komunikasi dan Informatika Kabupaten Karanganyar. */
export const sampleOfficials = {
  kepalaDinas: {
    capacity: 'definitif',
    jabatan: 'Kepala Dinas Komunikasi dan Informatika',
    name: 'Drs. Bambang Setiawan Nugroho, M.Si.',
    pangkat: 'Pembina Utama Muda (IV/c)',
    nip: '197305121998031004',
  },
  sekretaris: {
    capacity: 'an',
    onBehalfOf: 'Kepala Dinas Komunikasi dan Informatika',
    jabatan: 'Sekretaris',
    name: 'Sri Wahyuningsih, S.Kom., M.T.',
    pangkat: 'Pembina Tingkat I (IV/b)',
    nip: '197808232003122006',
  },
  pltKepalaDinas: {
    capacity: 'plt',
    jabatan: 'Kepala Dinas Komunikasi dan Informatika',
    name: 'Sri Wahyuningsih, S.Kom., M.T.',
    pangkat: 'Pembina Tingkat I (IV/b)',
    nip: '197808232003122006',
  },
  kabidAptika: {
    capacity: 'definitif',
    jabatan: 'Kepala Bidang Aplikasi Informatika',
    name: 'Agus Prasetyo Wibowo, S.T., M.Eng.',
    pangkat: 'Pembina (IV/a)',
    nip: '198201142006041011',
  },
} satisfies Record<string, SignerBlock>;

/** A surat dinas signed a.n. the Kepala Dinas by the Sekretaris, with tembusan and one lampiran. */
export const sampleSuratDinas: NaskahContent = {
  layout: 'korespondensi',
  variant: 'surat_dinas',
  title: 'SURAT DINAS',
  number: '400.14.2/1187/2026',
  place: 'Karanganyar',
  date: '2026-11-28',
  sifat: 'Biasa',
  lampiran: '1 (satu) berkas',
  hal: 'Permohonan Data Titik Akses Internet Desa',
  addressee: ['Camat se-Kabupaten Karanganyar'],
  addresseePlace: 'Karanganyar',
  body: [
    {
      kind: 'paragraph',
      text: 'Dalam rangka pemerataan layanan internet bagi pemerintahan desa sesuai dengan Rencana Induk Sistem Pemerintahan Berbasis Elektronik Kabupaten Karanganyar Tahun 2025–2029, Dinas Komunikasi dan Informatika melaksanakan pemutakhiran data titik akses internet kantor desa dan kelurahan.',
    },
    {
      kind: 'paragraph',
      text: 'Sehubungan dengan hal tersebut, kami mohon Saudara mengoordinasikan pengisian data sesuai format terlampir dengan ketentuan:',
    },
    {
      kind: 'list',
      style: 'numbered',
      items: [
        { text: 'data diisi oleh operator desa/kelurahan dan diverifikasi oleh kecamatan;' },
        {
          text: 'data yang diisi meliputi:',
          children: ['penyedia layanan dan kapasitas bandwidth;', 'jenis perangkat dan kendala layanan;'],
        },
        { text: 'data disampaikan paling lambat tanggal 12 Desember 2026.' },
      ],
    },
    {
      kind: 'paragraph',
      text: 'Demikian atas perhatian dan kerja sama Saudara, kami sampaikan terima kasih.',
    },
  ],
  signers: [sampleOfficials.sekretaris],
  tembusan: ['Bupati Karanganyar (sebagai laporan)', 'Sekretaris Daerah Kabupaten Karanganyar', 'Arsip'],
  attachments: [
    {
      title: 'FORMAT PENDATAAN TITIK AKSES INTERNET KANTOR DESA/KELURAHAN',
      body: [
        {
          kind: 'table',
          header: ['No.', 'Desa/Kelurahan', 'Penyedia Layanan', 'Bandwidth', 'Keterangan'],
          rows: [
            ['1', 'Desa Ngringo', 'PT Telkom Indonesia', '50 Mbps', 'Fiber optik, stabil'],
            ['2', 'Desa Jaten', 'Jaringan intra pemda', '20 Mbps', 'Gangguan saat hujan'],
            ['3', 'Kelurahan Lalung', '', '', 'Diisi operator kelurahan'],
          ],
        },
      ],
    },
  ],
};

/** An undangan (invitation) signed by a Plt. Kepala Dinas, with the time-and-place field table. */
export const sampleUndangan: NaskahContent = {
  layout: 'korespondensi',
  variant: 'undangan',
  title: 'SURAT UNDANGAN',
  number: '000.1.5/1203/2026',
  place: 'Karanganyar',
  date: '2026-11-30',
  sifat: 'Segera',
  lampiran: '-',
  hal: 'Undangan Rapat Koordinasi Penerapan Tanda Tangan Elektronik',
  addressee: ['Kepala Perangkat Daerah', 'se-Kabupaten Karanganyar'],
  addresseePlace: 'Tempat',
  body: [
    {
      kind: 'paragraph',
      text: 'Dalam rangka percepatan penerapan tanda tangan elektronik pada naskah dinas di lingkungan Pemerintah Kabupaten Karanganyar, dengan ini kami mengundang Saudara untuk hadir pada rapat koordinasi yang akan dilaksanakan pada:',
    },
    {
      kind: 'fields',
      rows: [
        { label: 'hari, tanggal', value: 'Kamis, 3 Desember 2026' },
        { label: 'waktu', value: 'pukul 09.00 WIB s.d. selesai' },
        { label: 'tempat', value: 'Ruang Rapat Anthurium, Gedung Sekretariat Daerah Lantai 3, Jalan Lawu Nomor 385 Karanganyar' },
        {
          label: 'acara',
          value: ['paparan kebijakan tanda tangan elektronik;', 'demonstrasi aplikasi Pamong;', 'diskusi dan tindak lanjut.'],
        },
      ],
    },
    {
      kind: 'paragraph',
      text: 'Mengingat pentingnya acara tersebut, kami mohon kehadiran Saudara atau pejabat yang membidangi kesekretariatan dengan membawa laptop. Demikian atas perhatian Saudara, kami sampaikan terima kasih.',
    },
  ],
  signers: [sampleOfficials.pltKepalaDinas],
  tembusan: ['Sekretaris Daerah Kabupaten Karanganyar'],
};

/** A nota dinas from a Kepala Bidang to the Kepala Dinas, marked TERBATAS. */
export const sampleNotaDinas: NaskahContent = {
  layout: 'korespondensi',
  variant: 'nota_dinas',
  title: 'NOTA DINAS',
  number: '000.9/87/Aptika/2026',
  place: 'Karanganyar',
  date: '2026-11-27',
  sifat: 'Terbatas',
  lampiran: '-',
  hal: 'Laporan Hasil Uji Coba Aplikasi Naskah Dinas Elektronik',
  addressee: ['Kepala Dinas Komunikasi dan Informatika'],
  from: 'Kepala Bidang Aplikasi Informatika',
  tembusan: ['Sekretaris Dinas Komunikasi dan Informatika'],
  securityMark: 'Terbatas',
  body: [
    {
      kind: 'paragraph',
      text: 'Menindaklanjuti disposisi Bapak tanggal 2 November 2026 perihal uji coba aplikasi naskah dinas elektronik, bersama ini kami laporkan hal-hal sebagai berikut:',
    },
    {
      kind: 'list',
      style: 'lettered',
      items: [
        { text: 'uji coba dilaksanakan pada 4 (empat) perangkat daerah selama 3 (tiga) minggu dengan 412 naskah keluar;' },
        { text: 'seluruh naskah berhasil ditandatangani secara elektronik dan dapat diverifikasi melalui kode QR;' },
        { text: 'kendala utama adalah pendaftaran NIK pejabat pada penyelenggara sertifikasi elektronik.' },
      ],
    },
    {
      kind: 'paragraph',
      text: 'Sehubungan dengan hal tersebut, kami mohon arahan Bapak untuk perluasan penerapan aplikasi ke seluruh perangkat daerah mulai Januari 2027.',
    },
    { kind: 'paragraph', text: 'Demikian kami sampaikan, mohon arahan lebih lanjut.' },
  ],
  signers: [sampleOfficials.kabidAptika],
};
