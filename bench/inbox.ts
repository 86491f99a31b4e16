/**
 * Inbox (issue #4): p50/p95 of `inbox` (the function behind GET /api/letters/inbox) for the head with the biggest
 * inbox and for a staff member with a small one, first page and a deep keyset page, beside the raw keyset SQL of
 * the same page measured in the same run (target: service p95 ≤ 1.5× raw). Data: bench/support/generate-letters.ts.
 * Usage: node --import tsx bench/inbox.ts [--letters 20000] [--runs 60] [--corpus corpus.json]
 *   (--corpus: a corpus written by generate-letters.ts --out, e.g. 1M letters; otherwise SQLite, and PostgreSQL
 *   when TEST_PG_URL is set, each with a fresh corpus of --letters letters)
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { rawKysely } from '../src/db/connection.ts';
import { encodeCursor, inbox } from '../src/modules/correspondence/inbox.queries.ts';
import { isMain, ms, printSummary } from './support/bench-kit.ts';
import { actAs, freshCorpus, interleavedLatencies, type OpenCorpus, openSavedCorpus } from './support/corpus-bench.ts';

const PAGE = 25;
/**
 * Calls of each measured function before timing: a running server has long since optimised the service's query
 * building, while three calls left it unoptimised (SQLite, --runs 60: 0.49–0.78 against 0.40–0.43 ms p50).
 */
const WARM_UP = 300;

/**
 * The best hand-written page query: recipients of my position in the order of letter_recipients_inbox_idx (tenant,
 * position, received_on desc, letter_id desc; the date is copied there, migration 2026-11-28T1840), a row-value
 * keyset, joined to letters and contacts for the page's rows only.
 */
function rawPage(c: OpenCorpus, positionId: string, after: { receivedOn: string; id: string } | null) {
  const keyset = after ? sql`AND (r.received_on, r.letter_id) < (${after.receivedOn}, ${after.id})` : sql``;
  const tenantId = c.corpus.tenantId;
  return sql`SELECT l.id, l.agenda_number, l.hal, l.received_on, l.security, l.urgency, l.status,
      ct.name AS sender_name, ct.organisation AS sender_organisation, r.role, r.read_at
    FROM letter_recipients r
    JOIN letters l ON l.tenant_id = r.tenant_id AND l.id = r.letter_id
    LEFT JOIN contacts ct ON ct.tenant_id = l.tenant_id AND ct.id = l.sender_contact_id
    WHERE r.tenant_id = ${tenantId} AND r.position_id = ${positionId} ${keyset}
    ORDER BY r.received_on DESC, r.letter_id DESC LIMIT ${PAGE + 1}`.execute(rawKysely(c.db));
}

/**
 * The same work as the service, hand-written: the user's pegawai and today's positions (one join), then the keyset
 * page. The fair floor for the service (the keyset page alone knows the position beforehand). The unread counts are
 * the work queues' (GET /api/work-queues), not the inbox's.
 */
async function rawSameWork(c: OpenCorpus, userId: string, after: { receivedOn: string; id: string } | null) {
  const db = rawKysely(c.db);
  const tenantId = c.corpus.tenantId;
  const today = WIB_DAY.format(new Date());
  const held = await sql<{ position_id: string | null }>`SELECT a.position_id FROM users u
    LEFT JOIN assignments a ON a.tenant_id = u.tenant_id AND a.employee_id = u.employee_id
      AND a.starts_on <= ${today} AND (a.ends_on IS NULL OR a.ends_on >= ${today})
    WHERE u.tenant_id = ${tenantId} AND u.id = ${userId}`.execute(db);
  return rawPage(c, held.rows[0]?.position_id as string, after);
}

/** Today's date in WIB, formatted by one formatter (building one costs ~0.1–0.2 ms, as much as the page). */
const WIB_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' });

/** Size of a position's inbox and the keyset position `depth` rows down. */
async function inboxFacts(c: OpenCorpus, positionId: string) {
  const db = rawKysely(c.db);
  const tenantId = c.corpus.tenantId;
  const count = await sql<{ n: number }>`SELECT count(*) AS n FROM letter_recipients
    WHERE tenant_id = ${tenantId} AND position_id = ${positionId}`.execute(db);
  const size = Number(count.rows[0]?.n ?? 0);
  const depth = Math.min(100_000, Math.floor(size / 2));
  const row = await sql<{ received_on: string; id: string }>`SELECT r.received_on, r.letter_id AS id FROM letter_recipients r
    WHERE r.tenant_id = ${tenantId} AND r.position_id = ${positionId}
    ORDER BY r.received_on DESC, r.letter_id DESC LIMIT 1 OFFSET ${depth}`.execute(db);
  const at = row.rows[0] as { received_on: string; id: string };
  return { size, depth, after: { receivedOn: at.received_on, id: at.id } };
}

/** Refuses to measure when the service's page and the raw page differ (letter ids, in order). */
async function sameAnswer(
  c: OpenCorpus,
  ctx: ReturnType<typeof actAs>,
  positionId: string,
  after: { receivedOn: string; id: string } | null,
  cursor: string | undefined,
) {
  const raw = (await rawPage(c, positionId, after)).rows as { id: string }[];
  const rawIds = [...new Set(raw.slice(0, PAGE).map((r) => r.id))];
  const served = (await inbox(ctx, { limit: PAGE, cursor })).items.map((i) => i.id);
  if (served.join() !== rawIds.join()) throw new Error('inbox() and the raw keyset query disagree');
}

