/** The inbox: letters addressed to the positions I hold, keyset-paged newest first, with the unread count. */
import type { z } from 'zod';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ValidationError } from '../../shared/errors.ts';
import type { InboxItem, InboxView } from './correspondence.contract.ts';
import { type Me, whoAmI } from './letter-access.ts';

/** One page request: an opaque cursor from the previous page, and the page size. */
export interface InboxPage {
  readonly cursor?: string | undefined;
  readonly limit: number;
}

const orNone = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : ['']);

/** An opaque keyset cursor over (received_on, id). */
function encodeCursor(receivedOn: string, id: string): string {
  return Buffer.from(`${receivedOn}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { receivedOn: string; id: string } {
  const [receivedOn, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!receivedOn || !id || !/^\d{4}-\d{2}-\d{2}$/.test(receivedOn))
    throw new ValidationError([{ field: 'cursor', message: 'errors.invalid' }]);
  return { receivedOn, id };
}

function inboxRows(ctx: RequestContext, me: Me, query: InboxPage) {
  let q = tenantDb(ctx)
    .selectFrom('letter_recipients')
    .innerJoin('letters', (j) =>
      j.onRef('letters.tenant_id', '=', 'letter_recipients.tenant_id').onRef('letters.id', '=', 'letter_recipients.letter_id'),
    )
    .leftJoin('contacts', (j) =>
      j.onRef('contacts.tenant_id', '=', 'letters.tenant_id').onRef('contacts.id', '=', 'letters.sender_contact_id'),
    )
    .select([
      'letters.id',
      'letters.agenda_number',
      'letters.hal',
      'letters.received_on',
      'letters.security',
      'letters.urgency',
      'letters.status',
    ])
    .select([
      'contacts.name as sender_name',
      'contacts.organisation as sender_organisation',
      'letter_recipients.role',
      'letter_recipients.read_at',
    ])
    .where('letter_recipients.position_id', 'in', orNone(me.positionIds));
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    q = q.where((eb) =>
      eb.or([
        eb('letters.received_on', '<', after.receivedOn),
        eb.and([eb('letters.received_on', '=', after.receivedOn), eb('letters.id', '<', after.id)]),
      ]),
    );
  }
  return q
    .orderBy('letters.received_on', 'desc')
    .orderBy('letters.id', 'desc')
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

/** Letters addressed to positions I hold, newest first, keyset-paged by (received_on, id), with the unread count. */
export async function inbox(ctx: RequestContext, query: InboxPage): Promise<z.infer<typeof InboxView>> {
  const me = await whoAmI(ctx);
  const rows = await inboxRows(ctx, me, query);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: mergeSameLetter(page.map(inboxItem)),
    unreadCount: await unreadCount(ctx, me),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.received_on, last.id) : null,
  };
}

async function unreadCount(ctx: RequestContext, me: Me): Promise<number> {
  const row = await tenantDb(ctx)
    .selectFrom('letter_recipients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('position_id', 'in', orNone(me.positionIds))
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
