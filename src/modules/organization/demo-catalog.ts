/**
 * The perangkat daerah (OPD) of the demo regency, modelled on a typical SOTK after the 2021-2022
 * simplification of the bureaucracy: a Sekretariat and 2-4 Bidang per dinas/badan, staff largely in
 * functional positions (JF). Names are realistic; the regency using them is fictional.
 */
import type { Field } from './demo-titles.ts';

/** One sub-unit of an OPD (bidang, bagian, inspektur pembantu). */
export interface SectionSpec {
  /** Short code; prefixed with the OPD code unless the OPD says its codes are global. */
  code: string;
  name: string;
  /** Field of the sub-unit when it differs from its OPD (e.g. Bagian Hukum in the Setda). */
  field?: Field;
}

/** One OPD directly under the regional head. */
export interface OpdSpec {
  code: string;
  name: string;
  kind: 'sekretariat' | 'dinas' | 'badan' | 'inspektorat';
  field: Field;
  /** Title of the head position; `Kepala <name>` when absent. */
  head?: string;
  /** Eselon of the head; II.b when absent. */
  headEchelon?: string;
  /** Whether the OPD has its own Sekretariat with a Subbagian Umum dan Kepegawaian. */
  hasSekretariat: boolean;
  sectionKind: 'bidang' | 'bagian' | 'lainnya';
  /** True when section codes are used as they are (the Setda bagian: `ORG`, `UMUM`, `HUKUM`). */
  globalSectionCodes?: boolean;
  /** Sections as `CODE: Name` or `CODE: Name: field`, separated by `|`. */
  sections: string;
  /** Functional positions (JF) typical of the OPD, comma-separated. */
  functional: string;
  /** Further positions in the OPD's own unit (the Setda's Asisten), eselon II.b, comma-separated. */
  deputies?: string;
}

