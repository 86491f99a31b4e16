/**
 * Letter search: keeping the index (metadata at once, the PDF's text by a job) and answering queries.
 * Ranking: matches are read newest first (index order) and never all scored. The newest RELEVANCE_WINDOW matches I
 * may see are ordered by relevance (bm25 on SQLite, ts_rank on PostgreSQL); older matches follow newest first.
 * Scoring every match of a common word takes about a second at a million letters; this stays bounded.
 */
import { z } from 'zod';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { enqueue } from '../../platform/jobs/index.ts';
import { loadFile } from '../../platform/storage/tenant-files.ts';
import { ValidationError } from '../../shared/errors.ts';
import { whoAmI } from './letter-access.ts';
import type { LetterSearchItem, LetterSearchQuery, LetterSearchView } from './letter-search.contract.ts';
import { matchingLetters, type SearchEntry, type SearchHit, saveSearchEntry } from './letter-search.repository.ts';
import { letterIndexSpec } from './letter-search-jobs.spec.ts';
import { boundedText, searchTerms } from './letter-search-text.ts';
import { extractPdfText } from './pdf-text.ts';

/** How many of the newest visible matches are ordered by relevance before the rest follows newest first. */
export const RELEVANCE_WINDOW = 1000;

async function letterTexts(ctx: RequestContext, letterId: string) {
  return tenantDb(ctx)
    .selectFrom('letters')
    .leftJoin('contacts', (j) =>
      j.onRef('contacts.tenant_id', '=', 'letters.tenant_id').onRef('contacts.id', '=', 'letters.sender_contact_id'),
    )
    .select(['letters.hal', 'letters.summary', 'letters.agenda_number', 'letters.their_number', 'letters.scan_file_id'])
    .select(['contacts.name as sender_name', 'contacts.organisation as sender_organisation'])
    .where('letters.id', '=', letterId)
    .executeTakeFirstOrThrow();
}

type LetterTexts = Awaited<ReturnType<typeof letterTexts>>;

function entryOf(letterId: string, l: LetterTexts, scan: Pick<SearchEntry, 'scanText' | 'textState'>): SearchEntry {
  const body = [l.agenda_number, l.their_number, l.summary, l.sender_name, l.sender_organisation].filter(Boolean).join(' ');
  return { letterId, hal: l.hal, body, ...scan };
}

/**
 * Puts a just-registered or just-signed letter into the search index (number, hal, summary, sender) in the caller's
 * transaction, and queues the extraction of its PDF's text, so registering stays fast.
 */
export async function indexLetterForSearch(ctx: RequestContext, letterId: string): Promise<void> {
  const letter = await letterTexts(ctx, letterId);
  const textState = letter.scan_file_id ? 'pending' : 'none';
  await saveSearchEntry(ctx, entryOf(letterId, letter, { scanText: null, textState }));
  if (letter.scan_file_id) await enqueue(ctx, letterIndexSpec, { letterId });
}

/** The job's work: extracts the PDF's text (bounded) and re-indexes the letter with it; a broken PDF is marked failed. */
export async function indexLetterText(ctx: RequestContext, letterId: string): Promise<{ chars: number }> {
  const letter = await letterTexts(ctx, letterId);
  if (!letter.scan_file_id) return { chars: 0 };
  const pdf = await loadFile(ctx, letter.scan_file_id);
  const text = await extractPdfText(pdf).then(boundedText, () => null);
  await saveSearchEntry(ctx, entryOf(letterId, letter, { scanText: text, textState: text === null ? 'failed' : 'indexed' }));
  return { chars: text?.length ?? 0 };
}

const Cursor = z.object({
  a: z.number().int().nonnegative(),
  o: z.number().int().positive().optional(),
  b: z.number().int().nonnegative().optional(),
});
type Cursor = z.infer<typeof Cursor>;

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    return Cursor.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw new ValidationError([{ field: 'cursor', message: 'errors.invalid' }]);
  }
}

/** The relevance window: the newest visible matches, best first; then where the newest-first tail starts. */
function windowPage(window: SearchHit[], anchor: number, offset: number, limit: number) {
  const ranked = [...window].sort((x, y) => y.score - x.score || y.seq - x.seq);
  const hits = ranked.slice(offset, offset + limit);
  let next: Cursor | null = null;
  if (offset + limit < ranked.length) next = { a: anchor, o: offset + limit };
  else if (window.length === RELEVANCE_WINDOW) next = { a: anchor, b: Math.min(...window.map((w) => w.seq)) };
  return { hits, next };
}

async function pageOfHits(ctx: RequestContext, q: string, cursor: Cursor | null, limit: number) {
  const me = await whoAmI(ctx);
  const terms = searchTerms(q);
  if (cursor?.b !== undefined) {
    const rows = await matchingLetters(ctx, me, terms, { below: cursor.b }, limit + 1);
    const hits = rows.slice(0, limit);
    const last = hits.at(-1);
    return { hits, next: rows.length > limit && last ? { a: cursor.a, b: last.seq } : null };
  }
  const window = await matchingLetters(ctx, me, terms, { atMost: cursor?.a }, RELEVANCE_WINDOW);
  return windowPage(window, cursor?.a ?? window[0]?.seq ?? 0, cursor?.o ?? 0, limit);
}

async function cardsOf(ctx: RequestContext, ids: readonly string[]): Promise<z.infer<typeof LetterSearchItem>[]> {
  if (ids.length === 0) return [];
  const rows = await tenantDb(ctx)
    .selectFrom('letters')
    .leftJoin('contacts', (j) =>
      j.onRef('contacts.tenant_id', '=', 'letters.tenant_id').onRef('contacts.id', '=', 'letters.sender_contact_id'),
    )
    .select(['letters.id', 'letters.direction', 'letters.agenda_number', 'letters.their_number', 'letters.hal'])
    .select(['letters.received_on', 'letters.security', 'letters.urgency', 'letters.status'])
    .select(['contacts.name as sender_name', 'contacts.organisation as sender_organisation'])
    .where('letters.id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id: r.id,
        direction: r.direction,
        agendaNumber: r.agenda_number,
        theirNumber: r.their_number,
        hal: r.hal,
        senderName: r.sender_name,
        senderOrganisation: r.sender_organisation,
        receivedOn: r.received_on,
        security: r.security,
        urgency: r.urgency,
        status: r.status,
      },
    ];
  });
}

/** SECURITY: searches the letters I may see (visibility is part of the query; see matchingLetters). */
export async function searchLetters(
  ctx: RequestContext,
  query: z.infer<typeof LetterSearchQuery>,
): Promise<z.infer<typeof LetterSearchView>> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const { hits, next } = await pageOfHits(ctx, query.q, cursor, query.limit);
  return {
    items: await cardsOf(
      ctx,
      hits.map((h) => h.letterId),
    ),
    nextCursor: next ? encodeCursor(next) : null,
  };
}
