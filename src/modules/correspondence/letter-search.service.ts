/**
 * Letter search: keeping the index (metadata at once, the PDF's text by a job) and answering queries.
 * Ranking (ADR 0004): matches are read newest first (index order) and never all scored. Among the newest
 * RELEVANCE_WINDOW matches (visible or not), the ones I may see are ordered by relevance (bm25 on SQLite, ts_rank on
 * PostgreSQL); older visible matches follow newest first. Bounding the window by matches read, not by visible
 * matches, caps the visibility checks of a page at RELEVANCE_WINDOW for someone who sees few letters. Someone who may
 * see at most VISIBLE_FIRST_CAP letters gets the same answer from the visible-first plan: their letters are probed
 * for the match instead of the tenant's matches being checked for visibility.
 */
import { z } from 'zod';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { enqueue } from '../../platform/jobs/index.ts';
import { loadFile } from '../../platform/storage/tenant-files.ts';
import { ValidationError } from '../../shared/errors.ts';
import { type Me, whoAmI } from './letter-access.ts';
import type { LetterSearchItem, LetterSearchQuery, LetterSearchView } from './letter-search.contract.ts';
import {
  type MatchWindow,
  matchingLetters,
  matchWindow,
  newestIndexedSeq,
  type SearchEntry,
  type SearchHit,
  saveSearchEntry,
} from './letter-search.repository.ts';
import { letterIndexSpec } from './letter-search-jobs.spec.ts';
import { boundedText, searchTerms } from './letter-search-text.ts';
import { newestMatchesAmong, visibleSeqs } from './letter-search-visible.repository.ts';
import { extractPdfText } from './pdf-text.ts';

/** How many of the newest matches (visible or not) form the relevance window; visible older ones follow by date. */
export const RELEVANCE_WINDOW = 1000;

/** Most letters a person may see for the visible-first plan (their letters probed for the match; ADR 0004). */
export const VISIBLE_FIRST_CAP = 2000;

/** The plan's knobs: the relevance window and the visible-first cap (smaller in tests of each rule). */
export interface SearchTuning {
  readonly windowSize: number;
  readonly visibleFirstCap: number;
}

const DEFAULT_TUNING: SearchTuning = { windowSize: RELEVANCE_WINDOW, visibleFirstCap: VISIBLE_FIRST_CAP };

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

/** Where the newest-first tail of a window starts, as the seq of a letter I may see (the cutoff never leaves). */
function tailCursor(anchor: number, last: SearchHit | undefined): Cursor | null {
  return last ? { a: anchor, b: last.seq } : null;
}

type Terms = ReturnType<typeof searchTerms>;

/** Where a search reads its matches; both plans give the same answers (ADR 0004). */
interface MatchSource {
  /** The relevance window: the visible letters among the newest `size` matches at or below `atMost`. */
  window(atMost: number, size: number): Promise<MatchWindow>;
  /** The newest `limit` visible matches strictly below `seq`. */
  below(seq: number, limit: number): Promise<SearchHit[]>;
}

/** SECURITY: the tenant's matches, filtered by visibility inside the query. */
function filteredSource(ctx: RequestContext, me: Me, terms: Terms): MatchSource {
  return {
    window: (atMost, size) => matchWindow(ctx, { me }, terms, atMost, size),
    below: (seq, limit) => matchingLetters(ctx, me, terms, { below: seq }, limit),
  };
}

/** SECURITY: my own letters (`seqs`, from visibleSeqs), probed for the match. */
function visibleFirstSource(ctx: RequestContext, terms: Terms, seqs: readonly number[]): MatchSource {
  return {
    window: (atMost, size) => matchWindow(ctx, { seqs }, terms, atMost, size),
    below: (seq, limit) =>
      newestMatchesAmong(
        ctx,
        terms,
        seqs.filter((s) => s < seq),
        limit,
      ),
  };
}

async function sourceFor(ctx: RequestContext, me: Me, terms: Terms, cap: number): Promise<MatchSource> {
  const seqs = cap > 0 ? await visibleSeqs(ctx, me, cap) : null;
  return seqs ? visibleFirstSource(ctx, terms, seqs) : filteredSource(ctx, me, terms);
}

/**
 * A page of the relevance window (best first), topped up from the visible matches older than the window (newest
 * first) when the window is full and runs out on this page. SECURITY: cursors carry seqs of visible letters only.
 */
async function windowPage(source: MatchSource, window: MatchWindow, at: { a: number; o: number }, limit: number) {
  const ranked = [...window.hits].sort((x, y) => y.score - x.score || y.seq - x.seq);
  const hits = ranked.slice(at.o, at.o + limit);
  if (at.o + limit < ranked.length) return { hits, next: { a: at.a, o: at.o + limit } as Cursor | null };
  if (!window.full) return { hits, next: null };
  const oldestRanked = ranked.reduce<SearchHit | undefined>((min, h) => (min && min.seq < h.seq ? min : h), undefined);
  if (hits.length === limit) return { hits, next: tailCursor(at.a, oldestRanked) };
  const room = limit - hits.length;
  const tail = await source.below(window.cutoff, room + 1);
  const taken = tail.slice(0, room);
  return { hits: [...hits, ...taken], next: tail.length > room ? tailCursor(at.a, taken.at(-1)) : null };
}

async function pageOfHits(ctx: RequestContext, q: string, cursor: Cursor | null, limit: number, tuning: SearchTuning) {
  const terms = searchTerms(q);
  if (terms.length === 0) return { hits: [], next: null };
  const source = await sourceFor(ctx, await whoAmI(ctx), terms, tuning.visibleFirstCap);
  if (cursor?.b !== undefined) {
    const rows = await source.below(cursor.b, limit + 1);
    const hits = rows.slice(0, limit);
    return { hits, next: rows.length > limit ? tailCursor(cursor.a, hits.at(-1)) : null };
  }
  const anchor = cursor?.a ?? (await newestIndexedSeq(ctx));
  const window = await source.window(anchor, tuning.windowSize);
  return windowPage(source, window, { a: anchor, o: cursor?.o ?? 0 }, limit);
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

/**
 * SECURITY: searches the letters I may see (visibility is part of the query, or the query starts from my letters;
 * see MatchSource). `tuning` is for tests of each rule; requests use the defaults.
 */
export async function searchLetters(
  ctx: RequestContext,
  query: z.infer<typeof LetterSearchQuery>,
  tuning: Partial<SearchTuning> = {},
): Promise<z.infer<typeof LetterSearchView>> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const { hits, next } = await pageOfHits(ctx, query.q, cursor, query.limit, { ...DEFAULT_TUNING, ...tuning });
  return {
    items: await cardsOf(
      ctx,
      hits.map((h) => h.letterId),
    ),
    nextCursor: next ? encodeCursor(next) : null,
  };
}
