/**
 * Text for generated letters: Indonesian subjects and summaries whose words follow a Zipf-like law (a few words in
 * most letters, a long tail of place names that occur a handful of times), from a seeded PRNG so one seed always
 * gives the same corpus. FICTIONAL data for benchmarks only.
 */
import { RARE_WORD } from './letter-generator.ts';

/** A small deterministic PRNG (mulberry32) returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws indexes 0..n-1 with probability ∝ 1/(rank+1)^s (rank 0 most likely). */
export function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / (i + 1) ** s;
    cdf[i] = total;
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Kinds of letters, most frequent first. */
const KINDS = ['Undangan', 'Permohonan', 'Pemberitahuan', 'Laporan', 'Penyampaian', 'Usulan', 'Permintaan', 'Edaran'];

/** Government vocabulary, roughly most frequent first (Zipf rank = position). */
const WORDS = `rapat koordinasi pelaksanaan kegiatan anggaran tahun daerah pembangunan data pelayanan masyarakat
  penyusunan rencana kerja pegawai evaluasi kinerja desa pengadaan barang jasa verifikasi kependudukan pembinaan
  aparatur sipil negara monitoring penyaluran bantuan sosial sosialisasi peraturan bupati penanggulangan bencana banjir
  pemeliharaan jaringan irigasi perbaikan jalan kesehatan peningkatan mutu pendidikan dasar pengelolaan keuangan
  pelatihan teknis bimbingan inventarisasi aset pendataan keluarga miskin stunting imunisasi posyandu puskesmas
  sekolah guru honorer tunjangan gaji berkala kenaikan pangkat mutasi pensiun cuti tahunan perjalanan dinas
  lelang tender kontrak swakelola pajak retribusi pendapatan belanja hibah perubahan realisasi triwulan semester
  pengawasan inspeksi audit temuan tindak lanjut rekomendasi pengaduan keberatan informasi publik arsip dokumen
  perizinan usaha mikro koperasi pasar tradisional pertanian pupuk bibit ternak perikanan kehutanan lingkungan
  sampah limbah air bersih sanitasi perumahan permukiman tata ruang pertanahan sertifikat transportasi terminal
  pariwisata kebudayaan olahraga pemuda perempuan anak disabilitas lansia ketenagakerjaan pencari kerja
  ketertiban umum satpol kebakaran pemilihan kepala badan permusyawaratan musrenbang dana alokasi khusus
  penetapan daftar pemilih rekapitulasi pengesahan peresmian kunjungan kerja upacara peringatan hari jadi`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = ['nga', 'ri', 'so', 'ka', 'ja', 'ten', 'ba', 'lung', 'ge', 'dang', 'tas', 'ma', 'du', 'wo', 'no', 'gi'];

/** Place names (desa/kelurahan) built from syllables: thousands, each rare. */
function placeNames(count: number, random: () => number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const parts = 2 + Math.floor(random() * 2);
    let name = '';
    for (let i = 0; i < parts; i++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    names.add(name[0].toUpperCase() + name.slice(1));
  }
  return [...names];
}

/** How often the rare word (the search bench's RARE_WORD) occurs: one letter in this many. */
export const RARE_EVERY = 20_000;
/** The most frequent word of subjects (Zipf rank 1). */
export const TOP_SUBJECT_WORD = WORDS[0] as string;

/** Generates hal and summary texts; the same seed gives the same sequence. */
export function letterTexts(seed = 3313): { hal: (n: number) => string; summary: () => string } {
  const random = seededRandom(seed);
  const places = placeNames(4000, random);
  const word = zipfSampler(WORDS.length, 1.0, random);
  const kind = zipfSampler(KINDS.length, 0.8, random);
  const place = zipfSampler(places.length, 1.1, random);
  const words = (count: number) => Array.from({ length: count }, () => WORDS[word()]).join(' ');
  return {
    hal(n) {
      const rare = n % RARE_EVERY === 7 ? ` ${RARE_WORD}` : '';
      return `${KINDS[kind()]} ${words(3 + Math.floor(random() * 4))} di Desa ${places[place()]}${rare}`;
    },
    summary() {
      return `Mohon ditindaklanjuti: ${words(6 + Math.floor(random() * 8))}.`;
    },
  };
}
