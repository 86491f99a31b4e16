/**
 * The letter search index, per database: an FTS5 table on SQLite, a tsvector with a GIN index on PostgreSQL.
 * SECURITY: FTS5 MATCH and tsquery operators are not expressible through tenantDb's builder, so this file (and only
 * this file) runs raw SQL on the context's executor; every statement pins `tenant_id` to the context's tenant, and
 * the FTS5 table holds no tenant data besides tokens and is reached only by joining letter_search on (tenant, seq).
 */
import { type RawBuilder, sql } from 'kysely';
import { executorOf, inTransaction } from '../../db/executor.ts';
import type { LetterTextState } from '../../db/schema/letter-search.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { type Me, visibleLetterCondition } from './letter-access.ts';
import { ftsMatchText, indexedWords, plainWords, type SearchTerm } from './letter-search-text.ts';

/** What the index holds for one letter (raw texts; they are split into words here). */
export interface SearchEntry {
  readonly letterId: string;
  readonly hal: string;
  readonly body: string;
  readonly scanText: string | null;
  readonly textState: LetterTextState;
}

/** One matching letter: its place in the newest-first order and, in the relevance window, its score. */
export interface SearchHit {
  readonly seq: number;
  readonly letterId: string;
  readonly score: number;
}

/** SQLite: (re)writes the FTS5 row of a letter; returns its rowid (= letter_search.seq). Call inside a transaction. */
async function writeFts(ctx: RequestContext, seq: number | undefined, entry: SearchEntry): Promise<number> {
  const db = executorOf(ctx);
  const values = sql.join([indexedWords(entry.hal), indexedWords(entry.body), indexedWords(entry.scanText ?? '')]);
  if (seq !== undefined) {
    await sql`DELETE FROM letter_search_fts WHERE rowid = ${seq}`.execute(db);
    await sql`INSERT INTO letter_search_fts (rowid, hal, body, scan) VALUES (${seq}, ${values})`.execute(db);
    return seq;
  }
  await sql`INSERT INTO letter_search_fts (hal, body, scan) VALUES (${values})`.execute(db);
  const row = (await sql<{ id: number }>`SELECT last_insert_rowid() AS id`.execute(db)).rows[0];
  return Number(row?.id);
}

/** Adds or replaces a letter in the search index (in the caller's transaction, or its own). */
export async function saveSearchEntry(ctx: RequestContext, entry: SearchEntry): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const db = tenantDb(tx);
    const found = await db.selectFrom('letter_search').select('seq').where('letter_id', '=', entry.letterId).executeTakeFirst();
    const texts = {
      hal: plainWords(entry.hal),
      body: plainWords(entry.body),
      scan_text: entry.scanText === null ? null : plainWords(entry.scanText),
      text_state: entry.textState,
      indexed_at: tx.platform.now().toISOString(),
    };
    const sqlite = tx.db.dialect === 'sqlite';
    const seq = sqlite ? await writeFts(tx, found ? Number(found.seq) : undefined, entry) : undefined;
    if (found) await db.updateTable('letter_search').set(texts).where('letter_id', '=', entry.letterId).execute();
    else await db.insertInto('letter_search', { letter_id: entry.letterId, ...texts, ...(sqlite ? { seq } : {}) }).execute();
  });
}

/** Which part of the newest-first order to read: at or below `atMost`, or strictly below `below`. */
export interface SeqBound {
  readonly atMost?: number | undefined;
  readonly below?: number | undefined;
}

/**
 * A seq as an SQL integer. better-sqlite3 binds every JS number as REAL, and FTS5 ignores a rowid bound that is not
 * an integer: `rowid < 1.0e5` walks the doclist from the newest entry (SQLite re-checks the bound, so the answer is
 * right but a deep page took 30–55 ms instead of 0.4–0.6 ms at 1M letters), and `rowid = 5.0` matches every row.
 */
export function seqValue(seq: number): RawBuilder<number> {
  return sql<number>`CAST(${seq} AS BIGINT)`;
}

