import { z } from 'zod';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { NotificationIdParams, NotificationListQuery, NotificationListView } from './notifications.contract.ts';
import { markAllRead, markRead, myNotifications } from './notifications.service.ts';

/** The bell: my notifications, unread count, mark read. Every user sees only their own. */
export const notificationsRoutes = defineRoutes('notifications', (r) => {
  r.route({
    method: 'GET',
    url: '/api/notifications',
    summary: 'Notifikasi saya dan jumlah yang belum dibaca (my notifications)',
    permission: 'authenticated',
    querystring: NotificationListQuery,
    response: { 200: NotificationListView },
    handler: ({ ctx, query }) => myNotifications(ctx, { unreadOnly: query.unread === 'true', limit: query.limit }),
  });
  r.route({
    method: 'POST',
    url: '/api/notifications/:notificationId/read',
    summary: 'Tandai sudah dibaca (mark read)',
    permission: 'authenticated',
    params: NotificationIdParams,
    status: 204,
    handler: ({ ctx, params }) => markRead(ctx, params.notificationId),
  });
  r.route({
    method: 'POST',
    url: '/api/notifications/read-all',
    summary: 'Tandai semua sudah dibaca (mark all read)',
    permission: 'authenticated',
    response: { 200: z.object({ marked: z.number() }) },
    handler: async ({ ctx }) => ({ marked: await markAllRead(ctx) }),
  });
});
