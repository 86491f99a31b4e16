import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { enqueue } from '../../platform/jobs/index.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import type { NotificationView } from './notifications.contract.ts';
import { notificationDeliverySpec } from './notifications.jobs.ts';

/** What a module asks to tell its users. */
export interface NotifyInput {
  readonly userIds: readonly string[];
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  /** An in-app path, e.g. `/surat/…`. */
  readonly link?: string;
  readonly security: 'biasa' | 'terbatas' | 'rahasia' | 'sangat_rahasia';
}

/**
 * Records in-app notifications and queues their e-mail/chat delivery in the caller's transaction, so a
 * use case that rolls back notifies nobody.
 */
export async function notifyUsers(ctx: RequestContext, input: NotifyInput): Promise<string[]> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return [];
  const now = ctx.platform.now().toISOString();
  const rows = userIds.map((userId) => ({
    id: newId(),
    user_id: userId,
    kind: input.kind,
    title: input.title.slice(0, 300),
    body: input.body.slice(0, 2000),
    link: input.link ?? null,
    security: input.security,
    created_at: now,
    read_at: null,
    emailed_at: null,
    chatted_at: null,
  }));
  return inTransaction(ctx, async (tx) => {
    await tenantDb(tx).insertInto('notifications', rows).execute();
    const ids = rows.map((r) => r.id);
    await enqueue(tx, notificationDeliverySpec, { notificationIds: ids });
    return ids;
  });
}

function viewOf(r: {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}): NotificationView {
  return { id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, createdAt: r.created_at, readAt: r.read_at };
}

/** The caller's newest notifications (optionally only unread) and the unread count. */
export async function myNotifications(ctx: RequestContext, opts: { unreadOnly: boolean; limit: number }) {
  const userId = ctx.actor.userId ?? '';
  let q = tenantDb(ctx).selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (opts.unreadOnly) q = q.where('read_at', 'is', null);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(opts.limit).execute();
  const unread = await tenantDb(ctx)
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { items: rows.map(viewOf), unread: Number(unread.n) };
}

/** Marks one of the caller's notifications read; another user's notification is a 404. */
export async function markRead(ctx: RequestContext, notificationId: string): Promise<void> {
  const result = await tenantDb(ctx)
    .updateTable('notifications')
    .set({ read_at: ctx.platform.now().toISOString() })
    .where('id', '=', notificationId)
    .where('user_id', '=', ctx.actor.userId ?? '')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const mine = await tenantDb(ctx)
      .selectFrom('notifications')
      .select('id')
      .where('id', '=', notificationId)
      .where('user_id', '=', ctx.actor.userId ?? '')
      .executeTakeFirst();
    if (!mine) throw new NotFoundError('notification');
  }
}

/** Marks all of the caller's notifications read. */
export async function markAllRead(ctx: RequestContext): Promise<number> {
  const result = await tenantDb(ctx)
    .updateTable('notifications')
    .set({ read_at: ctx.platform.now().toISOString() })
    .where('user_id', '=', ctx.actor.userId ?? '')
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
