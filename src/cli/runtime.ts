import { buildApp, createPlatformServices } from '../app.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensurePlatformTenant, findTenantByRef } from '../modules/organization/index.ts';
import { type RequestContext, systemContext } from '../platform/access/context.ts';
import type { Config } from '../platform/config/config.ts';
import { ValidationError } from '../shared/errors.ts';
import { permissionsForRoles } from '../shared/permissions.ts';

/** Opens and migrates the configured database with the platform adapters, for one CLI command. */
export async function openRuntime(config: Config) {
  const db = openDatabase(config.database.url);
  await migrateToLatest(db);
  const platform = createPlatformServices(config);
  await ensurePlatformTenant({ db, platform });
  return { db, platform, close: () => db.close() };
}

/** SECURITY: a CLI command acts as the system inside exactly the tenant named on the command line. */
export async function tenantCliContext(
  runtime: Awaited<ReturnType<typeof openRuntime>>,
  tenantRef: string | undefined,
  label: string,
): Promise<RequestContext> {
  if (!tenantRef) throw new ValidationError([{ field: '--tenant', message: 'errors.required' }]);
  const tenant = await findTenantByRef(runtime, tenantRef);
  if (!tenant) throw new ValidationError([{ field: '--tenant', message: 'errors.notFound' }]);
  return systemContext(runtime.db, runtime.platform, tenant.id, `cli:${label}`, permissionsForRoles(['admin']));
}

export { buildApp };
