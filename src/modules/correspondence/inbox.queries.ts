/** The inbox: letters addressed to the positions I hold, keyset-paged newest first, with the unread count. */
import { expressionBuilder } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema/database.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ValidationError } from '../../shared/errors.ts';
import type { InboxItem, InboxView } from './correspondence.contract.ts';
import { type Me, whoAmI } from './letter-access.ts';

/** One page request: an opaque cursor from the previous page, the page size, and the filters and order. */
export interface InboxPage {
  readonly cursor?: string | undefined;
  readonly limit: number;
  readonly role?: 'kepada' | 'tembusan' | undefined;
  readonly unread?: boolean | undefined;
  readonly order?: 'newest' | 'oldest' | undefined;
}

/** The filters and order of one inbox listing (a cursor belongs to one order). */
type Listing = { role: InboxPage['role']; unread: boolean; oldest: boolean };

/** The unread count is exact below this; at it, it means "this many or more" (shown as 99+). */
export const UNREAD_COUNT_CAP = 100;

/** An opaque keyset cursor over (received_on, id), marked with its order (`n` newest / `o` oldest first). */
export function encodeCursor(oldest: boolean, receivedOn: string, id: string): string {
  return Buffer.from(`${oldest ? 'o' : 'n'}|${receivedOn}|${id}`).toString('base64url');
}

type Cursor = { receivedOn: string; id: string };

/** The cursor's position; a cursor of the other order (or garbage) is a 400 on `cursor`. */
function decodeCursor(cursor: string, oldest: boolean): Cursor {
  const [mark, receivedOn, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (mark !== (oldest ? 'o' : 'n') || !receivedOn || !id || !/^\d{4}-\d{2}-\d{2}$/.test(receivedOn))
    throw new ValidationError([{ field: 'cursor', message: 'errors.invalid' }]);
  return { receivedOn, id };
}

/** Rows (of letter_recipients) per position read for one page: the page and one more to know if there is a next. */
function positionPage(ctx: RequestContext, positionId: string, after: Cursor | null, size: number, listing: Listing) {
  const direction = listing.oldest ? 'asc' : 'desc';
  let q = tenantDb(ctx)
    .selectFrom('letter_recipients')
    .select(['letter_id', 'received_on', 'role', 'read_at'])
    .where('position_id', '=', positionId);
  // Both filters keep the walk on an index in the page order: the unread one on the partial index of unread rows.
  if (listing.unread) q = q.where('read_at', 'is', null);
  if (listing.role) q = q.where('role', '=', listing.role);
  if (after)
    q = q.where((eb) =>
      eb(eb.refTuple('received_on', 'letter_id'), listing.oldest ? '>' : '<', eb.tuple(after.receivedOn, after.id)),
    );
  return q.orderBy('received_on', direction).orderBy('letter_id', direction).limit(size);
}

/**
 * The page's recipient rows: per held position an index range scan of letter_recipients_inbox_idx (tenant,
 * position, received_on desc, letter_id desc) limited to the page, merged with UNION ALL; no sort of a whole inbox.
 */
function pageKeys(ctx: RequestContext, positionIds: readonly string[], after: Cursor | null, size: number, listing: Listing) {
  const eb = expressionBuilder<Database, never>();
  const [first, ...rest] = positionIds.map((id, i) =>
    eb.selectFrom(positionPage(ctx, id, after, size, listing).as(`p${i}`)).selectAll(),
  );
  if (!first) throw new Error('pageKeys needs a position');
  return rest.reduce((union, branch) => union.unionAll(branch), first);
}

function inboxRows(ctx: RequestContext, me: Me, query: InboxPage, listing: Listing) {
  const after = query.cursor ? decodeCursor(query.cursor, listing.oldest) : null;
  const direction = listing.oldest ? 'asc' : 'desc';
  return tenantDb(ctx)
    .selectFrom('letters')
    .innerJoin(pageKeys(ctx, me.positionIds, after, query.limit + 1, listing).as('r'), 'r.letter_id', 'letters.id')
    .leftJoin('contacts', (j) =>
      j.onRef('contacts.tenant_id', '=', 'letters.tenant_id').onRef('contacts.id', '=', 'letters.sender_contact_id'),
    )
    .select(['letters.id', 'letters.agenda_number', 'letters.hal', 'letters.received_on'])
    .select(['letters.security', 'letters.urgency', 'letters.status', 'r.role', 'r.read_at'])
    .select(['contacts.name as sender_name', 'contacts.organisation as sender_organisation'])
    .orderBy('r.received_on', direction)
    .orderBy('r.letter_id', direction)
    .limit(query.limit + 1)
    .execute();
}

type InboxRow = Awaited<ReturnType<typeof inboxRows>>[number];

function inboxItem(r: InboxRow): z.infer<typeof InboxItem> {
  return {
    id: r.id,
    agendaNumber: r.agenda_number,
    hal: r.hal,
    senderName: r.sender_name,
    senderOrganisation: r.sender_organisation,
    receivedOn: r.received_on,
    security: r.security,
    urgency: r.urgency,
    status: r.status,
    role: r.role,
    unread: r.read_at === null,
  };
}

/** One line per letter when I hold several of its recipient positions: kepada first, unread if any row is. */
function mergeSameLetter(items: z.infer<typeof InboxItem>[]): z.infer<typeof InboxItem>[] {
  const merged = new Map<string, z.infer<typeof InboxItem>>();
  for (const item of items) {
    const seen = merged.get(item.id);
    if (!seen) merged.set(item.id, item);
    else
      merged.set(item.id, { ...seen, role: seen.role === 'kepada' ? 'kepada' : item.role, unread: seen.unread || item.unread });
  }
  return [...merged.values()];
}

/**
 * Letters addressed to positions I hold, newest (or oldest) first, keyset-paged by (received_on, id), optionally only
 * kepada or tembusan, or only unread; with the unread count of the whole inbox.
 */
export async function inbox(ctx: RequestContext, query: InboxPage): Promise<z.infer<typeof InboxView>> {
  const listing: Listing = { role: query.role, unread: query.unread === true, oldest: query.order === 'oldest' };
  if (query.cursor) decodeCursor(query.cursor, listing.oldest);
  const me = await whoAmI(ctx);
  if (me.positionIds.length === 0) return { items: [], unreadCount: 0, unreadCountCapped: false, nextCursor: null };
  // Independent reads: on PostgreSQL they run side by side on two pooled connections (one round trip of latency).
  const [rows, unread] = await Promise.all([inboxRows(ctx, me, query, listing), unreadCount(ctx, me)]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: mergeSameLetter(page.map(inboxItem)),
    unreadCount: unread,
    unreadCountCapped: unread >= UNREAD_COUNT_CAP,
    nextCursor: rows.length > query.limit && last ? encodeCursor(listing.oldest, last.received_on, last.id) : null,
  };
}

/** Unread recipient rows of my positions, counted up to the cap through the partial index of unread rows. */
async function unreadCount(ctx: RequestContext, me: Me): Promise<number> {
  const rows = await tenantDb(ctx)
    .selectFrom('letter_recipients')
    .select('position_id')
    .where('position_id', 'in', [...me.positionIds])
    .where('read_at', 'is', null)
    .limit(UNREAD_COUNT_CAP)
    .execute();
  return rows.length;
}
