/**
 * The incoming letters of the demo e-Office sample: fifteen letters over the last three months from ministries, the
 * province, DPRD, villages and firms, registered by the pencatat to Diskominfo, Bappeda and Dinas Kesehatan; the
 * Kepala Diskominfo disposes his to a Kabid, who completes some (one late) and leaves others open (one overdue).
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { completeDisposition, openDisposition } from '../../modules/correspondence/disposition-actions.service.ts';
import { disposeLetter } from '../../modules/correspondence/dispositions.service.ts';
import { registerIncomingLetter } from '../../modules/correspondence/index.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { actingAt, dateOf, type SampleMoment } from './eoffice-sample-actors.ts';

type Security = 'biasa' | 'terbatas' | 'rahasia';
type Urgency = 'biasa' | 'segera' | 'sangat_segera';
/** What happens after registration: nothing, disposed and left open (due in days), overdue, or completed. */
type FollowUp =
  | { kind: 'none' }
  | { kind: 'open'; dueInDays: number }
  | { kind: 'overdue' }
  | { kind: 'done'; afterDays: number; note: string };

/** One sample letter; `daysAgo` is when it was received (registered at 09:00-11:00 WIB). */
interface SampleLetter {
  from: [name: string, organisation: string];
  number: string;
  hal: string;
  summary: string;
  kka: string;
  urgency: Urgency;
  security: Security;
  unit: 'DISKOMINFO' | 'BAPPEDA' | 'DINKES';
  daysAgo: number;
  followUp: FollowUp;
}

const KEMENDAGRI: [string, string] = ['Sekretaris Jenderal', 'Kementerian Dalam Negeri'];
const PROV_KOMINFO: [string, string] = ['Kepala Dinas Komunikasi dan Informatika', 'Pemerintah Provinsi Jawa Barat'];
const done = (afterDays: number, note: string): FollowUp => ({ kind: 'done', afterDays, note });

/** The marker of the sample: the their-number of its first letter (an agenda search finds it). */
export const SAMPLE_MARKER_NUMBER = '000.1.5/4127/SJ';

