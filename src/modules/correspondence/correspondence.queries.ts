/** Reading correspondence: one letter (with its read receipt), my dispositions. */
import type { z } from 'zod';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { positionCards } from '../organization/index.ts';
import type { LetterView, MyDispositionsView } from './correspondence.contract.ts';
import { isOverdue } from './correspondence.policy.ts';
import { type Me, visibleLetter, whoAmI } from './letter-access.ts';
import { dispositionViews } from './tracking.queries.ts';

const orNone = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : ['']);

/** Records my read receipt on the recipient rows of positions I hold; the letter moves to dibaca. */
async function markRead(ctx: RequestContext, letterId: string, me: Me): Promise<void> {
  if (me.positionIds.length === 0) return;
  await inTransaction(ctx, async (tx) => {
    const result = await tenantDb(tx)
      .updateTable('letter_recipients')
      .set({ read_at: tx.platform.now().toISOString(), read_by_employee_id: me.employeeId })
      .where('letter_id', '=', letterId)
      .where('position_id', 'in', [...me.positionIds])
      .where('read_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return;
    await tenantDb(tx)
      .updateTable('letters')
      .set({ status: 'dibaca' })
      .where('id', '=', letterId)
      .where('status', 'in', ['diterima', 'didistribusikan'])
      .execute();
  });
}

type LetterRow = Awaited<ReturnType<typeof visibleLetter>>;

/** The letter's sender, unit and recipient positions (with read receipts). */
async function letterParts(ctx: RequestContext, letter: LetterRow) {
  const db = tenantDb(ctx);
  const sender = letter.sender_contact_id
    ? await db
        .selectFrom('contacts')
        .select(['id', 'name', 'organisation', 'address', 'email'])
        .where('id', '=', letter.sender_contact_id)
        .executeTakeFirst()
    : undefined;
  const unit = await db.selectFrom('units').select(['id', 'name']).where('id', '=', letter.unit_id).executeTakeFirstOrThrow();
  const rows = await db.selectFrom('letter_recipients').selectAll().where('letter_id', '=', letter.id).orderBy('role').execute();
  const cards = await positionCards(
    ctx,
    rows.map((r) => r.position_id),
  );
  const recipients = rows.map((r) => ({
    positionId: r.position_id,
    positionName: cards.get(r.position_id)?.name ?? '',
    role: r.role,
    readAt: r.read_at,
  }));
  return { sender: sender ?? null, unit, recipients };
}

/** One letter as its reader sees it; opening it records the read receipt of the positions I hold. */
export async function getLetter(ctx: RequestContext, letterId: string): Promise<z.infer<typeof LetterView>> {
  const me = await whoAmI(ctx);
  await visibleLetter(ctx, letterId, me);
  await markRead(ctx, letterId, me);
  const letter = await visibleLetter(ctx, letterId, me);
  const { sender, unit, recipients } = await letterParts(ctx, letter);
  const holdsKepada = recipients.some((r) => r.role === 'kepada' && me.positionIds.includes(r.positionId));
  return {
    id: letter.id,
    agendaNumber: letter.agenda_number,
    sender,
    theirNumber: letter.their_number,
    theirDate: letter.their_date,
    receivedOn: letter.received_on,
    hal: letter.hal,
    summary: letter.summary,
    security: letter.security,
    urgency: letter.urgency,
    kka: letter.kka_code,
    attachmentsNote: letter.attachments_note,
    unit,
    status: letter.status,
    hasScan: letter.scan_file_id !== null,
    recipients,
    mayDispose: holdsKepada && letter.status !== 'selesai',
    createdAt: letter.created_at,
  };
}

const OPEN_STATES = ['terkirim', 'dibaca', 'diteruskan'] as const;

const MY_DISPOSITIONS_LIMIT = 200;

/**
 * One position's open dispositions, newest first, 200 at most: a walk of dispositions_to_position_idx (tenant,
 * to_position, created_at); exported for its plan test.
 */
export function openDispositionsQuery(ctx: RequestContext, positionId: string) {
  return tenantDb(ctx)
    .selectFrom('dispositions')
    .selectAll()
    .where('to_position_id', '=', positionId)
    .where('status', 'in', [...OPEN_STATES])
    .orderBy('created_at', 'desc')
    .limit(MY_DISPOSITIONS_LIMIT);
}

/**
 * Open dispositions to the positions I hold, newest first, 200 at most: one walk per position, merged here. Not one
 * `IN` query: SQLite answered that by walking every disposition of the tenant in time order to avoid a sort.
 */
async function openDispositions(ctx: RequestContext, positionIds: readonly string[]) {
  const lists = await Promise.all(positionIds.map((id) => openDispositionsQuery(ctx, id).execute()));
  const rows = lists.flat();
  if (lists.length > 1) rows.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
  return rows.slice(0, MY_DISPOSITIONS_LIMIT);
}

/** Dispositions addressed to positions I hold that still wait for me (the newest 200), with the overdue flag. */
export async function myDispositions(ctx: RequestContext): Promise<z.infer<typeof MyDispositionsView>> {
  const me = await whoAmI(ctx);
  const rows = await openDispositions(ctx, me.positionIds);
  const views = await dispositionViews(ctx, rows, me.today);
  const letterIds = [...new Set(rows.map((r) => r.letter_id))];
  const letters = await tenantDb(ctx)
    .selectFrom('letters')
    .select(['id', 'agenda_number', 'hal', 'security', 'urgency'])
    .where('id', 'in', orNone(letterIds))
    .execute();
  const byId = new Map(letters.map((l) => [l.id, l]));
  const items = views.map((v) => {
    const l = byId.get(v.letterId);
    return {
      ...v,
      letter: {
        agendaNumber: l?.agenda_number ?? null,
        hal: l?.hal ?? '',
        security: l?.security ?? 'biasa',
        urgency: l?.urgency ?? 'biasa',
      },
    };
  });
  return { items, overdueCount: rows.filter((r) => isOverdue(r.deadline, r.status, me.today)).length };
}
