import { z } from 'zod';

/** One notification as its user sees it. */
export const NotificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;

/** The bell: the newest notifications and how many are unread. */
export const NotificationListView = z.object({ items: z.array(NotificationView), unread: z.number() });
export const NotificationListQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export const NotificationIdParams = z.object({ notificationId: z.uuid() });
