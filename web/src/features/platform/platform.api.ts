import type {
  CreateTenantInput,
  PlatformTenantView as PlatformTenant,
  TenantCreatedView,
} from '../../../../src/modules/organization/organization.contract.ts';
import { api } from '../../app/api.ts';

export type { CreateTenantInput, PlatformTenant, TenantCreatedView };

/** Query keys of this feature. */
export const platformKeys = {
  tenants: ['platform', 'tenants'] as const,
};

/** Lists every tenant of the platform. */
export const fetchTenants = () => api<{ tenants: PlatformTenant[] }>('/api/platform/tenants').then((r) => r.tenants);

/** Creates a regency (or city) with its kecamatan, desa and kelurahan from its Kemendagri code. */
export const createTenant = (input: CreateTenantInput) =>
  api<TenantCreatedView>('/api/platform/tenants', { method: 'POST', body: input });
