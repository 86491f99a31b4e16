/** One in-app notification of one user; `emailed_at`/`chatted_at` make delivery idempotent. */
export interface NotificationsTable {
  tenant_id: string;
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  security: 'biasa' | 'terbatas' | 'rahasia' | 'sangat_rahasia';
  created_at: string;
  read_at: string | null;
  emailed_at: string | null;
  chatted_at: string | null;
}

export interface NotificationTables {
  notifications: NotificationsTable;
}