function seqCondition(column: string, bound: SeqBound): RawBuilder<boolean> {
  if (bound.below !== undefined) return sql<boolean>`${sql.ref(column)} < ${seqValue(bound.below)}`;
  if (bound.atMost !== undefined) return sql<boolean>`${sql.ref(column)} <= ${seqValue(bound.atMost)}`;
  return sql<boolean>`1 = 1`;
}

/** PostgreSQL: each term matches its Indonesian stem or itself verbatim; all terms must match. */
export function tsQuery(terms: readonly SearchTerm[]): RawBuilder<unknown> {
  return sql`(${sql.join(
    terms.map((t) => sql`(plainto_tsquery('indonesian', ${t.word}) || plainto_tsquery('simple', ${t.word}))`),
    sql` && `,
  )})`;
}

async function sqliteHits(ctx: RequestContext, me: Me, terms: readonly SearchTerm[], bound: SeqBound, limit: number) {
  // CROSS JOIN keeps FTS5 as the outer loop: it yields matches newest first and the query stops at the limit.
  const result = await sql<SearchHit>`
    SELECT s.seq AS "seq", s.letter_id AS "letterId", -bm25(letter_search_fts, 10.0, 4.0, 1.0) AS "score"
    FROM letter_search_fts f
    CROSS JOIN letter_search s
    JOIN letters l ON l.tenant_id = s.tenant_id AND l.id = s.letter_id
    WHERE letter_search_fts MATCH ${ftsMatchText(terms)} AND ${seqCondition('f.rowid', bound)}
      AND s.seq = f.rowid AND s.tenant_id = ${ctx.tenantId}
      AND ${visibleLetterCondition(ctx.tenantId, me, 's.letter_id', 'l.created_by')}
    ORDER BY f.rowid DESC LIMIT ${limit}`.execute(executorOf(ctx));
  return result.rows;
}

/**
 * Most matches a query takes from the GIN index (in no particular order) before it falls back to the newest-first
 * walk. Rare terms have fewer matches than this, so they are all read from the index, filtered and sorted; common
 * terms have more, and the walk along (tenant_id, seq) finds the newest ones quickly (ADR 0004).
 */
export const GIN_CANDIDATES = 2000;

async function postgresHits(ctx: RequestContext, me: Me, terms: readonly SearchTerm[], bound: SeqBound, limit: number) {
  const query = tsQuery(terms);
  const tenant = ctx.tenantId;
  const visible = visibleLetterCondition(tenant, me, 's.letter_id', 'l.created_by');
  // `few` is an uncorrelated scalar: PostgreSQL evaluates it once and runs only the branch it allows. Both branches
  // return the same rows (every visible match in the bound, newest first, at most `limit`); the rank is computed
  // outside, so only the returned rows are scored.
  const result = await sql<SearchHit>`
    WITH candidates AS MATERIALIZED (
      SELECT c.letter_id FROM letter_search c
      WHERE c.tenant_id = ${tenant} AND c.document @@ ${query} AND ${seqCondition('c.seq', bound)}
      LIMIT ${GIN_CANDIDATES + 1}),
    few AS MATERIALIZED (SELECT count(*) <= ${GIN_CANDIDATES} AS yes FROM candidates)
    SELECT w.seq AS "seq", w.letter_id AS "letterId", ts_rank(w.document, ${query}) AS "score" FROM (
      (SELECT s.seq, s.letter_id, s.document FROM candidates c
        JOIN letter_search s ON s.tenant_id = ${tenant} AND s.letter_id = c.letter_id
        JOIN letters l ON l.tenant_id = s.tenant_id AND l.id = s.letter_id
        WHERE (SELECT yes FROM few) AND ${visible}
        ORDER BY s.seq DESC LIMIT ${limit})
      UNION ALL
      (SELECT s.seq, s.letter_id, s.document FROM letter_search s
        JOIN letters l ON l.tenant_id = s.tenant_id AND l.id = s.letter_id
        WHERE NOT (SELECT yes FROM few) AND s.tenant_id = ${tenant} AND s.document @@ ${query}
          AND ${seqCondition('s.seq', bound)} AND ${visible}
        ORDER BY s.seq DESC LIMIT ${limit})) w
    ORDER BY w.seq DESC`.execute(executorOf(ctx));
  return result.rows;
}

