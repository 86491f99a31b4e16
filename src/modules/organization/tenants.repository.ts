import type { HasDatabase } from '../../db/executor.ts';
import type { TenantsTable } from '../../db/schema/platform.ts';
import { platformDb } from '../../db/system-db.ts';

/** A tenant (pemerintah daerah) as the rest of Pamong sees it. */
export interface Tenant {
  readonly id: string;
  readonly code: string;
  readonly slug: string;
  readonly name: string;
  readonly kind: TenantsTable['kind'];
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly timezone: string;
  readonly settings: TenantSettings;
  readonly createdAt: string;
}

/** Per-tenant settings stored as JSON. */
export interface TenantSettings {
  /** OIDC single sign-on; `clientSecret` is stored sealed (see identity's sealOidcClientSecret). */
  oidc?: { issuer: string; clientId: string; clientSecret: string; label?: string };
}

/** Code of the platform's own tenant, which holds the super-admins. */
export const PLATFORM_TENANT_CODE = '00';

function toTenant(row: TenantsTable): Tenant {
  return {
    id: row.id,
    code: row.code,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    provinceCode: row.province_code,
    provinceName: row.province_name,
    timezone: row.timezone,
    settings: JSON.parse(row.settings) as TenantSettings,
    createdAt: row.created_at,
  };
}

/** Finds a tenant by its slug, its Kemendagri code (`33.13` or `3313`) or its id. */
export async function findTenantByRef(owner: HasDatabase, ref: string): Promise<Tenant | undefined> {
  const text = ref.trim().toLowerCase();
  if (!text) return undefined;
  const dotted = /^\d{4}$/.test(text) ? `${text.slice(0, 2)}.${text.slice(2)}` : text;
  const row = await platformDb(owner)
    .selectFrom('tenants')
    .selectAll()
    .where((eb) => eb.or([eb('slug', '=', text), eb('code', '=', dotted), eb('id', '=', text)]))
    .executeTakeFirst();
  return row ? toTenant(row) : undefined;
}

/** Lists every tenant, platform tenant last. */
export async function listTenants(owner: HasDatabase): Promise<Tenant[]> {
  const rows = await platformDb(owner).selectFrom('tenants').selectAll().orderBy('code').execute();
  return rows.map(toTenant).sort((a, b) => Number(a.code === PLATFORM_TENANT_CODE) - Number(b.code === PLATFORM_TENANT_CODE));
}

/** Inserts a tenant row (inside the caller's transaction). */
export async function insertTenant(owner: HasDatabase, tenant: Tenant): Promise<void> {
  await platformDb(owner)
    .insertInto('tenants')
    .values({
      id: tenant.id,
      code: tenant.code,
      slug: tenant.slug,
      name: tenant.name,
      kind: tenant.kind,
      province_code: tenant.provinceCode,
      province_name: tenant.provinceName,
      timezone: tenant.timezone,
      settings: JSON.stringify(tenant.settings),
      created_at: tenant.createdAt,
    })
    .execute();
}

/** Replaces a tenant's settings JSON. */
export async function updateTenantSettings(owner: HasDatabase, tenantId: string, settings: TenantSettings): Promise<void> {
  await platformDb(owner)
    .updateTable('tenants')
    .set({ settings: JSON.stringify(settings) })
    .where('id', '=', tenantId)
    .execute();
}