/** The OPD list; order is the order of the organisation chart. */
export const OPD_SPECS: readonly OpdSpec[] = [
  {
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    kind: 'sekretariat',
    field: 'governance',
    head: 'Sekretaris Daerah',
    headEchelon: 'II.a',
    hasSekretariat: false,
    sectionKind: 'bagian',
    globalSectionCodes: true,
    sections:
      'PEM: Bagian Pemerintahan | KESRA: Bagian Kesejahteraan Rakyat | HUKUM: Bagian Hukum: law | ' +
      'EKON: Bagian Perekonomian dan Sumber Daya Alam: finance | ADPEM: Bagian Administrasi Pembangunan: engineering | ' +
      'PBJ: Bagian Pengadaan Barang dan Jasa: engineering | ORG: Bagian Organisasi | UMUM: Bagian Umum: general | ' +
      'PROKOPIM: Bagian Protokol dan Komunikasi Pimpinan: general',
    functional: 'Analis Kebijakan Ahli Muda, Analis Hukum Ahli Pertama, Perancang Peraturan Perundang-undangan Ahli Muda',
    deputies: 'Asisten Pemerintahan dan Kesejahteraan Rakyat, Asisten Perekonomian dan Pembangunan, Asisten Administrasi Umum',
  },
  {
    code: 'SETWAN',
    name: 'Sekretariat DPRD',
    kind: 'sekretariat',
    field: 'general',
    head: 'Sekretaris DPRD',
    hasSekretariat: false,
    sectionKind: 'bagian',
    sections:
      'UMKEU: Bagian Umum dan Keuangan: finance | SIDANG: Bagian Persidangan dan Perundang-undangan: law | ' +
      'FASGAR: Bagian Fasilitasi Penganggaran dan Pengawasan',
    functional: 'Analis Kebijakan Ahli Pertama, Perancang Peraturan Perundang-undangan Ahli Pertama',
  },
  {
    code: 'INSPEKTORAT',
    name: 'Inspektorat',
    kind: 'inspektorat',
    field: 'finance',
    head: 'Inspektur',
    hasSekretariat: true,
    sectionKind: 'lainnya',
    sections:
      'IRBAN1: Inspektur Pembantu Wilayah I | IRBAN2: Inspektur Pembantu Wilayah II | ' +
      'IRBAN3: Inspektur Pembantu Wilayah III | IRBAN4: Inspektur Pembantu Wilayah IV',
    functional: 'Auditor Ahli Muda, Auditor Ahli Pertama, Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama',
  },
  opd(
    'BAPPEDA | badan | general | Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
    'PPEPD: Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah | PPM: Pemerintahan dan Pembangunan Manusia | ' +
      'EKONINFRA: Perekonomian, Infrastruktur dan Kewilayahan | RIDA: Riset dan Inovasi Daerah',
    'Perencana Ahli Muda, Perencana Ahli Pertama, Peneliti Ahli Pertama',
  ),
  opd(
    'BKPSDM | badan | governance | Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    'PPI: Pengadaan, Pemberhentian dan Informasi | MUTASI: Mutasi dan Promosi | BANGKOM: Pengembangan Kompetensi Aparatur',
    'Analis Sumber Daya Manusia Aparatur Ahli Muda, Analis Sumber Daya Manusia Aparatur Ahli Pertama',
  ),
  opd(
    'BPKPAD | badan | finance | Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah',
    'ANGGARAN: Anggaran | PERBEND: Perbendaharaan dan Akuntansi | PENDAPATAN: Pendapatan Daerah | ASET: Aset Daerah',
    'Analis Keuangan Pusat dan Daerah Ahli Muda, Analis Keuangan Pusat dan Daerah Ahli Pertama, Penilai Pemerintah Ahli Pertama',
  ),
  opd(
    'BPBD | badan | general | Badan Penanggulangan Bencana Daerah',
    'PK: Pencegahan dan Kesiapsiagaan | KL: Kedaruratan dan Logistik | RR: Rehabilitasi dan Rekonstruksi',
    'Analis Kebencanaan Ahli Pertama, Analis Kebijakan Ahli Pertama',
    'Kepala Pelaksana Badan Penanggulangan Bencana Daerah',
  ),
  opd(
    'KESBANGPOL | badan | governance | Badan Kesatuan Bangsa dan Politik',
    'IDEOLOGI: Ideologi, Wawasan Kebangsaan dan Karakter Bangsa | POLDAGRI: Politik Dalam Negeri dan Organisasi Kemasyarakatan | ' +
      'KETAHANAN: Ketahanan Ekonomi, Sosial, Budaya, Agama dan Penanganan Konflik',
    'Analis Kebijakan Ahli Muda, Analis Kebijakan Ahli Pertama',
  ),
  opd(
    'DISDIKBUD | dinas | education | Dinas Pendidikan dan Kebudayaan',
    'SD: Pembinaan Sekolah Dasar | SMP: Pembinaan Sekolah Menengah Pertama | ' +
      'PAUDNI: Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal | BUD: Kebudayaan',
    'Pengawas Sekolah Ahli Madya, Pamong Belajar Ahli Pertama, Pamong Budaya Ahli Muda',
  ),
  opd(
    'DINKES | dinas | health | Dinas Kesehatan',
    'KESMAS: Kesehatan Masyarakat | P2P: Pencegahan dan Pengendalian Penyakit | YANSDK: Pelayanan dan Sumber Daya Kesehatan',
    'Administrator Kesehatan Ahli Muda, Epidemiolog Kesehatan Ahli Pertama, Perawat Ahli Pertama, Dokter Ahli Pertama',
  ),
  opd(
    'DPUPR | dinas | engineering | Dinas Pekerjaan Umum dan Penataan Ruang',
    'BM: Bina Marga | SDA: Sumber Daya Air | CK: Cipta Karya | TR: Penataan Ruang',
    'Teknik Jalan dan Jembatan Ahli Muda, Teknik Pengairan Ahli Pertama, Penata Ruang Ahli Pertama',
  ),
  opd(
    'DISPERKIM | dinas | engineering | Dinas Perumahan dan Kawasan Permukiman',
    'RUMAH: Perumahan | KAWASAN: Kawasan Permukiman | TANAH: Pertanahan',
    'Teknik Tata Bangunan dan Perumahan Ahli Pertama, Penata Kelola Pertanahan Ahli Pertama',
  ),
  opd(
    'SATPOLPP | dinas | law | Satuan Polisi Pamong Praja',
    'GAKDA: Penegakan Peraturan Daerah | TIBUM: Ketertiban Umum dan Ketenteraman Masyarakat | LINMAS: Perlindungan Masyarakat',
    'Polisi Pamong Praja Ahli Pertama, Polisi Pamong Praja Terampil, Polisi Pamong Praja Mahir',
  ),
  opd(
    'DINSOS | dinas | general | Dinas Sosial',
    'REHSOS: Rehabilitasi Sosial | LINJAMSOS: Perlindungan dan Jaminan Sosial | DAYASOS: Pemberdayaan Sosial dan Penanganan Fakir Miskin',
    'Pekerja Sosial Ahli Pertama, Penyuluh Sosial Ahli Muda',
  ),
  opd(
    'DISNAKERTRANS | dinas | general | Dinas Tenaga Kerja dan Transmigrasi',
    'PENTA: Penempatan Tenaga Kerja dan Transmigrasi | LATTAS: Pelatihan dan Produktivitas | HI: Hubungan Industrial dan Jaminan Sosial',
    'Mediator Hubungan Industrial Ahli Muda, Pengantar Kerja Ahli Pertama',
  ),
  opd(
    'DP3AKB | dinas | general | Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana',
    'PPPA: Pemberdayaan Perempuan dan Perlindungan Anak | DALDUKKB: Pengendalian Penduduk dan Keluarga Berencana',
    'Penyuluh Keluarga Berencana Ahli Muda, Analis Kebijakan Ahli Pertama',
  ),
  opd(
    'DISPANGAN | dinas | agriculture | Dinas Pangan',
    'KETERSEDIAAN: Ketersediaan dan Kerawanan Pangan | DISTRIBUSI: Distribusi dan Cadangan Pangan | KONSUMSI: Konsumsi dan Keamanan Pangan',
    'Analis Ketahanan Pangan Ahli Muda, Pengawas Mutu Hasil Pertanian Ahli Pertama',
  ),
  opd(
    'DLH | dinas | engineering | Dinas Lingkungan Hidup',
    'TALING: Tata Lingkungan | PPKL: Pengendalian Pencemaran dan Kerusakan Lingkungan | SAMPAH: Pengelolaan Sampah dan Limbah B3',
    'Pengendali Dampak Lingkungan Ahli Muda, Pengawas Lingkungan Hidup Ahli Pertama',
  ),
  opd(
    'DISDUKCAPIL | dinas | it | Dinas Kependudukan dan Pencatatan Sipil',
    'DAFDUK: Pelayanan Pendaftaran Penduduk | CAPIL: Pelayanan Pencatatan Sipil | ' +
      'PIAK: Pengelolaan Informasi Administrasi Kependudukan dan Pemanfaatan Data',
    'Administrator Database Kependudukan Ahli Pertama, Pranata Komputer Ahli Pertama',
  ),
  opd(
    'DPMD | dinas | governance | Dinas Pemberdayaan Masyarakat dan Desa',
    'PEMDES: Pemerintahan Desa | KAD: Keuangan dan Aset Desa | PM: Pemberdayaan Masyarakat | BANGDES: Pembangunan Desa dan Kawasan Perdesaan',
    'Penggerak Swadaya Masyarakat Ahli Muda, Analis Kebijakan Ahli Pertama, Penggerak Swadaya Masyarakat Ahli Pertama',
  ),
  opd(
    'DISHUB | dinas | engineering | Dinas Perhubungan',
    'LLA: Lalu Lintas dan Angkutan | SARPRAS: Sarana dan Prasarana | DALOPS: Pengendalian dan Operasional',
    'Penguji Kendaraan Bermotor Ahli Pertama, Penguji Kendaraan Bermotor Terampil',
  ),
  opd(
    'DISKOMINFO | dinas | it | Dinas Komunikasi dan Informatika',
    'IKP: Informasi dan Komunikasi Publik | APTIKA: Aplikasi Informatika | STATSAN: Statistik dan Persandian',
    'Pranata Komputer Ahli Muda, Pranata Hubungan Masyarakat Ahli Pertama, Statistisi Ahli Pertama, Sandiman Ahli Pertama',
  ),
  opd(
    'DPMPTSP | dinas | general | Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    'PM: Penanaman Modal | YANIZIN: Pelayanan Perizinan dan Nonperizinan | DUAN: Pengaduan, Kebijakan dan Pelaporan Layanan',
    'Penata Perizinan Ahli Muda, Penata Perizinan Ahli Pertama',
  ),
  opd(
    'DISTAN | dinas | agriculture | Dinas Pertanian',
    'TPH: Tanaman Pangan dan Hortikultura | BUN: Perkebunan | NAKKESWAN: Peternakan dan Kesehatan Hewan | PSP: Prasarana, Sarana dan Penyuluhan',
    'Penyuluh Pertanian Ahli Muda, Penyuluh Pertanian Terampil, Medik Veteriner Ahli Pertama',
  ),
  opd(
    'DISDAGKOPUKM | dinas | finance | Dinas Perdagangan, Koperasi dan Usaha Kecil dan Menengah',
    'DAG: Perdagangan | KOP: Koperasi | UKM: Usaha Kecil dan Menengah | PASAR: Pengelolaan Pasar',
    'Analis Perdagangan Ahli Pertama, Pengawas Koperasi Ahli Muda, Penera Ahli Pertama',
  ),
  opd(
    'DISPARPORA | dinas | general | Dinas Pariwisata, Pemuda dan Olahraga',
    'DESTINASI: Destinasi dan Industri Pariwisata | PEMASARAN: Pemasaran Pariwisata dan Ekonomi Kreatif | PORA: Kepemudaan dan Olahraga',
    'Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Muda, Analis Kebijakan Ahli Pertama',
  ),
  opd(
    'DISPERPUSIP | dinas | general | Dinas Perpustakaan dan Kearsipan',
    'PUS: Perpustakaan | ARSIP: Kearsipan',
    'Pustakawan Ahli Muda, Arsiparis Ahli Pertama, Arsiparis Terampil',
  ),
];

/**
 * A regular dinas/badan with a Sekretariat and bidang, from `CODE | kind | field | Name`; bidang names get
 * the `Bidang ` prefix.
 */
function opd(header: string, bidang: string, functional: string, head?: string): OpdSpec {
  const [code, kind, field, name] = header.split('|').map((part) => part.trim()) as [string, 'dinas' | 'badan', Field, string];
  const sections = bidang
    .split('|')
    .map((entry) => entry.replace(/:\s*/, ': Bidang '))
    .join('|');
  return { code, name, kind, field, head, hasSekretariat: true, sectionKind: 'bidang', sections, functional };
}

/** Splits an OPD's `sections` text into section specs. */
export function sectionsOf(spec: OpdSpec): SectionSpec[] {
  return spec.sections.split('|').map((entry) => {
    const [code, name, field] = entry.split(':').map((part) => part.trim());
    return { code, name, ...(field ? { field: field as Field } : {}) };
  });
}

/** Splits a comma-separated list of position names. */
export function namesOf(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}
