/** Public API of the notifications module: in-app notifications with e-mail and chat delivery. */
export { createNotificationDelivery, notificationDeliverySpec } from './notifications.jobs.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export { type NotifyInput, notifyUsers } from './notifications.service.ts';
