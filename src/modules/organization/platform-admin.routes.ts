import { z } from 'zod';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { createTenantAsPlatformAdmin } from './tenant-setup.service.ts';
import { listTenants } from './tenants.repository.ts';

const TenantRow = z.object({
  id: z.string(),
  code: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string(),
  provinceName: z.string(),
});

/** Tenant management for the platform super-admin. */
export const platformAdminRoutes = defineRoutes('platform', (r) => {
  r.route({
    method: 'GET',
    url: '/api/platform/tenants',
    summary: 'Daftar pemda di platform (list tenants)',
    permission: 'platform.tenant.manage',
    response: { 200: z.object({ tenants: z.array(TenantRow) }) },
    handler: async ({ ctx }) => ({
      tenants: (await listTenants(ctx)).map(({ id, code, slug, name, kind, provinceName }) => ({
        id,
        code,
        slug,
        name,
        kind,
        provinceName,
      })),
    }),
  });
  r.route({
    method: 'POST',
    url: '/api/platform/tenants',
    summary: 'Buat pemda dari kode Kemendagri (create a tenant from its code)',
    permission: 'platform.tenant.manage',
    body: z.object({
      code: z.string().trim().min(2).max(10),
      slug: z
        .string()
        .regex(/^[a-z0-9-]{2,40}$/)
        .optional(),
    }),
    status: 201,
    response: {
      201: z.object({ tenant: TenantRow, counts: z.object({ kecamatan: z.number(), desa: z.number(), kelurahan: z.number() }) }),
    },
    handler: async ({ ctx, body }) => {
      const { tenant, counts } = await createTenantAsPlatformAdmin(ctx, body);
      const { id, code, slug, name, kind, provinceName } = tenant;
      return { tenant: { id, code, slug, name, kind, provinceName }, counts };
    },
  });
});