/** The fifteen letters, oldest first. */
// biome-ignore format: one letter per block reads as a register
export const SAMPLE_LETTERS: readonly SampleLetter[] = [
  { from: KEMENDAGRI, number: SAMPLE_MARKER_NUMBER, hal: 'Undangan rapat koordinasi nasional SPBE', summary: 'Rakornas SPBE di Jakarta; mohon dihadiri kepala perangkat daerah yang membidangi.', kka: '000.1.5', urgency: 'segera', security: 'biasa', unit: 'DISKOMINFO', daysAgo: 88, followUp: done(5, 'Sudah dihadiri Kabid; laporan perjalanan terlampir di berkas.') },
  { from: PROV_KOMINFO, number: '045/1902/Diskominfo', hal: 'Permintaan data titik akses internet desa', summary: 'Data titik akses internet per desa untuk pemetaan blank spot provinsi.', kka: '000.1.1', urgency: 'biasa', security: 'biasa', unit: 'DISKOMINFO', daysAgo: 80, followUp: done(9, 'Data 270 desa dikirim melalui surel dinas.') },
  { from: ['Kepala Balai Monitor Spektrum Frekuensi', 'Kementerian Komunikasi dan Digital'], number: 'B-311/BALMON/2026', hal: 'Pemberitahuan penertiban menara telekomunikasi tanpa izin', summary: 'Rencana penertiban bersama di tiga kecamatan.', kka: '000.1.1', urgency: 'biasa', security: 'biasa', unit: 'DISKOMINFO', daysAgo: 71, followUp: done(16, 'Koordinasi dengan DPMPTSP selesai; penertiban dijadwalkan.') },
  { from: ['Kepala Bappeda Provinsi', 'Pemerintah Provinsi Jawa Barat'], number: '050/877/Bappeda', hal: 'Penyampaian jadwal musrenbang provinsi tahun 2027', summary: 'Jadwal dan format usulan musrenbang provinsi.', kka: '000.7', urgency: 'biasa', security: 'biasa', unit: 'BAPPEDA', daysAgo: 66, followUp: { kind: 'none' } },
  { from: ['Ketua DPRD', 'DPRD Kabupaten Sumedang (Demo)'], number: '170/212/DPRD', hal: 'Permintaan bahan rapat dengar pendapat layanan publik digital', summary: 'Bahan paparan capaian layanan publik digital untuk RDP Komisi I.', kka: '100', urgency: 'segera', security: 'biasa', unit: 'DISKOMINFO', daysAgo: 58, followUp: done(3, 'Bahan paparan diserahkan kepada Sekretariat DPRD.') },
  { from: ['Kepala Desa Cibeureum Wetan', 'Pemerintah Desa Cibeureum Wetan'], number: '140/37/Ds', hal: 'Permohonan pendampingan situs web desa', summary: 'Desa meminta pelatihan pengelolaan situs web dan media sosial desa.', kka: '000.1.1', urgency: 'biasa', security: 'biasa', unit: 'DISKOMINFO', daysAgo: 49, followUp: done(30, 'Pendampingan dilaksanakan; terlambat karena jadwal bimtek.') },
  { from: ['Direktur Utama', 'PT Telekomunikasi Nusantara Demo'], number: 'TN-88/DIR/2026', hal: 'Penawaran kerja sama jaringan serat optik kecamatan', summary: 'Penawaran kerja sama penggelaran serat optik ke 26 kantor kecamatan.', kka: '500', urgency: 'biasa', security: 'terbatas', unit: 'DISKOMINFO', daysAgo: 42, followUp: { kind: 'none' } },
  { from: ['Kepala Dinas Kesehatan', 'Pemerintah Provinsi Jawa Barat'], number: '440/1561/Dinkes', hal: 'Surveilans kasus demam berdarah dengue triwulan III', summary: 'Permintaan laporan surveilans DBD per puskesmas.', kka: '400', urgency: 'sangat_segera', security: 'biasa', unit: 'DINKES', daysAgo: 37, followUp: { kind: 'none' } },
  { from: ['Kepala Badan Siber dan Sandi Negara', 'Badan Siber dan Sandi Negara'], number: 'R-55/BSSN/D3/2026', hal: 'Hasil penilaian kerentanan aplikasi pemerintah daerah', summary: 'Temuan kerentanan pada dua aplikasi layanan; mohon segera ditindaklanjuti.', kka: '000.6', urgency: 'sangat_segera', security: 'rahasia', unit: 'DISKOMINFO', daysAgo: 30, followUp: done(6, 'Dua celah ditutup; laporan penanganan dikirim ke BSSN.') },
  { from: ['Inspektur Wilayah I', 'Inspektorat Jenderal Kementerian Dalam Negeri'], number: '700/402/IJ', hal: 'Permintaan dokumen evaluasi SPBE untuk reviu', summary: 'Dokumen evaluasi mandiri SPBE beserta bukti dukung.', kka: '700', urgency: 'segera', security: 'biasa', unit: 'DISKOMINFO', daysAgo: 21, followUp: { kind: 'overdue' } },
  { from: ['Camat Jatinangor', 'Kecamatan Jatinangor'], number: '005/118/Kec', hal: 'Undangan musrenbang kecamatan Jatinangor', summary: 'Musrenbang kecamatan; mohon kehadiran perwakilan Bappeda.', kka: '000.7', urgency: 'segera', security: 'biasa', unit: 'BAPPEDA', daysAgo: 17, followUp: { kind: 'none' } },
  { from: ['Kepala Badan Kepegawaian Negara Regional III', 'Badan Kepegawaian Negara'], number: '800/2231/KR.III', hal: 'Validasi data pegawai pengelola teknologi informasi', summary: 'Validasi jabatan fungsional pranata komputer dan pranata humas.', kka: '800', urgency: 'biasa', security: 'biasa', unit: 'DISKOMINFO', daysAgo: 12, followUp: { kind: 'open', dueInDays: 9 } },
  { from: ['Direktur Puskesmas Tanjungsari', 'UPTD Puskesmas Tanjungsari'], number: '440/76/PKM', hal: 'Permohonan aplikasi antrean daring puskesmas', summary: 'Usulan pengembangan aplikasi antrean daring untuk pelayanan rawat jalan.', kka: '400', urgency: 'biasa', security: 'biasa', unit: 'DINKES', daysAgo: 8, followUp: { kind: 'none' } },
  { from: KEMENDAGRI, number: '900.1/5512/Keuda', hal: 'Penyampaian pedoman penyusunan anggaran SPBE 2027', summary: 'Pedoman belanja SPBE dalam APBD 2027.', kka: '900', urgency: 'biasa', security: 'biasa', unit: 'BAPPEDA', daysAgo: 4, followUp: { kind: 'none' } },
  { from: PROV_KOMINFO, number: '045/2410/Diskominfo', hal: 'Undangan bimbingan teknis keamanan informasi', summary: 'Bimtek keamanan informasi bagi pengelola aplikasi perangkat daerah.', kka: '000.1.5', urgency: 'segera', security: 'biasa', unit: 'DISKOMINFO', daysAgo: 1, followUp: { kind: 'open', dueInDays: 6 } },
];

