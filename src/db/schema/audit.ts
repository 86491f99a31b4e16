/** One append-only, hash-chained audit record of a tenant. */
export interface AuditLogTable {
  tenant_id: string;
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  ip: string | null;
  request_id: string | null;
  data: string;
  prev_hash: string;
  hash: string;
}

/** The head of each tenant's chain; updating it serialises appends. */
export interface AuditHeadsTable {
  tenant_id: string;
  seq: number;
  hash: string;
}

/** Metadata of a stored file (the bytes live in the storage adapter). */
export interface FilesTable {
  tenant_id: string;
  id: string;
  storage_key: string;
  sha256: string;
  size: number;
  content_type: string;
  original_name: string | null;
  created_at: string;
}

export interface AuditTables {
  audit_log: AuditLogTable;
  audit_heads: AuditHeadsTable;
  files: FilesTable;
}
