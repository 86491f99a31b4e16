import type { VerificationTables } from './documents.ts';

/** Tables that belong to the platform itself, not to one tenant. Reached only through system-db. */
export interface TenantsTable {
  id: string;
  /** Kemendagri code, e.g. `33.13` for Kabupaten Karanganyar; `00` for the platform's own tenant. */
  code: string;
  slug: string;
  name: string;
  kind: 'kabupaten' | 'kota' | 'platform';
  province_code: string;
  province_name: string;
  timezone: string;
  /** JSON text: tenant settings such as OIDC single sign-on. */
  settings: string;
  created_at: string;
}

export interface JobsTable {
  id: string;
  tenant_id: string | null;
  name: string;
  payload: string;
  status: 'pending' | 'running' | 'done' | 'dead';
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  progress: number | null;
  result: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface SchedulesTable {
  name: string;
  next_run_at: string;
  last_run_at: string | null;
  last_run_by: string | null;
}

export interface ThrottlesTable {
  key: string;
  window_start: string;
  count: number;
}

export interface PlatformTables extends VerificationTables {
  tenants: TenantsTable;
  jobs: JobsTable;
  schedules: SchedulesTable;
  throttles: ThrottlesTable;
}
