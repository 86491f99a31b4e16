/**
 * Letter search (issue #4): p95 of `searchLetters` (page 1) for a rare and for the most common word, as the registrar
 * (sees every letter) and as a head who sees a quarter of them, beside the raw FTS5 / tsvector newest-first query measured
 * in the same run. Data from bench/support/letter-generator.ts. SQLite, and PostgreSQL when TEST_PG_URL is set.
 * Usage: node --import tsx bench/search.ts [--letters 100000] [--runs 60] [--corpus corpus.json …]
 *   --corpus: corpora written by bench/support/generate-letters.ts --out (1M letters, 10,000 users, ~200 units);
 *   there the head is the fifth-busiest unit head and the words are a rare one, "kabupaten" (almost every letter)
 *   and the commonest subject word; on PostgreSQL each answer is also checked against the plain newest-first query.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createPlatformServices } from '../src/app.ts';
import { type DatabaseHandle, openDatabase, rawKysely } from '../src/db/connection.ts';
import { executorOf } from '../src/db/executor.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { tenantDb } from '../src/db/tenant-db.ts';
import { searchLetters } from '../src/modules/correspondence/index.ts';
import { visibleLetterCondition, whoAmI } from '../src/modules/correspondence/letter-access.ts';
import { matchWindow, newestIndexedSeq } from '../src/modules/correspondence/letter-search.repository.ts';
import { RELEVANCE_WINDOW } from '../src/modules/correspondence/letter-search.service.ts';
import { searchTerms } from '../src/modules/correspondence/letter-search-text.ts';
import { createUser } from '../src/modules/identity/index.ts';
import { createTenantFromCode, importOrgPlan } from '../src/modules/organization/index.ts';
import { type PlatformServices, type RequestContext, systemContext, userContext } from '../src/platform/access/context.ts';
import { parseConfig } from '../src/platform/config/config.ts';
import { newId } from '../src/shared/ids.ts';
import { permissionsForRoles } from '../src/shared/permissions.ts';
import { smallOrgPlan } from '../test/factories/org.ts';
import { createPgDatabase, isMain, ms, percentile, printSummary } from './support/bench-kit.ts';
import { actAs, openSavedCorpus } from './support/corpus-bench.ts';
import { TOP_SUBJECT_WORD } from './support/letter-corpus-text.ts';
import { COMMON_WORD, generateLetters, RARE_WORD } from './support/letter-generator.ts';
import { plainWalkMatches } from './support/search-reference.ts';
import { wordNoneOfMine } from './support/search-worst-word.ts';

interface Setup {
  db: DatabaseHandle;
  platform: PlatformServices;
  tenantId: string;
  registrar: RequestContext;
  head: RequestContext;
}

function asUser(s: Omit<Setup, 'registrar' | 'head'>, userId: string, role: string): RequestContext {
  const permissions = permissionsForRoles([role as 'staf']);
  return userContext({
    db: s.db,
    platform: s.platform,
    tenantId: s.tenantId,
    actor: { userId, label: role, roles: [role], permissions, sessionId: null },
    requestId: 'bench',
    ip: null,
    locale: 'id',
  });
}

/** A pegawai holding the position, with an account. */
async function holder(admin: RequestContext, positionId: string): Promise<string> {
  const employeeId = newId();
  await tenantDb(admin)
    .insertInto('employees', {
      id: employeeId,
      nip: '197001012000011001',
      nik: null,
      name: 'Kepala Uji',
      front_title: null,
      back_title: null,
    })
    .execute();
  await tenantDb(admin)
    .insertInto('assignments', {
      id: newId(),
      position_id: positionId,
      employee_id: employeeId,
      kind: 'definitif',
      starts_on: '2020-01-01',
      ends_on: null,
      decree_number: null,
    })
    .execute();
  return (
    await createUser(admin, {
      displayName: 'Kepala Uji',
      email: 'kepala@uji.go.id',
      password: 'kata-sandi-uji-2026',
      roles: ['staf'],
      employeeId,
    })
  ).id;
}

