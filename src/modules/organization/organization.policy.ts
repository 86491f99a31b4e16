import type { Actor } from '../../platform/access/context.ts';

/** Reading the org chart needs organization.read. */
export const canReadOrganization = (actor: Actor): boolean => actor.permissions.has('organization.read');

/** Importing, exporting and editing the organisation needs organization.manage. */
export const canManageOrganization = (actor: Actor): boolean => actor.permissions.has('organization.manage');

/** Creating and listing tenants is the platform super-admin's job. */
export const canManageTenants = (actor: Actor): boolean => actor.permissions.has('platform.tenant.manage');
