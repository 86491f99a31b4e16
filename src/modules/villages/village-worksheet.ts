/**
 * The default Sakip Desa evaluation worksheet (lembar kerja evaluasi desa) as data in the evaluation engine's
 * EvaluationTemplate shape, drawn from the domain notes §5.1: the cycle perencanaan → perjanjian kinerja → pengukuran
 * → pelaporan → evaluasi, and the three results every RPJMDes carries (kemiskinan, stunting, pelayanan publik).
 * The category bands (A–D) are tenant settings (`DEFAULT_VILLAGE_BANDS`); `villagePredikatTable` turns them into the
 * engine's predikat table so the engine's validation and band lookup apply unchanged.
 */
import { type EvaluationTemplate, type PredikatTable, ScoreDecimal } from '../evaluation/index.ts';
import { DEFAULT_VILLAGE_BANDS, type VillageBand, type VillageBandSettings } from './ranking/index.ts';

const yt = 'yt' as const;
const abcde = 'abcde' as const;

/** Quarters reported: all four (1), three, two, one, none (0). */
const QUARTERS = {
  options: [
    { code: '4', label: '4 triwulan', value: '1' },
    { code: '3', label: '3 triwulan', value: '0.75' },
    { code: '2', label: '2 triwulan', value: '0.5' },
    { code: '1', label: '1 triwulan', value: '0.25' },
    { code: '0', label: 'Tidak ada', value: '0' },
  ],
};

const mean = 'mean' as const;