async function setUp(url: string, storageDir: string, letters: number): Promise<Setup> {
  const db = openDatabase(url);
  await migrateToLatest(db);
  const platform = createPlatformServices(parseConfig({ DATABASE_URL: url, STORAGE_DIR: storageDir }));
  const { tenant } = await createTenantFromCode({ db, platform }, '33.13');
  const admin = systemContext(db, platform, tenant.id, 'bench', permissionsForRoles(['admin']));
  const plan = await importOrgPlan(admin, smallOrgPlan());
  if (!plan.ok) throw new Error('org plan refused');
  const heads = await tenantDb(admin)
    .selectFrom('positions')
    .select(['id', 'unit_id'])
    .where('is_head', '=', 1)
    .orderBy('code')
    .limit(4)
    .execute();
  const registrarId = (
    await createUser(admin, {
      displayName: 'Pencatat',
      email: 'pencatat@uji.go.id',
      password: 'kata-sandi-uji-2026',
      roles: ['pencatat'],
    })
  ).id;
  const headUserId = await holder(admin, heads[0]?.id as string);
  const t0 = performance.now();
  await generateLetters(
    admin,
    letters,
    { unitId: heads[0]?.unit_id as string, registrarUserId: registrarId, positionIds: heads.map((h) => h.id) },
    (done) => {
      if (done % 50_000 === 0)
        console.log(`  ${db.dialect}: ${done} letters (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    },
  );
  console.log(`  ${db.dialect}: ${letters} letters generated and indexed in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  // Fresh statistics, as autovacuum would have them on a live server (without them PG scans seq for rare words).
  if (db.dialect === 'postgres') await sql`ANALYZE letter_search`.execute(rawKysely(db));
  const base = { db, platform, tenantId: tenant.id };
  return { ...base, registrar: asUser(base, registrarId, 'pencatat'), head: asUser(base, headUserId, 'staf') };
}

/** The raw newest-first match, no visibility, no ranking: the floor the service is compared with. */
function rawQuery(s: Setup, word: string) {
  const db = rawKysely(s.db);
  if (s.db.dialect === 'sqlite')
    return sql`SELECT s.letter_id FROM letter_search_fts f CROSS JOIN letter_search s
      WHERE letter_search_fts MATCH ${`"${word}"`} AND s.seq = f.rowid AND s.tenant_id = ${s.tenantId}
      ORDER BY f.rowid DESC LIMIT 20`.execute(db);
  return sql`SELECT letter_id FROM letter_search WHERE tenant_id = ${s.tenantId}
    AND document @@ (plainto_tsquery('indonesian', ${word}) || plainto_tsquery('simple', ${word}))
    ORDER BY seq DESC LIMIT 20`.execute(db);
}

/**
 * PostgreSQL: the relevance window (the visible letters among the newest RELEVANCE_WINDOW matches) against the
 * plain query of that definition; returns a short note for the figure row.
 */
async function plainWindowMatches(ctx: RequestContext, word: string): Promise<string> {
  const me = await whoAmI(ctx);
  const terms = searchTerms(word);
  const got = await matchWindow(ctx, { me }, terms, await newestIndexedSeq(ctx), RELEVANCE_WINDOW);
  const query = sql.join(
    terms.map((t) => sql`(plainto_tsquery('indonesian', ${t.word}) || plainto_tsquery('simple', ${t.word}))`),
    sql` && `,
  );
  const expected = await sql<{ seq: number }>`
    WITH newest AS (SELECT seq, letter_id FROM letter_search WHERE tenant_id = ${ctx.tenantId} AND document @@ (${query})
      ORDER BY seq DESC LIMIT ${RELEVANCE_WINDOW})
    SELECT n.seq FROM newest n JOIN letters l ON l.tenant_id = ${ctx.tenantId} AND l.id = n.letter_id
    WHERE ${visibleLetterCondition(ctx.tenantId, me, 'n.letter_id', 'l.created_by')} ORDER BY n.seq DESC`.execute(
    executorOf(ctx),
  );
  const mine = got.hits.map((h) => h.seq).sort((x, y) => y - x);
  const same = mine.length === expected.rows.length && mine.every((seq, i) => seq === Number(expected.rows[i]?.seq));
  return ` · window ${mine.length} visible, ${same ? 'same' : 'DIFFERENT'} as the plain query`;
}

/** Pages 1 and 2 with the plan the service picks and with the visibility filter forced: they must be the same. */
async function samePlans(ctx: RequestContext, word: string): Promise<string> {
  const pages = async (tuning: { visibleFirstCap?: number }) => {
    const first = await searchLetters(ctx, { q: word, limit: 20 }, tuning);
    const cursor = first.nextCursor ?? undefined;
    const second = cursor ? await searchLetters(ctx, { q: word, limit: 20, cursor }, tuning) : null;
    return JSON.stringify([first, second]);
  };
  return ` · pages 1–2 ${(await pages({})) === (await pages({ visibleFirstCap: 0 })) ? 'same' : 'DIFFERENT'} with the filter plan`;
}

async function p95Of(runs: number, work: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function measure(
  s: Setup,
  runs: number,
  words = [RARE_WORD, COMMON_WORD],
  people: readonly (readonly [string, RequestContext])[] = [
    ['registrar (all)', s.registrar],
    ['head (1/4)', s.head],
  ],
): Promise<string[]> {
  const rows: string[] = [];
  for (const word of words) {
    const raw = await p95Of(runs, () => rawQuery(s, word));
    for (const [who, ctx] of people) {
      const service = await p95Of(runs, () => searchLetters(ctx, { q: word, limit: 20 }));
      const hits = (await searchLetters(ctx, { q: word, limit: 20 })).items.length;
      const check =
        (await samePlans(ctx, word)) +
        (s.db.dialect === 'postgres' ? (await plainWalkMatches(ctx, word)) + (await plainWindowMatches(ctx, word)) : '');
      rows.push(
        `${s.db.dialect.padEnd(8)} "${word}" as ${who}: searchLetters p50 ${ms(service.p50)} ms · p95 ${ms(service.p95)} ms (${hits} on page 1) · raw match p95 ${ms(raw.p95)} ms${check} (load ${loadavg()[0].toFixed(1)})`,
      );
      console.log(rows.at(-1));
    }
  }
  return rows;
}

async function runOn(url: string, storageDir: string, letters: number, runs: number): Promise<string[]> {
  const s = await setUp(url, storageDir, letters);
  try {
    return await measure(s, runs);
  } finally {
    await s.db.close();
  }
}

/** Measures on saved corpora (generate-letters.ts --out): registrar, a head of a busy unit, three words. */
async function measureCorpora(paths: string[], runs: number) {
  const rows: string[] = [];
  let letters = 0;
  for (const path of paths) {
    const c = openSavedCorpus(path);
    letters = c.letters;
    try {
      const head = c.corpus.heads[4] ?? c.corpus.heads[0];
      if (!head) throw new Error('corpus without heads');
      const registrar = actAs(c, c.corpus.registrarUserId, 'pencatat');
      const s = { db: c.db, platform: c.platform, tenantId: c.corpus.tenantId, registrar, head: actAs(c, head.userId, 'staf') };
      const label = `head of a busy unit (inbox ${head.id === c.corpus.heads[4]?.id ? 'rank 5' : 'rank 1'})`;
      const staff = actAs(c, c.corpus.staff.userId, 'staf');
      const people = [
        ['registrar (all)', registrar],
        [label, s.head],
        ['staff (few letters)', staff],
      ] as const;
      rows.push(...(await measure(s, runs, [RARE_WORD, COMMON_WORD, TOP_SUBJECT_WORD], people)));
      // The visible-first plan's worst case: a common word in none of the staff member's letters (all probed).
      const worst = await wordNoneOfMine(staff);
      if (worst) rows.push(...(await measure(s, runs, [worst], [['staff, a common word in none of theirs', staff]])));
    } finally {
      await c.close();
    }
  }
  printSummary(`Letter search, ${letters} letters, 10000 users in one tenant (target p95 ≤ 50 ms for any query)`, rows);
}

async function main() {
  const { values } = parseArgs({
    options: {
      letters: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '60' },
      corpus: { type: 'string', multiple: true },
    },
  });
  const letters = Number(values.letters);
  const runs = Number(values.runs);
  if (values.corpus?.length) return measureCorpora(values.corpus, runs);
  const dir = mkdtempSync(join(tmpdir(), 'pamong-bench-search-'));
  const rows: string[] = [];
  try {
    rows.push(...(await runOn(`sqlite:${join(dir, 'bench.db')}`, join(dir, 'files'), letters, runs)));
    if (process.env.TEST_PG_URL) {
      const pgDb = await createPgDatabase(process.env.TEST_PG_URL, 'pamong_bench_search');
      try {
        rows.push(...(await runOn(pgDb.url, join(dir, 'files-pg'), letters, runs)));
      } finally {
        await pgDb.drop();
      }
    } else console.log('postgres skipped (set TEST_PG_URL, e.g. bash scripts/with-pg.sh node --import tsx bench/search.ts)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printSummary(`Letter search, ${letters} letters in one tenant (target p95 ≤ 50 ms for any query)`, rows);
}

if (isMain(import.meta.url)) await main();
