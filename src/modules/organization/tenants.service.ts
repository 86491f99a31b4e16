import type { HasDatabase } from '../../db/executor.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { findTenantByRef, type Tenant } from './tenants.repository.ts';

/** The tenant with this id; NotFound otherwise. */
export async function getTenant(owner: HasDatabase, tenantId: string): Promise<Tenant> {
  const tenant = await findTenantByRef(owner, tenantId);
  if (!tenant || tenant.id !== tenantId) throw new NotFoundError('tenant');
  return tenant;
}

const timeZones = new WeakMap<object, Map<string, string>>();

/**
 * The tenant's time zone (WIB, WITA or WIT), remembered per database: it is set when the tenant is created and no
 * use case changes it, and whoAmI needs it on every e-Office request. A future edit of it must clear this memo.
 */
export async function tenantTimeZone(owner: HasDatabase, tenantId: string): Promise<string> {
  const known = timeZones.get(owner.db)?.get(tenantId);
  if (known) return known;
  const { timezone } = await getTenant(owner, tenantId);
  const perDatabase = timeZones.get(owner.db) ?? new Map<string, string>();
  timeZones.set(owner.db, perDatabase.set(tenantId, timezone));
  return timezone;
}
