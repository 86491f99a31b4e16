/**
 * A check for the search bench on PostgreSQL: the repository's answer (GIN candidates first for rare terms, see
 * letter-search.repository.ts) must equal the plain newest-first query it replaced, on the big corpus too, where
 * the common words take the other branch.
 */
import { sql } from 'kysely';
import { executorOf } from '../../src/db/executor.ts';
import { visibleLetterCondition, whoAmI } from '../../src/modules/correspondence/letter-access.ts';
import { matchingLetters } from '../../src/modules/correspondence/letter-search.repository.ts';
import { RELEVANCE_WINDOW } from '../../src/modules/correspondence/letter-search.service.ts';
import { searchTerms } from '../../src/modules/correspondence/letter-search-text.ts';
import type { RequestContext } from '../../src/platform/access/context.ts';

/** Compares the relevance window of `word` with the plain walk's; returns a short note for the figure row. */
export async function plainWalkMatches(ctx: RequestContext, word: string): Promise<string> {
  const me = await whoAmI(ctx);
  const terms = searchTerms(word);
  const got = await matchingLetters(ctx, me, terms, {}, RELEVANCE_WINDOW);
  const query = sql`(${sql.join(
    terms.map((t) => sql`(plainto_tsquery('indonesian', ${t.word}) || plainto_tsquery('simple', ${t.word}))`),
    sql` && `,
  )})`;
  const t0 = performance.now();
  const expected = await sql<{ seq: number; letter_id: string }>`
    SELECT s.seq, s.letter_id FROM letter_search s
    JOIN letters l ON l.tenant_id = s.tenant_id AND l.id = s.letter_id
    WHERE s.tenant_id = ${ctx.tenantId} AND s.document @@ ${query}
      AND ${visibleLetterCondition(ctx.tenantId, me, 's.letter_id', 'l.created_by')}
    ORDER BY s.seq DESC LIMIT ${RELEVANCE_WINDOW}`.execute(executorOf(ctx));
  const plainMs = performance.now() - t0;
  const same = got.length === expected.rows.length && got.every((hit, i) => hit.letterId === expected.rows[i]?.letter_id);
  return ` · ${got.length} in window, ${same ? 'same' : 'DIFFERENT'} as the plain walk (which took ${plainMs.toFixed(0)} ms once)`;
}
