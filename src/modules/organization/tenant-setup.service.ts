import { inTransaction } from '../../db/executor.ts';
import type { DatabaseHandle } from '../../db/handle.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { authorize } from '../../platform/access/authorize.ts';
import { type PlatformServices, type RequestContext, systemContext } from '../../platform/access/context.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { permissionsForRoles } from '../../shared/permissions.ts';
import { recordAudit } from '../audit/index.ts';
import { canManageTenants } from './organization.policy.ts';
import { findTenantByRef, insertTenant, PLATFORM_TENANT_CODE, type Tenant } from './tenants.repository.ts';
import { type District, findRegency, loadRegencyAreas, normalizeRegencyCode, type Village } from './wilayah.ts';

/** What creating a tenant made. */
export interface TenantCreated {
  tenant: Tenant;
  counts: { kecamatan: number; desa: number; kelurahan: number };
}

/** Where tenant set-up runs: the database and the platform adapters (no request, no actor). */
export interface SetupScope {
  readonly db: DatabaseHandle;
  readonly platform: PlatformServices;
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(kabupaten|kota)\s+/, '')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Region rows for a regency's kecamatan and their desa/kelurahan, children pointing at their kecamatan. */
function regionRows(districts: District[], villages: Village[]) {
  const districtIds = new Map(districts.map((d) => [d.code, newId()]));
  return [
    ...districts.map((d) => ({
      id: districtIds.get(d.code)!,
      code: d.code,
      name: d.name,
      level: 'kecamatan' as const,
      parent_id: null,
    })),
    ...villages.map((v) => ({
      id: newId(),
      code: v.code,
      name: v.name,
      level: v.kind,
      parent_id: districtIds.get(v.districtCode) ?? null,
    })),
  ];
}

/** Checks the code and the slug; returns the regency, or throws before anything is written. */
async function resolveNewRegency(scope: SetupScope, rawCode: string, slugWanted?: string) {
  const code = normalizeRegencyCode(rawCode);
  const regency = code ? await findRegency(code) : undefined;
  if (!code || !regency) {
    throw new ValidationError([{ field: 'code', message: 'organization.unknownRegencyCode', params: { code: rawCode } }]);
  }
  const slug = slugWanted ?? slugOf(regency.name);
  if (await findTenantByRef(scope, code)) throw new ConflictError('organization.tenantExists', { code });
  if (await findTenantByRef(scope, slug)) throw new ConflictError('organization.slugTaken', { slug });
  return { regency, slug };
}

/**
 * Creates a regency (or city) from its Kemendagri code with all its kecamatan, desa and kelurahan,
 * in one transaction. A code that is unknown or already a tenant is refused and nothing is written.
 */
export async function createTenantFromCode(
  scope: SetupScope,
  rawCode: string,
  opts: { slug?: string; name?: string } = {},
): Promise<TenantCreated> {
  const { regency, slug } = await resolveNewRegency(scope, rawCode, opts.slug);
  const { districts, villages } = await loadRegencyAreas(regency.code);
  const tenant: Tenant = {
    id: newId(),
    code: regency.code,
    slug,
    name: opts.name ?? regency.name,
    kind: regency.kind,
    provinceCode: regency.provinceCode,
    provinceName: regency.provinceName,
    timezone: scope.platform.timezone,
    settings: {},
    createdAt: scope.platform.now().toISOString(),
  };
  const counts = {
    kecamatan: districts.length,
    desa: villages.filter((v) => v.kind === 'desa').length,
    kelurahan: villages.filter((v) => v.kind === 'kelurahan').length,
  };
  // SECURITY: a system context for the new tenant only; every row below goes through its tenant door.
  const ctx = systemContext(scope.db, scope.platform, tenant.id, 'tenant-create', permissionsForRoles(['admin']));
  return inTransaction(ctx, async (tx) => {
    await insertTenant(tx, tenant);
    const rows = regionRows(districts, villages);
    for (let i = 0; i < rows.length; i += 500)
      await tenantDb(tx)
        .insertInto('regions', rows.slice(i, i + 500))
        .execute();
    for (const step of tx.platform.tenantSetup) await step(tx);
    await recordAudit(tx, 'tenant.created', {
      objectType: 'tenant',
      objectId: tenant.id,
      data: { code: tenant.code, ...counts },
    });
    return { tenant, counts };
  });
}

/** Creates the platform's own tenant (code `00`) that holds the super-admins, once. */
export async function ensurePlatformTenant(scope: SetupScope): Promise<Tenant> {
  const existing = await findTenantByRef(scope, PLATFORM_TENANT_CODE);
  if (existing) return existing;
  const tenant: Tenant = {
    id: newId(),
    code: PLATFORM_TENANT_CODE,
    slug: 'platform',
    name: 'Platform Pamong',
    kind: 'platform',
    provinceCode: '00',
    provinceName: '-',
    timezone: scope.platform.timezone,
    settings: {},
    createdAt: scope.platform.now().toISOString(),
  };
  await insertTenant(scope, tenant);
  return tenant;
}

/** A super-admin creates a regency; the platform tenant's audit trail records who did it. */
export async function createTenantAsPlatformAdmin(
  ctx: RequestContext,
  input: { code: string; slug?: string },
): Promise<TenantCreated> {
  authorize(canManageTenants(ctx.actor));
  const created = await createTenantFromCode(ctx, input.code, { slug: input.slug });
  await recordAudit(ctx, 'platform.tenant_created', {
    objectType: 'tenant',
    objectId: created.tenant.id,
    data: { code: created.tenant.code, slug: created.tenant.slug, ...created.counts },
  });
  return created;
}
