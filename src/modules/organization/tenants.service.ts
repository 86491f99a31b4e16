import type { HasDatabase } from '../../db/executor.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { findTenantByRef, type Tenant } from './tenants.repository.ts';

/** The tenant with this id; NotFound otherwise. */
export async function getTenant(owner: HasDatabase, tenantId: string): Promise<Tenant> {
  const tenant = await findTenantByRef(owner, tenantId);
  if (!tenant || tenant.id !== tenantId) throw new NotFoundError('tenant');
  return tenant;
}
