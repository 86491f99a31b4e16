import { z } from 'zod';
import { tenantDb } from '../../db/tenant-db.ts';
import { type PlatformServices, type RequestContext, systemContext } from '../../platform/access/context.ts';
import { defineJob, type JobDefinition, type JobSpec } from '../../platform/jobs/index.ts';
import { internationalPhone } from '../../platform/mail/index.ts';
import { contactPointsOfUsers, type UserContactPoint } from '../identity/index.ts';
import { outboundText } from './notification-text.ts';

const payload = z.object({ notificationIds: z.array(z.uuid()).min(1).max(1000) });

/** The delivery job as enqueueing sees it (name, payload, retries); the handler is built with the platform. */
export const notificationDeliverySpec: JobSpec<typeof payload> = { name: 'notifications.deliver', payload, maxAttempts: 6 };

type Pending = Awaited<ReturnType<typeof pendingDeliveries>>[number];

function pendingDeliveries(ctx: RequestContext, ids: readonly string[]) {
  return tenantDb(ctx)
    .selectFrom('notifications')
    .select(['id', 'user_id', 'title', 'body', 'link', 'security', 'emailed_at', 'chatted_at'])
    .where('id', 'in', [...ids])
    .execute();
}

async function deliverOne(ctx: RequestContext, n: Pending, to: UserContactPoint | undefined) {
  const { mail, chat, baseUrl } = ctx.platform;
  const text = outboundText(n, baseUrl);
  let emailed = false;
  let chatted = false;
  if (mail.configured && to?.email && !n.emailed_at) {
    await mail.send({ to: [to.email], subject: text.subject, text: text.text });
    await tenantDb(ctx)
      .updateTable('notifications')
      .set({ emailed_at: ctx.platform.now().toISOString() })
      .where('id', '=', n.id)
      .execute();
    emailed = true;
  }
  const phone = internationalPhone(to?.phone);
  if (chat.configured && phone && !n.chatted_at) {
    await chat.send({ to: phone, body: text.text });
    await tenantDb(ctx)
      .updateTable('notifications')
      .set({ chatted_at: ctx.platform.now().toISOString() })
      .where('id', '=', n.id)
      .execute();
    chatted = true;
  }
  return { emailed, chatted };
}

/**
 * Sends queued notifications by e-mail and chat webhook. Idempotent: each channel is marked per
 * notification once sent, so a retry after a failure sends only what is still missing.
 */
export function createNotificationDelivery(platform: PlatformServices): JobDefinition {
  const job = defineJob({
    ...notificationDeliverySpec,
    handler: async (run) => {
      if (!run.tenantId) return { emailed: 0, chatted: 0 };
      const ctx = systemContext(run.db, platform, run.tenantId, 'job:notifications.deliver', new Set());
      const pending = await pendingDeliveries(ctx, run.payload.notificationIds);
      const contacts = new Map(
        (
          await contactPointsOfUsers(
            ctx,
            pending.map((n) => n.user_id),
          )
        ).map((c) => [c.userId, c]),
      );
      let emailed = 0;
      let chatted = 0;
      for (const n of pending) {
        const sent = await deliverOne(ctx, n, contacts.get(n.user_id));
        emailed += Number(sent.emailed);
        chatted += Number(sent.chatted);
      }
      return { emailed, chatted };
    },
  });
  return job as unknown as JobDefinition;
}
