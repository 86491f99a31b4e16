/** Public API of the organization module: tenants, regions, units, positions, employees. */

export { delegationMessages } from './delegations.contract.ts';
export { delegationsRoutes } from './delegations.routes.ts';
export { buildDemoOrgPlan } from './demo-regency.ts';
export { type OpdUnit, opdIdsOfEmployee, opdOfUnit, opdUnits } from './opd.service.ts';
export { importOrgPlan } from './org-import.service.ts';
export type { OrgPlan } from './org-plan.ts';
export { organizationMessages } from './organization.contract.ts';
export { createOrgImportJob } from './organization.jobs.ts';
export { organizationRoutes } from './organization.routes.ts';
export { type EmployeeCard, employeeCards, unitFacts } from './people.service.ts';
export { platformAdminRoutes } from './platform-admin.routes.ts';
export { unitHeadsUpTo } from './position-chain.service.ts';
export {
  headPositionOfUnit,
  heldPositionIds,
  heldPositionsOfUser,
  type PositionCard,
  type PositionHolder,
  positionCards,
  positionHolders,
} from './positions.service.ts';
export { createTenantFromCode, ensurePlatformTenant, type SetupScope, type TenantCreated } from './tenant-setup.service.ts';
export {
  findTenantByRef,
  listTenants,
  PLATFORM_TENANT_CODE,
  type Tenant,
  type TenantSettings,
  updateTenantSettings,
} from './tenants.repository.ts';
export { getTenant, tenantTimeZone as tenantTimeZoneOf } from './tenants.service.ts';
export { activeUnitByCode } from './unit-codes.service.ts';
export { loadRegencyAreas, WILAYAH_ATTRIBUTION } from './wilayah.ts';
