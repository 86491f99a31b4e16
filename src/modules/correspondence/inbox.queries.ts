/** The inbox: letters addressed to the positions I hold, keyset-paged newest first (the counts are work-queues'). */
import type { z } from 'zod';
import { preparedTenantQuery } from '../../db/prepared-query.ts';
import { type TenantDb, tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ValidationError } from '../../shared/errors.ts';
import type { InboxItem, InboxView } from './correspondence.contract.ts';
import { whoAmI } from './letter-access.ts';

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

/** What decides the page statement's SQL: the filters, whether a cursor is given, and the order. */
interface PageShape {
  readonly unread: boolean;
  readonly role: boolean;
  readonly keyset: boolean;
  readonly oldest: boolean;
}

/** The values one page statement binds (null where its shape has no such clause). */
interface PageValues extends Record<string, unknown> {
  readonly positionId: string;
  readonly size: number;
  readonly role: string | null;
  readonly afterOn: string | null;
  readonly afterId: string | null;
  readonly unread: boolean;
  readonly oldest: boolean;
}

const shapeOfPage = (v: PageValues): PageShape => ({
  unread: v.unread,
  role: v.role !== null,
  keyset: v.afterId !== null,
  oldest: v.oldest,
});

/** The values of one held position's page: the page and one more row, to know if there is a next. */
function pageValues(positionId: string, query: InboxPage): PageValues {
  const listing = listingOf(query);
  const after = query.cursor ? decodeCursor(query.cursor, listing.oldest) : null;
  return {
    positionId,
    size: query.limit + 1,
    role: listing.role ?? null,
    afterOn: after?.receivedOn ?? null,
    afterId: after?.id ?? null,
    unread: listing.unread,
    oldest: listing.oldest,
  };
}

const INBOX_COLUMNS = ['letters.id', 'letters.agenda_number', 'letters.hal', 'letters.received_on'] as const;
const STATE_COLUMNS = ['letters.security', 'letters.urgency', 'letters.status'] as const;
const SENDER_COLUMNS = ['contacts.name as sender_name', 'contacts.organisation as sender_organisation'] as const;

/**
 * One held position's page: the range of letter_recipients_inbox_idx (or of the unread index) in the page order,
 * joined to letters and contacts for those rows only. Columns are qualified: letters has a `received_on` too.
 */
function pageStatement(door: TenantDb, v: PageValues, shape: PageShape) {
  const direction = shape.oldest ? 'asc' : 'desc';
  let q = door
    .selectFrom('letter_recipients')
    .innerJoin('letters', (j) =>
      j.onRef('letters.tenant_id', '=', 'letter_recipients.tenant_id').onRef('letters.id', '=', 'letter_recipients.letter_id'),
    )
    .leftJoin('contacts', (j) =>
      j.onRef('contacts.tenant_id', '=', 'letters.tenant_id').onRef('contacts.id', '=', 'letters.sender_contact_id'),
    )
    .select([...INBOX_COLUMNS, ...STATE_COLUMNS, 'letter_recipients.role', 'letter_recipients.read_at', ...SENDER_COLUMNS])
    .where('letter_recipients.position_id', '=', v.positionId);
  // Both filters keep the walk on an index in the page order: the unread one on the partial index of unread rows.
  if (shape.unread) q = q.where('letter_recipients.read_at', 'is', null);
  if (shape.role) q = q.where('letter_recipients.role', '=', v.role as 'kepada' | 'tembusan');
  if (shape.keyset)
    q = q.where((eb) =>
      eb(
        eb.refTuple('letter_recipients.received_on', 'letter_recipients.letter_id'),
        shape.oldest ? '>' : '<',
        eb.tuple(v.afterOn as string, v.afterId as string),
      ),
    );
  return q.orderBy('letter_recipients.received_on', direction).orderBy('letter_recipients.letter_id', direction).limit(v.size);
}

/** One held position's page as Kysely builds it for this call; exported for its plan test. */
export function inboxPageQuery(ctx: RequestContext, positionId: string, query: InboxPage) {
  const values = pageValues(positionId, query);
  return pageStatement(tenantDb(ctx), values, shapeOfPage(values));
}

/** The same statement compiled once per shape: the inbox runs it on every page (see db/prepared-query.ts). */
const preparedPage = preparedTenantQuery({ shape: shapeOfPage, build: pageStatement });

type InboxRow = Awaited<ReturnType<ReturnType<typeof inboxPageQuery>['execute']>>[number];

/**
 * The page's rows (and one more) over every held position: one index walk per position, merged here in the page
 * order. Not one UNION ALL statement: without table statistics SQLite drove that join from a scan of every letter
 * of the tenant (0.8–22 s at 1M letters for a Plt holding two positions).
 */
async function pageRows(ctx: RequestContext, positionIds: readonly string[], query: InboxPage): Promise<InboxRow[]> {
  const pages = await Promise.all(positionIds.map((id) => preparedPage(ctx, pageValues(id, query))));
  if (pages.length === 1) return pages[0] ?? [];
  const sign = query.order === 'oldest' ? 1 : -1;
  const byPageOrder = (x: InboxRow, y: InboxRow) =>
    sign * (x.received_on === y.received_on ? compareText(x.id, y.id) : compareText(x.received_on, y.received_on));
  return pages
    .flat()
    .sort(byPageOrder)
    .slice(0, query.limit + 1);
}

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

const listingOf = (query: InboxPage): Listing => ({
  role: query.role,
  unread: query.unread === true,
  oldest: query.order === 'oldest',
});

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
 * kepada or tembusan, or only unread. No count: the unread counters are the work queues' (one place counts them, and
 * "Muat lagi" does not count again).
 */
export async function inbox(ctx: RequestContext, query: InboxPage): Promise<z.infer<typeof InboxView>> {
  const listing = listingOf(query);
  if (query.cursor) decodeCursor(query.cursor, listing.oldest);
  const me = await whoAmI(ctx);
  if (me.positionIds.length === 0) return { items: [], nextCursor: null };
  const rows = await pageRows(ctx, me.positionIds, query);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: mergeSameLetter(page.map(inboxItem)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(listing.oldest, last.received_on, last.id) : null,
  };
}