/** Sakip Desa worksheet, default version; weights 30 + 25 + 20 + 10 + 15 = 100. */
export const VILLAGE_WORKSHEET: EvaluationTemplate = {
  code: 'sakip-desa',
  version: '2026.1',
  name: 'Lembar Kerja Evaluasi SAKIP Desa',
  components: [
    {
      id: '1',
      name: 'Perencanaan kinerja',
      weight: '30',
      subComponents: [
        {
          ...{ id: '1.a', name: 'Dokumen perencanaan tersedia', weight: '10', method: mean },
          criteria: [
            { id: '1.a.1', text: 'RPJMDes telah ditetapkan dengan Peraturan Desa', answerType: yt },
            { id: '1.a.2', text: 'RKPDes tahun berjalan telah ditetapkan', answerType: yt },
            { id: '1.a.3', text: 'APBDes tahun berjalan ditetapkan tepat waktu', answerType: yt },
          ],
        },
        {
          ...{ id: '1.b', name: 'Keterkaitan dokumen perencanaan', weight: '10', method: mean },
          criteria: [
            { id: '1.b.1', text: 'Kegiatan RKPDes bersumber dari program RPJMDes', answerType: abcde },
            { id: '1.b.2', text: 'APBDes mendanai kegiatan RKPDes sesuai prioritas', answerType: abcde },
            { id: '1.b.3', text: 'Target kinerja desa dituangkan dalam perjanjian kinerja kepala desa', answerType: abcde },
          ],
        },
        {
          ...{ id: '1.c', name: 'Tiga hasil wajib dalam RPJMDes', weight: '10', method: mean },
          criteria: [
            { id: '1.c.1', text: 'Target penurunan kemiskinan (KK DTKS yang dientaskan per tahun) ditetapkan', answerType: yt },
            { id: '1.c.2', text: 'Target penurunan stunting (kegiatan pendukung) ditetapkan', answerType: yt },
            { id: '1.c.3', text: 'Target pelayanan publik (nilai IKM minimal) ditetapkan', answerType: yt },
          ],
        },
      ],
    },
    {
      id: '2',
      name: 'Capaian hasil wajib',
      weight: '25',
      subComponents: [
        {
          ...{ id: '2.a', name: 'Penurunan kemiskinan', weight: '10', method: mean },
          criteria: [
            {
              id: '2.a.1',
              text: 'Capaian KK keluar dari kemiskinan terhadap target (A ≥ 100%, B 80–99%, C 60–79%, D < 60%, E tidak ada data)',
              answerType: abcde,
            },
          ],
        },
        {
          ...{ id: '2.b', name: 'Penurunan stunting', weight: '7.5', method: mean },
          criteria: [
            { id: '2.b.1', text: 'Kegiatan pendukung penurunan stunting terlaksana sesuai target', answerType: abcde },
            { id: '2.b.2', text: 'Kader posyandu melaporkan pendampingan keluarga secara rutin', answerType: yt },
          ],
        },
        {
          ...{ id: '2.c', name: 'Pelayanan publik', weight: '7.5', method: mean },
          criteria: [
            { id: '2.c.1', text: 'Nilai IKM mencapai nilai minimal yang ditargetkan', answerType: yt },
            { id: '2.c.2', text: 'Standar pelayanan dan maklumat pelayanan dipasang', answerType: yt },
          ],
        },
      ],
    },
    {
      id: '3',
      name: 'Pengukuran kinerja',
      weight: '20',
      subComponents: [
        {
          ...{ id: '3.a', name: 'Realisasi per triwulan', weight: '10', method: mean },
          criteria: [
            { id: '3.a.1', text: 'Realisasi indikator dilaporkan setiap triwulan', answerType: QUARTERS },
            { id: '3.a.2', text: 'Realisasi sesuai dokumen APBDes dan bukti kegiatan', answerType: abcde },
          ],
        },
        {
          ...{ id: '3.b', name: 'Verifikasi realisasi', weight: '10', method: mean },
          criteria: [
            { id: '3.b.1', text: 'Realisasi triwulanan diverifikasi oleh kecamatan atau DPMD', answerType: QUARTERS },
            { id: '3.b.2', text: 'Realisasi kemiskinan didukung daftar KK (detail realisasi KK)', answerType: yt },
          ],
        },
      ],
    },
    {
      id: '4',
      name: 'Pelaporan kinerja',
      weight: '10',
      subComponents: [
        {
          ...{ id: '4.a', name: 'Laporan kinerja desa', weight: '10', method: mean },
          criteria: [
            { id: '4.a.1', text: 'Laporan kinerja desa disusun dan disampaikan tepat waktu', answerType: yt },
            { id: '4.a.2', text: 'Laporan memuat capaian terhadap target dan analisisnya', answerType: abcde },
            { id: '4.a.3', text: 'Laporan dipublikasikan kepada masyarakat desa', answerType: yt },
          ],
        },
      ],
    },
    {
      id: '5',
      name: 'Evaluasi internal',
      weight: '15',
      subComponents: [
        {
          ...{ id: '5.a', name: 'Evaluasi dan tindak lanjut', weight: '15', method: mean },
          criteria: [
            { id: '5.a.1', text: 'Musyawarah desa evaluasi kinerja dilaksanakan', answerType: yt },
            { id: '5.a.2', text: 'Rekomendasi evaluasi tahun lalu ditindaklanjuti', answerType: abcde },
            { id: '5.a.3', text: 'Hasil evaluasi dimanfaatkan dalam RKPDes berikutnya', answerType: abcde },
          ],
        },
      ],
    },
  ],
  rules: [
    {
      criterionId: '1.b.1',
      kind: 'not_above',
      comparedTo: '1.a.1',
      message: 'Keterkaitan RKPDes–RPJMDes tidak dapat dinilai lebih tinggi bila RPJMDes belum ditetapkan',
    },
    {
      criterionId: '3.b.1',
      kind: 'not_above',
      comparedTo: '3.a.1',
      message: 'Triwulan terverifikasi tidak dapat lebih banyak dari triwulan yang dilaporkan',
    },
  ],
};

/** The published range of a band as shown (from, to): "71.00"–"85.99" for (70.99, 85.99]; the lowest starts at lo. */
export function bandRange(band: VillageBand, lowest: boolean): { from: string; to: string } {
  const from = lowest ? new ScoreDecimal(band.lo) : new ScoreDecimal(band.lo).plus('0.01');
  return { from: from.toFixed(2), to: new ScoreDecimal(band.hi).toFixed(2) };
}

/** Band settings as the engine's predikat table (interpretation: the shown range, "perkiraan" when inferred). */
export function villagePredikatTable(settings: VillageBandSettings): PredikatTable {
  const lowestLo = settings.reduce((min, b) => ScoreDecimal.min(min, b.lo), new ScoreDecimal(100));
  return settings.map((band) => {
    const { from, to } = bandRange(band, lowestLo.eq(band.lo));
    const inferred = band.inferred ? ' (batas perkiraan / inferred limits)' : '';
    return { code: band.code, label: band.label, lo: band.lo, hi: band.hi, interpretation: `${from}–${to}${inferred}` };
  });
}

/** The default band table as the worksheet's predikat table. */
export const VILLAGE_PREDIKAT: PredikatTable = villagePredikatTable(DEFAULT_VILLAGE_BANDS);
