import { defineRoutes } from '../../platform/http/define-routes.ts';
import { CreateTenantInput, PlatformTenantListView, TenantCreatedView } from './organization.contract.ts';
import { createTenantAsPlatformAdmin } from './tenant-setup.service.ts';
import { listTenants, type Tenant } from './tenants.repository.ts';

const toView = ({ id, code, slug, name, kind, provinceName }: Tenant) => ({ id, code, slug, name, kind, provinceName });

/** Tenant management for the platform super-admin. */
export const platformAdminRoutes = defineRoutes('platform', (r) => {
  r.route({
    method: 'GET',
    url: '/api/platform/tenants',
    summary: 'Daftar pemda di platform (list tenants)',
    permission: 'platform.tenant.manage',
    response: { 200: PlatformTenantListView },
    handler: async ({ ctx }) => ({ tenants: (await listTenants(ctx)).map(toView) }),
  });
  r.route({
    method: 'POST',
    url: '/api/platform/tenants',
    summary: 'Buat pemda dari kode Kemendagri (create a tenant from its code)',
    permission: 'platform.tenant.manage',
    body: CreateTenantInput,
    status: 201,
    response: { 201: TenantCreatedView },
    handler: async ({ ctx, body }) => {
      const { tenant, counts } = await createTenantAsPlatformAdmin(ctx, body);
      return { tenant: toView(tenant), counts };
    },
  });
});
