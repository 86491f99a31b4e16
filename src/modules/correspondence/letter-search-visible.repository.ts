/**
 * The visible-first search plan (ADR 0004) for people who see few letters: their letters are listed through the
 * indexes of the visibility rule (registrar, recipient position, disposition chain); the relevance window then checks
 * membership in that list instead of the rule (matchWindow with `{ seqs }`), and the older matches are found by
 * checking the match per letter (FTS5 rowid probes on SQLite, each row's tsvector on PostgreSQL), newest first, in
 * growing batches, so a staff member searching a word found in almost every letter reads their own letters, not the
 * tenant's matches.
 * SECURITY: raw SQL (see letter-search.repository.ts); every statement pins `tenant_id` to the context's tenant, and
 * the set of letters is built from exactly the conditions of `visibleLetterCondition` (letter-access.ts).
 */
import { type RawBuilder, sql } from 'kysely';
import { executorOf } from '../../db/executor.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { type Me, orNone } from './letter-access.ts';
import { type SearchHit, tsQuery } from './letter-search.repository.ts';
import { ftsMatchText, type SearchTerm } from './letter-search-text.ts';

/** The letter-id lists whose union is every letter I may see: the disjuncts of visibleLetterCondition. */
function visibilityBranches(ctx: RequestContext, me: Me): RawBuilder<unknown>[] {
  const t = ctx.tenantId;
  const positions = sql.join(orNone(me.positionIds));
  const employee = me.employeeId ?? '';
  return [
    sql`SELECT id AS letter_id FROM letters WHERE tenant_id = ${t} AND created_by = ${me.userId ?? ''}`,
    sql`SELECT letter_id FROM letter_recipients WHERE tenant_id = ${t} AND position_id IN (${positions})`,
    sql`SELECT letter_id FROM dispositions WHERE tenant_id = ${t} AND from_position_id IN (${positions})`,
    sql`SELECT letter_id FROM dispositions WHERE tenant_id = ${t} AND to_position_id IN (${positions})`,
    sql`SELECT letter_id FROM dispositions WHERE tenant_id = ${t} AND from_employee_id = ${employee}`,
    sql`SELECT letter_id FROM dispositions WHERE tenant_id = ${t} AND read_by_employee_id = ${employee}`,
  ];
}

/**
 * SECURITY: the search-index seqs of every letter I may see, newest first, when I may see at most `cap` letters;
 * null when I may see more. First each branch is counted up to cap + 1 (index-only, so a head's or the registrar's
 * answer, null, costs a few thousand index entries); only when every branch fits is the union read. UNION ALL +
 * DISTINCT, not UNION: without statistics SQLite merges a UNION by scanning each table in letter_id order (1.8 s for a
 * staff member at 1M letters) instead of reading each branch's index (5 ms).
 */
export async function visibleSeqs(ctx: RequestContext, me: Me, cap: number): Promise<number[] | null> {
  const db = executorOf(ctx);
  const branches = visibilityBranches(ctx, me);
  const counts = branches.map((b, i) => sql`(SELECT count(*) FROM (${b} LIMIT ${cap + 1}) b) AS ${sql.ref(`c${i}`)}`);
  const sizes = (await sql<Record<string, number | string>>`SELECT ${sql.join(counts)}`.execute(db)).rows[0] ?? {};
  if (Object.values(sizes).some((n) => Number(n) > cap)) return null;
  const result = await sql<{ seq: number | string | null }>`
    WITH mine AS MATERIALIZED (SELECT DISTINCT letter_id FROM (${sql.join(branches, sql` UNION ALL `)}) u)
    SELECT s.seq AS "seq" FROM mine m LEFT JOIN letter_search s ON s.tenant_id = ${ctx.tenantId} AND s.letter_id = m.letter_id
  `.execute(db);
  if (result.rows.length > cap) return null;
  return result.rows.flatMap((r) => (r.seq === null ? [] : [Number(r.seq)])).sort((x, y) => y - x);
}

interface HitRow {
  seq: number | string;
  letterId: string;
}

/**
 * The matching letters among `seqs` (any order in, any order out). No relevance score: these are the letters older
 * than the relevance window, shown newest first; bm25 would also cost a full doclist read per probe on SQLite (its
 * IDF is computed per FTS5 cursor, 30 ms per probe for a common word at 1M letters).
 */
async function probe(ctx: RequestContext, terms: readonly SearchTerm[], seqs: readonly number[]): Promise<SearchHit[]> {
  if (seqs.length === 0) return [];
  const t = ctx.tenantId;
  const list = [...seqs];
  // json_each yields INTEGER values, so FTS5 gets integer rowid probes (see seqValue).
  const query =
    ctx.db.dialect === 'sqlite'
      ? sql<HitRow>`
        SELECT f.rowid AS "seq", s.letter_id AS "letterId" FROM letter_search_fts f CROSS JOIN letter_search s
        WHERE letter_search_fts MATCH ${ftsMatchText(terms)} AND f.rowid IN (SELECT value FROM json_each(${JSON.stringify(list)}))
          AND s.seq = f.rowid AND s.tenant_id = ${t}`
      : sql<HitRow>`
        SELECT s.seq AS "seq", s.letter_id AS "letterId" FROM letter_search s
        WHERE s.tenant_id = ${t} AND s.seq = ANY(${list}::bigint[]) AND s.document @@ ${tsQuery(terms)}`;
  const rows = (await query.execute(executorOf(ctx))).rows;
  return rows.map((r) => ({ seq: Number(r.seq), letterId: r.letterId, score: 0 }));
}

const FIRST_BATCH = 32;
const MAX_BATCH = 512;

/**
 * SECURITY: the newest `limit` matches among `seqs` (my letters from visibleSeqs, newest first), probing in growing
 * batches: a word in most of my letters is settled by the first batch, a word in none of them costs a probe per
 * letter (≈ 35 µs on SQLite at 1M letters, bounded by VISIBLE_FIRST_CAP).
 */
export async function newestMatchesAmong(
  ctx: RequestContext,
  terms: readonly SearchTerm[],
  seqs: readonly number[],
  limit: number,
): Promise<SearchHit[]> {
  const found: SearchHit[] = [];
  let size = Math.max(FIRST_BATCH, limit);
  for (let from = 0; from < seqs.length && found.length < limit; from += size, size = Math.min(size * 2, MAX_BATCH)) {
    const hits = await probe(ctx, terms, seqs.slice(from, from + size));
    found.push(...hits.sort((x, y) => y.seq - x.seq));
  }
  return found.slice(0, limit);
}
