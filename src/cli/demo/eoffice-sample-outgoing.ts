/**
 * The outgoing side of the demo e-Office sample: drafts of a Diskominfo staff member in every state of the paraf
 * chain (konsep, dalam persetujuan, siap TTE, signed and delivered inside the regency), and a berkas of the
 * arsiparis holding the SPBE letters.
 */

import { tenantDb } from '../../db/tenant-db.ts';
import type { DraftInput } from '../../modules/correspondence/outgoing.contract.ts';
import { approveStep } from '../../modules/correspondence/outgoing-approval.service.ts';
import { createDraft, submitDraft } from '../../modules/correspondence/outgoing-drafts.service.ts';
import { signOutgoing } from '../../modules/correspondence/outgoing-signing.service.ts';
import { fileLetter } from '../../modules/records/case-file-letters.service.ts';
import { closeCaseFile, createCaseFile } from '../../modules/records/case-files.service.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { actingAt, dateOf, type HeldPosition, type SampleMoment } from './eoffice-sample-actors.ts';

/** Where a sample draft stops. */
type Stop = 'draft' | 'dalam_persetujuan' | 'siap_tte' | 'terkirim';

interface SampleDraft {
  typeCode: 'SD' | 'ND' | 'UND';
  title: string;
  hal: string;
  paragraphs: string[];
  kka: string;
  urgency: 'biasa' | 'segera';
  daysAgo: number;
  stop: Stop;
}

// biome-ignore format: one draft per block
const SAMPLE_DRAFTS: readonly SampleDraft[] = [
  { typeCode: 'SD', title: 'SURAT DINAS', hal: 'Penyampaian data titik akses internet desa', paragraphs: ['Menindaklanjuti surat Dinas Komunikasi dan Informatika Provinsi Jawa Barat, bersama ini kami sampaikan data titik akses internet desa se-Kabupaten Sumedang (Demo).', 'Data disusun per kecamatan dan telah diverifikasi bersama para camat.'], kka: '000.1.1', urgency: 'biasa', daysAgo: 20, stop: 'terkirim' },
  { typeCode: 'UND', title: 'UNDANGAN', hal: 'Undangan rapat persiapan evaluasi SPBE', paragraphs: ['Dalam rangka persiapan evaluasi SPBE tahun berjalan, kami mengundang Saudara untuk hadir pada rapat persiapan di ruang rapat Diskominfo.', 'Mohon membawa data pendukung indikator SPBE perangkat daerah masing-masing.'], kka: '000.1.5', urgency: 'segera', daysAgo: 6, stop: 'siap_tte' },
  { typeCode: 'ND', title: 'NOTA DINAS', hal: 'Usulan anggaran pengamanan aplikasi 2027', paragraphs: ['Menindaklanjuti hasil penilaian kerentanan oleh BSSN, kami usulkan anggaran pengamanan aplikasi pada tahun anggaran 2027.', 'Rincian kebutuhan terlampir.'], kka: '900', urgency: 'biasa', daysAgo: 3, stop: 'dalam_persetujuan' },
  { typeCode: 'SD', title: 'SURAT DINAS', hal: 'Jadwal bimbingan teknis situs web desa', paragraphs: ['Bersama ini kami sampaikan jadwal bimbingan teknis pengelolaan situs web desa bagi operator desa.', 'Peserta diharapkan membawa laptop dan akun pengelola situs desa.'], kka: '000.1.1', urgency: 'biasa', daysAgo: 1, stop: 'draft' },
];

/** The positions a sample draft involves, and the accounts of the drafter, the paraf and the signer. */
export interface OutgoingPeople {
  drafter: { userId: string };
  verifier: { userId: string; positionId: string };
  signer: { userId: string; positionId: string };
  /** Internal addressees (kepada) of the signed letters: heads of other OPD. */
  recipients: HeldPosition[];
}

