import type { Kysely } from 'kysely';
import { executorOf, type HasDatabase } from './executor.ts';
import type { Database } from './schema/database.ts';
import type { PlatformTables } from './schema/platform.ts';

/**
 * Platform tables only (tenants, jobs, schedules, throttles). Tenant tables are absent from the
 * type, so a query on them through this door does not compile.
 */
export function platformDb(owner: HasDatabase): Kysely<PlatformTables> {
  return executorOf(owner) as unknown as Kysely<PlatformTables>;
}

/**
 * SECURITY: unscoped access to every table of every tenant. Allowed only in backup/restore, audit
 * verification sweeps, tenant creation and seeds; scripts/check-boundaries.sh enforces the list, and
 * each caller says why in a comment.
 */
export function unscopedDb(owner: HasDatabase): Kysely<Database> {
  return executorOf(owner);
}