async function measureOne(c: OpenCorpus, who: string, userId: string, positionId: string, runs: number): Promise<string[]> {
  const ctx = actAs(c, userId, 'staf');
  const facts = await inboxFacts(c, positionId);
  // The service's own cursor (newest-first order) for the row the deep page starts after.
  const cursor = encodeCursor(false, facts.after.receivedOn, facts.after.id);
  const rows: string[] = [];
  for (const [page, after, pageCursor] of [
    ['first page', null, undefined],
    [`page at row ${facts.depth}`, facts.after, cursor],
  ] as const) {
    await sameAnswer(c, ctx, positionId, after, pageCursor);
    const { raw, same, service } = await interleavedLatencies(
      runs,
      {
        raw: () => rawPage(c, positionId, after),
        same: () => rawSameWork(c, userId, after),
        service: () => inbox(ctx, { limit: PAGE, cursor: pageCursor }),
      },
      WARM_UP,
    );
    rows.push(
      `${c.db.dialect.padEnd(8)} ${who} (${facts.size} letters), ${page}: inbox p50 ${ms(service.p50)} ms · p95 ${ms(service.p95)} ms · raw keyset p50 ${ms(raw.p50)} ms · p95 ${ms(raw.p95)} ms · ${(service.p95 / raw.p95).toFixed(1)}× · raw same work (who, page) p50 ${ms(same.p50)} ms · p95 ${ms(same.p95)} ms · ${(service.p95 / same.p95).toFixed(1)}× (load ${loadavg()[0].toFixed(1)})`,
    );
    console.log(rows.at(-1));
  }
  return rows;
}

/** Both held positions' raw keyset pages, merged newest first (what a Plt's first page needs at the least). */
async function rawPages(c: OpenCorpus, positionIds: readonly string[]) {
  const pages = await Promise.all(positionIds.map((id) => rawPage(c, id, null)));
  const rows = pages.flatMap((page) => page.rows as { id: string; received_on: string }[]);
  const key = (r: { id: string; received_on: string }) => `${r.received_on}|${r.id}`;
  return rows.sort((x, y) => (key(x) < key(y) ? 1 : -1)).slice(0, PAGE + 1);
}

/**
 * A head who is also Plt of another head's position (two held positions): the first page, beside both positions'
 * raw keyset pages merged. The Plt assignment is added for the measurement and removed after.
 */
async function measurePlt(c: OpenCorpus, head: { userId: string; id: string }, plt: { id: string }, runs: number) {
  const db = rawKysely(c.db);
  const tenantId = c.corpus.tenantId;
  const id = `bench-plt-${Date.now()}`;
  await sql`INSERT INTO assignments (tenant_id, id, position_id, employee_id, kind, starts_on, ends_on, decree_number, source)
    SELECT tenant_id, ${id}, ${plt.id}, employee_id, 'plt', '2000-01-01', NULL, NULL, 'import' FROM users
    WHERE tenant_id = ${tenantId} AND id = ${head.userId}`.execute(db);
  try {
    const ctx = actAs(c, head.userId, 'staf');
    const positions = [head.id, plt.id];
    const served = (await inbox(ctx, { limit: PAGE })).items.map((i) => i.id);
    const raw = [...new Set((await rawPages(c, positions)).slice(0, PAGE).map((r) => r.id))];
    if (served.join() !== raw.join()) throw new Error('inbox() and the raw keyset pages disagree (Plt)');
    const { rawTimes, service } = await interleavedLatencies(
      runs,
      { rawTimes: () => rawPages(c, positions), service: () => inbox(ctx, { limit: PAGE }) },
      WARM_UP,
    );
    const row = `${c.db.dialect.padEnd(8)} head + Plt of another head (2 positions), first page: inbox p50 ${ms(service.p50)} ms · p95 ${ms(service.p95)} ms · raw keyset pages p50 ${ms(rawTimes.p50)} ms · p95 ${ms(rawTimes.p95)} ms · ${(service.p95 / rawTimes.p95).toFixed(1)}× (load ${loadavg()[0].toFixed(1)})`;
    console.log(row);
    return [row];
  } finally {
    await sql`DELETE FROM assignments WHERE tenant_id = ${tenantId} AND id = ${id}`.execute(db);
  }
}

async function measure(c: OpenCorpus, runs: number): Promise<string[]> {
  const [head, , , , fifth] = c.corpus.heads;
  if (!head || !fifth) throw new Error('corpus without five heads');
  return [
    ...(await measureOne(c, 'head', head.userId, head.id, runs)),
    ...(await measureOne(c, 'staff', c.corpus.staff.userId, c.corpus.staff.id, runs)),
    ...(await measurePlt(c, head, fifth, runs)),
  ];
}

async function main() {
  const { values } = parseArgs({
    options: {
      letters: { type: 'string', default: '20000' },
      runs: { type: 'string', default: '60' },
      corpus: { type: 'string', multiple: true },
    },
  });
  const runs = Number(values.runs);
  const rows: string[] = [];
  const corpora = values.corpus?.length
    ? values.corpus.map((path) => () => Promise.resolve(openSavedCorpus(path)))
    : [() => freshCorpus('sqlite', Number(values.letters))];
  if (!values.corpus?.length && process.env.TEST_PG_URL)
    corpora.push(() => freshCorpus('postgres', Number(values.letters), process.env.TEST_PG_URL));
  let letters = Number(values.letters);
  for (const open of corpora) {
    const c = await open();
    letters = c.letters;
    try {
      rows.push(...(await measure(c, runs)));
    } finally {
      await c.close();
    }
  }
  printSummary(`Inbox, ${letters} letters, 10000 users in one tenant (target: service p95 ≤ 1.5× raw keyset)`, rows);
}

if (isMain(import.meta.url)) await main();