function draftInput(draft: SampleDraft, people: OutgoingPeople): DraftInput {
  return {
    typeCode: draft.typeCode,
    kka: draft.kka,
    security: 'biasa',
    urgency: draft.urgency,
    signerPositionId: people.signer.positionId,
    parafChain: [people.verifier.positionId],
    addressees: {
      positions: people.recipients.map((r) => ({ positionId: r.positionId, role: 'kepada' as const })),
      regencies: [],
      external: [],
    },
    content: {
      title: draft.title,
      hal: draft.hal,
      place: 'Sumedang',
      body: draft.paragraphs.map((text) => ({ kind: 'paragraph', text })),
    },
  };
}

/** The pending paraf step of the draft's current round. */
async function dueParafStep(ctx: RequestContext, draftId: string): Promise<string> {
  const step = await tenantDb(ctx)
    .selectFrom('approval_steps')
    .select('id')
    .where('draft_id', '=', draftId)
    .where('status', '=', 'pending')
    .where('role', '=', 'paraf')
    .orderBy('round', 'desc')
    .orderBy('order_no')
    .executeTakeFirstOrThrow();
  return step.id;
}

/** Plays one draft up to its stop: written, submitted the next hour, paraf the next day, signed now (real clock). */
async function playDraft(admin: RequestContext, people: OutgoingPeople, draft: SampleDraft): Promise<void> {
  const at = (daysLater: number, hour: number): SampleMoment => ({ daysAgo: draft.daysAgo - daysLater, hour });
  const drafter = (m: SampleMoment) => actingAt(admin, people.drafter.userId, 'staf', m);
  const created = await createDraft(drafter(at(0, 9)), draftInput(draft, people));
  if (draft.stop === 'draft') return;
  await submitDraft(drafter(at(0, 10)), created.id);
  if (draft.stop === 'dalam_persetujuan') return;
  const verifier = actingAt(admin, people.verifier.userId, 'staf', at(1, 8));
  await approveStep(verifier, await dueParafStep(admin, created.id), { version: 1 });
  if (draft.stop === 'siap_tte') return;
  // SECURITY: signing uses the real clock, so the signing time falls inside the signer certificate's validity.
  await signOutgoing(actingAt(admin, people.signer.userId, 'pimpinan'), created.id, {});
}

/** Writes the sample drafts, oldest first. */
export async function seedSampleDrafts(admin: RequestContext, people: OutgoingPeople): Promise<void> {
  for (const draft of SAMPLE_DRAFTS) await playDraft(admin, people, draft);
}

/** Who keeps the berkas: the arsiparis opens and closes them, the pencatat files the letters it registered. */
export interface BerkasPeople {
  arsiparis: string;
  pencatat: string;
  unitId: string;
}

/** Two berkas of Diskominfo: an open one with the SPBE letters, and a closed one of a telecom tower case. */
export async function seedSampleBerkas(admin: RequestContext, people: BerkasPeople, letters: Map<string, string>) {
  const arsiparis = actingAt(admin, people.arsiparis, 'arsiparis', { daysAgo: 60, hour: 10 });
  const year = Number(dateOf(admin, { daysAgo: 0, hour: 9 }).slice(0, 4));
  const spbe = await createCaseFile(arsiparis, {
    unitId: people.unitId,
    kka: '000.1.5',
    title: 'Evaluasi dan koordinasi SPBE',
    description: 'Undangan, permintaan dokumen dan tindak lanjut evaluasi SPBE tahun berjalan.',
    year,
  });
  const tower = await createCaseFile(arsiparis, {
    unitId: people.unitId,
    kka: '000.1.1',
    title: 'Penertiban menara telekomunikasi',
    year,
  });
  const pencatat = actingAt(admin, people.pencatat, 'pencatat', { daysAgo: 2, hour: 14 });
  for (const number of ['000.1.5/4127/SJ', '700/402/IJ', '045/2410/Diskominfo']) {
    const letterId = letters.get(number);
    if (letterId) await fileLetter(pencatat, spbe.id, letterId);
  }
  const towerLetter = letters.get('B-311/BALMON/2026');
  if (towerLetter) await fileLetter(pencatat, tower.id, towerLetter);
  await closeCaseFile(actingAt(admin, people.arsiparis, 'arsiparis', { daysAgo: 2, hour: 15 }), tower.id, tower.version);
}
