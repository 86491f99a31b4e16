/** Public API of the organization module: tenants, regions, units, positions, employees. */
export { findTenantByRef, listTenants, PLATFORM_TENANT_CODE, type Tenant, type TenantSettings, updateTenantSettings } from './tenants.repository.ts';
export { getTenant } from './tenants.service.ts';