/** The newest seq of the tenant's index (0 when empty): pins a search's relevance window, whatever the term. */
export async function newestIndexedSeq(ctx: RequestContext): Promise<number> {
  const row = await tenantDb(ctx)
    .selectFrom('letter_search')
    .select((eb) => eb.fn.max('seq').as('newest'))
    .executeTakeFirst();
  return Number(row?.newest ?? 0);
}

/**
 * The relevance window: the newest `size` matches at or below `atMost` (visible or not), of which only the visible
 * ones are returned, each with its score. `full` says the window was filled (older matches may exist below
 * `cutoff`, the oldest seq it read). SECURITY: `cutoff` counts letters I may not see; it never leaves the server.
 */
export interface MatchWindow {
  readonly hits: SearchHit[];
  readonly full: boolean;
  readonly cutoff: number;
}

/**
 * Who a window is read for: the visibility rule checked on each row (`me`), or membership in the seqs of every
 * letter I may see, listed beforehand by the same rule (visibleSeqs, for people who see few letters).
 */
export type Audience = { readonly me: Me } | { readonly seqs: readonly number[] };

/** SECURITY: the condition a window row (`s` = letter_search, `l` = letters) must meet to be shown. */
function visibleTo(ctx: RequestContext, audience: Audience): RawBuilder<boolean> {
  if ('me' in audience) return visibleLetterCondition(ctx.tenantId, audience.me, 's.letter_id', 'l.created_by');
  const seqs = [...audience.seqs];
  if (ctx.db.dialect === 'sqlite') return sql<boolean>`s.seq IN (SELECT value FROM json_each(${JSON.stringify(seqs)}))`;
  return sql<boolean>`s.seq = ANY(${seqs}::bigint[])`;
}

interface WindowRow {
  read: number | string;
  cutoff: number | string | null;
  seq: number | string | null;
  letterId: string | null;
  score: number | string | null;
}

async function sqliteWindow(
  ctx: RequestContext,
  visible: RawBuilder<boolean>,
  terms: readonly SearchTerm[],
  atMost: number,
  size: number,
) {
  // The newest `size` matches are read once (FTS5 walks its doclist newest first); the visibility check runs on them
  // alone, so its cost is bounded by `size` whoever searches. bm25 (a docsize lookup per row) runs only for the
  // visible rows (CASE is lazy); invisible rows get a NULL score and are only counted. CROSS JOIN keeps FTS5 as the
  // outer loop (without statistics SQLite would otherwise start from letters).
  const result = await sql<WindowRow>`
    WITH newest AS MATERIALIZED (
      SELECT f.rowid AS seq, s.letter_id AS letter_id,
        CASE WHEN ${visible} THEN -bm25(letter_search_fts, 10.0, 4.0, 1.0) END AS score
      FROM letter_search_fts f CROSS JOIN letter_search s CROSS JOIN letters l
      WHERE letter_search_fts MATCH ${ftsMatchText(terms)} AND f.rowid <= ${seqValue(atMost)}
        AND s.seq = f.rowid AND s.tenant_id = ${ctx.tenantId} AND l.tenant_id = s.tenant_id AND l.id = s.letter_id
      ORDER BY f.rowid DESC LIMIT ${size}),
    stats AS (SELECT count(*) AS read, min(seq) AS cutoff FROM newest)
    SELECT st.read AS "read", st.cutoff AS "cutoff", v.seq AS "seq", v.letter_id AS "letterId", v.score AS "score"
    FROM stats st LEFT JOIN (SELECT seq, letter_id, score FROM newest WHERE score IS NOT NULL) v ON 1 = 1`.execute(
    executorOf(ctx),
  );
  return result.rows;
}

