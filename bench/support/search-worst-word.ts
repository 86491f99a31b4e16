/**
 * For the search bench: a word that is common in the tenant but absent from every letter a person may see — the worst
 * case of the visible-first plan (every one of their letters is probed; ADR 0004). Found by sampling the words of the
 * newest subjects; null when the sample has no such word.
 */
import { sql } from 'kysely';
import { executorOf } from '../../src/db/executor.ts';
import { searchLetters } from '../../src/modules/correspondence/index.ts';
import { whoAmI } from '../../src/modules/correspondence/letter-access.ts';
import { VISIBLE_FIRST_CAP } from '../../src/modules/correspondence/letter-search.service.ts';
import { searchTerms } from '../../src/modules/correspondence/letter-search-text.ts';
import { visibleSeqs } from '../../src/modules/correspondence/letter-search-visible.repository.ts';
import type { RequestContext } from '../../src/platform/access/context.ts';

/** Matches of a word in the tenant, counted up to `atMost`, with the service's own query (page of `atMost`). */
async function tenantMatches(ctx: RequestContext, word: string, atMost: number): Promise<number> {
  const db = executorOf(ctx);
  const rows =
    ctx.db.dialect === 'sqlite'
      ? await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT s.seq FROM letter_search_fts f CROSS JOIN letter_search s
          WHERE letter_search_fts MATCH ${`"${word}"`} AND s.seq = f.rowid AND s.tenant_id = ${ctx.tenantId} LIMIT ${atMost}) m`.execute(
          db,
        )
      : await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT seq FROM letter_search WHERE tenant_id = ${ctx.tenantId}
          AND document @@ plainto_tsquery('simple', ${word}) LIMIT ${atMost}) m`.execute(db);
  return Number(rows.rows[0]?.n ?? 0);
}

/** A word with at least `common` matches in the tenant and none among the person's letters, or null. */
export async function wordNoneOfMine(ctx: RequestContext, common = 1500): Promise<string | null> {
  const mine = await visibleSeqs(ctx, await whoAmI(ctx), VISIBLE_FIRST_CAP);
  if (!mine) return null;
  const sample = await sql<{ hal: string }>`SELECT hal FROM letter_search WHERE tenant_id = ${ctx.tenantId}
    ORDER BY seq DESC LIMIT 300`.execute(executorOf(ctx));
  const words = [...new Set(sample.rows.flatMap((r) => r.hal.split(' ')))].filter((w) => searchTerms(w).length === 1);
  for (const word of words) {
    if ((await tenantMatches(ctx, word, common)) < common) continue;
    const page = await searchLetters(ctx, { q: word, limit: 1 });
    if (page.items.length === 0) return word;
  }
  return null;
}
