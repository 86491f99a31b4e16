/**
 * Generates the 1M-letter corpus of issue #4 (never committed): one tenant, ~200 units, 10,000 pegawai with
 * accounts, N incoming letters with recipients, dispositions and search-index rows (FTS5 on SQLite, the generated
 * tsvector on PostgreSQL), written straight into the real schema in batches (see bulk-writer.ts).
 * Usage: node --import tsx bench/support/generate-letters.ts [--letters 1000000] [--users 10000] [--units 200]
 *   [--url sqlite:/tmp/x.db | postgres://…] [--out corpus.json]  (--out: for bench/inbox.ts and bench/search.ts --corpus)
 *   [--describe --url … --out …]: only write the description of a corpus already in that database
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPlatformServices } from '../../src/app.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createTenantFromCode, importOrgPlan } from '../../src/modules/organization/index.ts';
import { type PlatformServices, systemContext } from '../../src/platform/access/context.ts';
import { parseConfig } from '../../src/platform/config/config.ts';
import { newId } from '../../src/shared/ids.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { isMain } from './bench-kit.ts';
import { type BulkWriter, type Cell, openBulkWriter } from './bulk-writer.ts';
import { type CorpusPosition, corpusOrgPlan, corpusPositions, insertAccounts } from './letter-corpus-org.ts';
import { COLUMNS, type CorpusSender, letterRowBuilder } from './letter-corpus-rows.ts';

/** The generated tenant and the people the benches act as. */
export interface LetterCorpus {
  readonly tenantId: string;
  readonly registrarUserId: string;
  /** Heads in Zipf rank order (index 0 gets the most letters), with their account. */
  readonly heads: readonly (CorpusPosition & { userId: string })[];
  /** A staff member (one holder of a staff position) and their account. */
  readonly staff: CorpusPosition & { userId: string };
  readonly seconds: number;
}

/** Sizes of the corpus. */
export interface CorpusSize {
  readonly letters: number;
  readonly users: number;
  readonly units: number;
}

const ORGS = ['Dinas Pendidikan', 'Dinas Kesehatan', 'Badan Kepegawaian Daerah', 'Inspektorat', 'Dinas Sosial', 'Bappeda'].concat(
  ['Dinas Pekerjaan Umum', 'Dinas Pertanian', 'Badan Pendapatan Daerah', 'Dinas Kependudukan', 'Satpol PP'],
);
const PLACES = ['Sragen', 'Sukoharjo', 'Wonogiri', 'Klaten', 'Boyolali', 'Sleman', 'Bantul', 'Kudus', 'Pati', 'Blora'];

async function insertSenders(writer: BulkWriter, tenantId: string): Promise<CorpusSender[]> {
  const senders: CorpusSender[] = [];
  for (const org of ORGS)
    for (const place of PLACES) senders.push({ id: newId(), name: `Kepala ${org}`, organisation: `${org} Kabupaten ${place}` });
  senders.push({ id: newId(), name: 'Menteri Dalam Negeri', organisation: 'Kementerian Dalam Negeri' });
  const rows = senders.map((s, i): Cell[] => [tenantId, s.id, s.name, s.organisation, `${s.organisation}|${i}`, '2020-01-01']);
  await writer.transaction(() =>
    writer.insert('contacts', ['tenant_id', 'id', 'name', 'organisation', 'dedup_key', 'created_at'], rows),
  );
  return senders;
}

async function insertLetterBatch(writer: BulkWriter, rows: ReturnType<ReturnType<typeof letterRowBuilder>>[], seq0: number) {
  const sqlite = writer.dialect === 'sqlite';
  await writer.transaction(async () => {
    await writer.insert(
      'letters',
      COLUMNS.letters,
      rows.map((r) => r.letter),
    );
    await writer.insert(
      'letter_recipients',
      COLUMNS.recipients,
      rows.flatMap((r) => r.recipients),
    );
    await writer.insert(
      'dispositions',
      COLUMNS.dispositions,
      rows.flatMap((r) => r.dispositions),
    );
    // SQLite: seq is the FTS5 rowid, assigned here in insertion (oldest-first) order; PostgreSQL: its identity.
    const search = rows.map((r, i) => (sqlite ? [...r.search, seq0 + i] : r.search));
    await writer.insert('letter_search', sqlite ? [...COLUMNS.search, 'seq'] : COLUMNS.search, search);
    if (sqlite)
      await writer.insert(
        'letter_search_fts',
        COLUMNS.fts,
        rows.map((r, i) => [seq0 + i, ...r.fts]),
      );
  });
}

async function setUpOrg(db: DatabaseHandle, platform: PlatformServices, size: CorpusSize) {
  const { tenant } = await createTenantFromCode({ db, platform }, '33.14');
  const admin = systemContext(db, platform, tenant.id, 'bench', permissionsForRoles(['admin']));
  const plan = corpusOrgPlan(size.users, size.units);
  const imported = await importOrgPlan(admin, plan);
  if (!imported.ok) throw new Error('corpus org plan refused');
  return { tenantId: tenant.id, plan };
}