async function postgresWindow(
  ctx: RequestContext,
  visible: RawBuilder<boolean>,
  terms: readonly SearchTerm[],
  atMost: number,
  size: number,
) {
  const query = tsQuery(terms);
  const tenant = ctx.tenantId;
  // As in postgresHits: rare terms take the GIN candidates, common ones the newest-first walk (one branch runs).
  // Only the visible rows of the window are scored.
  const result = await sql<WindowRow>`
    WITH candidates AS MATERIALIZED (
      SELECT c.seq FROM letter_search c
      WHERE c.tenant_id = ${tenant} AND c.document @@ ${query} AND c.seq <= ${seqValue(atMost)} LIMIT ${GIN_CANDIDATES + 1}),
    few AS MATERIALIZED (SELECT count(*) <= ${GIN_CANDIDATES} AS yes FROM candidates),
    newest AS MATERIALIZED (
      (SELECT c.seq FROM candidates c WHERE (SELECT yes FROM few) ORDER BY c.seq DESC LIMIT ${size})
      UNION ALL
      (SELECT s.seq FROM letter_search s
        WHERE NOT (SELECT yes FROM few) AND s.tenant_id = ${tenant} AND s.document @@ ${query} AND s.seq <= ${seqValue(atMost)}
        ORDER BY s.seq DESC LIMIT ${size})),
    stats AS (SELECT count(*) AS read, min(seq) AS cutoff FROM newest)
    SELECT st.read AS "read", st.cutoff AS "cutoff", v.seq AS "seq", v.letter_id AS "letterId", v.score AS "score"
    FROM stats st LEFT JOIN (
      SELECT s.seq, s.letter_id, ts_rank(s.document, ${query}) AS score FROM newest n
      JOIN letter_search s ON s.tenant_id = ${tenant} AND s.seq = n.seq
      JOIN letters l ON l.tenant_id = s.tenant_id AND l.id = s.letter_id
      WHERE ${visible}) v ON true`.execute(executorOf(ctx));
  return result.rows;
}

/**
 * SECURITY: the visible matches among the newest `size` matches at or below `atMost` (visibility inside the query;
 * the invisible ones are only counted), with their relevance scores.
 */
export async function matchWindow(
  ctx: RequestContext,
  audience: Audience,
  terms: readonly SearchTerm[],
  atMost: number,
  size: number,
): Promise<MatchWindow> {
  if (terms.length === 0) return { hits: [], full: false, cutoff: 0 };
  const visible = visibleTo(ctx, audience);
  const rows =
    ctx.db.dialect === 'sqlite'
      ? await sqliteWindow(ctx, visible, terms, atMost, size)
      : await postgresWindow(ctx, visible, terms, atMost, size);
  const stats = rows[0];
  const hits = rows.flatMap((r) =>
    r.seq === null || r.letterId === null ? [] : [{ seq: Number(r.seq), letterId: r.letterId, score: Number(r.score) }],
  );
  return { hits, full: Number(stats?.read ?? 0) >= size, cutoff: Number(stats?.cutoff ?? 0) };
}

/**
 * SECURITY: the letters matching every term that I may see (visibility inside the query, so pages and their
 * absence never reveal other letters), newest first within the bound, at most `limit`, each with a relevance score.
 */
export async function matchingLetters(
  ctx: RequestContext,
  me: Me,
  terms: readonly SearchTerm[],
  bound: SeqBound,
  limit: number,
): Promise<SearchHit[]> {
  if (terms.length === 0) return [];
  const rows =
    ctx.db.dialect === 'sqlite'
      ? await sqliteHits(ctx, me, terms, bound, limit)
      : await postgresHits(ctx, me, terms, bound, limit);
  return rows.map((r) => ({ seq: Number(r.seq), letterId: r.letterId, score: Number(r.score) }));
}