/** A one-page PDF standing in for the scan of `letter` (its sender and subject, so each file differs). */
async function scanOf(letter: SampleLetter): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText(letter.from[1].toUpperCase(), { x: 60, y: 770, size: 13, font });
  page.drawText(`Nomor: ${letter.number}`, { x: 60, y: 730, size: 11, font });
  page.drawText(`Hal: ${letter.hal}`, { x: 60, y: 712, size: 11, font });
  page.drawText('Contoh pindaian surat masuk (data demo Pamong).', { x: 60, y: 680, size: 10, font });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** The people the letters go through: the unit ids and the disposing head and receiving Kabid accounts. */
export interface LetterPeople {
  units: Record<SampleLetter['unit'], string>;
  pencatat: string;
  pimpinan: string;
  kabid: { userId: string; positionId: string };
}

/** Registers one letter as the pencatat on its received day; returns the letter id. */
async function register(admin: RequestContext, people: LetterPeople, letter: SampleLetter): Promise<string> {
  const received: SampleMoment = { daysAgo: letter.daysAgo, hour: 9 + (letter.daysAgo % 3) };
  const pencatat = actingAt(admin, people.pencatat, 'pencatat', received);
  const input = {
    sender: { name: letter.from[0], organisation: letter.from[1] },
    theirNumber: letter.number,
    theirDate: dateOf(admin, { daysAgo: letter.daysAgo + 3, hour: 9 }),
    receivedDate: dateOf(admin, received),
    hal: letter.hal,
    summary: letter.summary,
    security: letter.security,
    urgency: letter.urgency,
    kka: letter.kka,
    unitId: people.units[letter.unit],
  };
  const { id } = await registerIncomingLetter(pencatat, input, { data: await scanOf(letter), fileName: 'surat-masuk.pdf' });
  return id;
}

/** The deadline a follow-up asks for: overdue ones a week after disposal, open ones `dueInDays` from today. */
function deadlineOf(admin: RequestContext, letter: SampleLetter): string | undefined {
  const f = letter.followUp;
  if (f.kind === 'overdue') return dateOf(admin, { daysAgo: letter.daysAgo - 7, hour: 9 });
  if (f.kind === 'open') return dateOf(admin, { daysAgo: -f.dueInDays, hour: 9 });
  if (f.kind === 'done') return dateOf(admin, { daysAgo: letter.daysAgo - 14, hour: 9 });
  return undefined;
}

/** The Kepala Diskominfo disposes the letter to the Kabid two hours after it arrived; the Kabid completes it if done. */
async function followUp(admin: RequestContext, people: LetterPeople, letter: SampleLetter, letterId: string) {
  const f = letter.followUp;
  if (f.kind === 'none' || letter.unit !== 'DISKOMINFO') return;
  const disposedAt: SampleMoment = { daysAgo: letter.daysAgo, hour: 13 };
  const [dispositionId] = await disposeLetter(actingAt(admin, people.pimpinan, 'pimpinan', disposedAt), letterId, {
    to: [{ positionId: people.kabid.positionId }],
    instructions: f.kind === 'done' ? ['selesaikan', 'koordinasikan'] : ['pelajari', 'selesaikan'],
    note: 'Mohon ditindaklanjuti dan dilaporkan hasilnya.',
    deadline: deadlineOf(admin, letter),
  });
  if (!dispositionId || f.kind === 'open') return;
  const readAt: SampleMoment = { daysAgo: letter.daysAgo - 1, hour: 8 };
  const opened = await openDisposition(actingAt(admin, people.kabid.userId, 'staf', readAt), dispositionId);
  if (f.kind !== 'done') return;
  const doneAt: SampleMoment = { daysAgo: letter.daysAgo - f.afterDays, hour: 15 };
  await completeDisposition(actingAt(admin, people.kabid.userId, 'staf', doneAt), dispositionId, {
    version: opened.version,
    note: f.note,
  });
}

/** Registers every sample letter and plays its follow-up; returns the letter ids by their number. */
export async function seedSampleLetters(admin: RequestContext, people: LetterPeople): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const letter of SAMPLE_LETTERS) {
    const id = await register(admin, people, letter);
    await followUp(admin, people, letter, id);
    ids.set(letter.number, id);
  }
  return ids;
}
