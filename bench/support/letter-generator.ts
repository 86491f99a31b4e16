/**
 * Generates letters for the search bench (never committed): realistic Indonesian subjects, senders and numbers,
 * one tenant, addressed round-robin to head positions, indexed for search as registration would.
 */
import { inTransaction } from '../../src/db/executor.ts';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { indexLetterForSearch } from '../../src/modules/correspondence/index.ts';
import type { RequestContext } from '../../src/platform/access/context.ts';
import { newId } from '../../src/shared/ids.ts';

const KINDS = ['Undangan', 'Permohonan', 'Pemberitahuan', 'Laporan', 'Penyampaian', 'Usulan', 'Permintaan', 'Edaran'];
const TOPICS = [
  'rapat koordinasi perencanaan pembangunan daerah',
  'penyusunan rencana kerja anggaran',
  'pelaksanaan kegiatan pelatihan pegawai',
  'evaluasi kinerja pemerintahan desa',
  'pengadaan barang dan jasa',
  'penetapan daftar pemilih',
  'verifikasi data kependudukan',
  'pembinaan aparatur sipil negara',
  'monitoring penyaluran bantuan sosial',
  'sosialisasi peraturan bupati',
  'penanggulangan bencana banjir',
  'pemeliharaan jaringan irigasi',
  'perbaikan jalan kabupaten',
  'pelayanan kesehatan masyarakat',
  'peningkatan mutu pendidikan dasar',
  'pengelolaan keuangan daerah',
];
const PLACES = [
  'Kecamatan Jaten',
  'Kecamatan Tasikmadu',
  'Kecamatan Kebakkramat',
  'Kelurahan Lalung',
  'Desa Ngringo',
  'Desa Gedangan',
];
const SENDERS = ['Dinas Pendidikan', 'Dinas Kesehatan', 'Badan Kepegawaian Daerah', 'Inspektorat', 'Dinas Sosial', 'Bappeda'];
const REGENCIES = ['Sragen', 'Sukoharjo', 'Wonogiri', 'Klaten', 'Boyolali'];
/** A word that appears in RARE_EVERY-th letters only. */
export const RARE_WORD = 'zamrudkhatulistiwa';
const RARE_EVERY = 20_000;
/** The most common word: every sender organisation carries it. */
export const COMMON_WORD = 'kabupaten';

/** What letters are addressed to and who registered them. */
export interface GeneratorTargets {
  readonly unitId: string;
  readonly registrarUserId: string;
  readonly positionIds: readonly string[];
}

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

async function senders(ctx: RequestContext): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, name] of SENDERS.entries())
    for (const regency of REGENCIES) {
      const id = newId();
      const organisation = `${name} Kabupaten ${regency}`;
      await tenantDb(ctx)
        .insertInto('contacts', {
          id,
          name: `Kepala ${name}`,
          organisation,
          address: null,
          email: null,
          dedup_key: `${organisation}|${i}`.toLowerCase(),
          created_at: '2026-01-01T00:00:00Z',
        })
        .execute();
      ids.push(id);
    }
  return ids;
}

function letterRow(n: number, total: number, targets: GeneratorTargets, senderId: string) {
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor((n / total) * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
  const year = day.slice(0, 4);
  const rare = n % RARE_EVERY === 7 ? ` ${RARE_WORD}` : '';
  return {
    id: newId(),
    direction: 'incoming' as const,
    agenda_number: `${String((n % 9999) + 1).padStart(4, '0')}/AGD/${year}`,
    agenda_number_id: null,
    sender_contact_id: senderId,
    their_number: `${pick(['000.1.5', '800', '900', '400.3'], n)}/${(n * 7) % 5000}/${pick(['BKD', 'DISDIK', 'DINKES'], n)}/${year}`,
    their_date: day,
    received_on: day,
    hal: `${pick(KINDS, n)} ${pick(TOPICS, Math.floor(n / 3))} di ${pick(PLACES, Math.floor(n / 7))}${rare}`,
    summary: `Mohon ditindaklanjuti sesuai ketentuan tahun ${year}.`,
    security: 'biasa' as const,
    urgency: 'biasa' as const,
    kka_code: '000.1.5',
    attachments_note: null,
    unit_id: targets.unitId,
    status: 'didistribusikan' as const,
    scan_file_id: null,
    created_by: targets.registrarUserId,
    created_at: `${day}T08:00:00Z`,
  };
}

/** Inserts `total` letters oldest first, in batches of one transaction each; calls `progress` after each batch. */
export async function generateLetters(
  ctx: RequestContext,
  total: number,
  targets: GeneratorTargets,
  progress: (done: number) => void = () => {},
): Promise<void> {
  const senderIds = await senders(ctx);
  const batch = 1000;
  for (let start = 0; start < total; start += batch) {
    await inTransaction(ctx, async (tx) => {
      for (let n = start; n < Math.min(total, start + batch); n++) {
        const row = letterRow(n, total, targets, pick(senderIds, n * 13));
        await tenantDb(tx).insertInto('letters', row).execute();
        await tenantDb(tx)
          .insertInto('letter_recipients', {
            id: newId(),
            letter_id: row.id,
            position_id: pick(targets.positionIds, n),
            role: 'kepada',
            received_on: row.received_on,
            read_at: null,
            read_by_employee_id: null,
            created_at: row.created_at,
          })
          .execute();
        await indexLetterForSearch(tx, row.id);
      }
    });
    progress(Math.min(total, start + batch));
  }
}