/** Generates the corpus into a migrated database; `progress` gets the letters written so far. */
export async function generateLetterCorpus(
  db: DatabaseHandle,
  platform: PlatformServices,
  size: CorpusSize,
  progress: (done: number, seconds: number) => void = () => {},
): Promise<LetterCorpus> {
  const t0 = performance.now();
  const { tenantId, plan } = await setUpOrg(db, platform, size);
  const writer = await openBulkWriter(db.url);
  try {
    const positions = await corpusPositions(writer, tenantId, plan);
    const heads = positions.filter((p) => p.isHead);
    const staff = positions.filter((p) => !p.isHead);
    const registrar = staff[0] as CorpusPosition; // the Setda's first staff position: the central registry
    const users = await insertAccounts(writer, tenantId, [registrar.employeeId]);
    const registrarUserId = users.get(registrar.employeeId) as string;
    const senders = await insertSenders(writer, tenantId);
    const build = letterRowBuilder({ tenantId, registrarUserId, heads, staff, senders }, size.letters);
    const batch = 2000;
    for (let start = 0; start < size.letters; start += batch) {
      const rows = Array.from({ length: Math.min(batch, size.letters - start) }, (_, i) => build(start + i));
      await insertLetterBatch(writer, rows, start + 1);
      progress(start + rows.length, (performance.now() - t0) / 1000);
    }
    if (db.dialect === 'postgres') await writer.query('ANALYZE');
    const withUser = (p: CorpusPosition) => ({ ...p, userId: users.get(p.employeeId) as string });
    const smallStaff = staff[Math.floor(staff.length / 2)] as CorpusPosition;
    return {
      tenantId,
      registrarUserId,
      heads: heads.map(withUser),
      staff: withUser(smallStaff),
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    await writer.close();
  }
}

/** A corpus written by this script with --out: where it is, how big, and who to act as. */
export interface SavedCorpus extends LetterCorpus {
  readonly url: string;
  readonly size: CorpusSize;
}

/** Reads a corpus description written with --out. */
export function readSavedCorpus(path: string): SavedCorpus {
  return JSON.parse(readFileSync(path, 'utf8')) as SavedCorpus;
}

/**
 * Describes a corpus already in the database at `url` (for example one whose generation was stopped part-way:
 * batches are committed one by one), as --out would have; runs ANALYZE on PostgreSQL.
 */
export async function describeCorpus(url: string, size: Omit<CorpusSize, 'letters'>): Promise<SavedCorpus> {
  const writer = await openBulkWriter(url);
  try {
    const p = writer.dialect === 'postgres' ? '$1' : '?';
    const [letter] = await writer.query<{ tenant_id: string }>('SELECT tenant_id FROM letters LIMIT 1');
    const tenantId = letter?.tenant_id as string;
    const [count] = await writer.query<{ n: number }>(`SELECT count(*) AS n FROM letters WHERE tenant_id = ${p}`, [tenantId]);
    const [registrar] = await writer.query<{ user_id: string }>(
      `SELECT user_id FROM user_roles WHERE tenant_id = ${p} AND role = 'pencatat'`,
      [tenantId],
    );
    const accounts = await writer.query<{ id: string; employee_id: string }>(
      `SELECT id, employee_id FROM users WHERE tenant_id = ${p}`,
      [tenantId],
    );
    const users = new Map(accounts.map((a) => [a.employee_id, a.id]));
    const positions = await corpusPositions(writer, tenantId, corpusOrgPlan(size.users, size.units));
    const withUser = (c: CorpusPosition) => ({ ...c, userId: users.get(c.employeeId) as string });
    const staff = positions.filter((c) => !c.isHead);
    if (writer.dialect === 'postgres') await writer.query('ANALYZE');
    return {
      url,
      size: { ...size, letters: Number(count?.n) },
      tenantId,
      registrarUserId: registrar?.user_id as string,
      heads: positions.filter((c) => c.isHead).map(withUser),
      staff: withUser(staff[Math.floor(staff.length / 2)] as CorpusPosition),
      seconds: 0,
    };
  } finally {
    await writer.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      letters: { type: 'string', default: '1000000' },
      users: { type: 'string', default: '10000' },
      units: { type: 'string', default: '200' },
      url: { type: 'string' },
      out: { type: 'string' },
      describe: { type: 'boolean', default: false },
    },
  });
  const size = { letters: Number(values.letters), users: Number(values.users), units: Number(values.units) };
  if (values.describe && values.url && values.out) {
    writeFileSync(values.out, JSON.stringify(await describeCorpus(values.url, size)));
    return;
  }
  const url = values.url ?? `sqlite:${join(mkdtempSync(join(tmpdir(), 'pamong-corpus-')), 'corpus.db')}`;
  const db = openDatabase(url);
  try {
    await migrateToLatest(db);
    const platform = createPlatformServices(
      parseConfig({ DATABASE_URL: url, STORAGE_DIR: join(tmpdir(), 'pamong-corpus-files') }),
    );
    const corpus = await generateLetterCorpus(db, platform, size, (done, s) => {
      if (done % 100_000 === 0) console.log(`  ${done} letters (${s.toFixed(0)} s)`);
    });
    console.log(`${size.letters} letters, ${size.users} users into ${url} in ${corpus.seconds.toFixed(1)} s`);
    if (values.out) writeFileSync(values.out, JSON.stringify({ url, size, ...corpus }));
  } finally {
    await db.close();
  }
}

if (isMain(import.meta.url)) await main();
