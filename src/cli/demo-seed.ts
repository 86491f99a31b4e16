import type { DatabaseHandle } from '../db/handle.ts';
import { tenantDb } from '../db/tenant-db.ts';
import { createUser } from '../modules/identity/index.ts';
import {
  buildDemoOrgPlan,
  createTenantFromCode,
  ensurePlatformTenant,
  importOrgPlan,
  listTenants,
  loadRegencyAreas,
  PLATFORM_TENANT_CODE,
} from '../modules/organization/index.ts';
import type { PlatformServices } from '../platform/access/context.ts';
import { systemContext } from '../platform/access/context.ts';
import { ConflictError } from '../shared/errors.ts';
import { permissionsForRoles, type Role } from '../shared/permissions.ts';
import { seedEofficeSample } from './demo/eoffice-sample.ts';
import { seedEsakipSample } from './demo/esakip-sample.ts';
import { linkDemoEvaluator } from './demo/evaluation-sample.ts';
import { seedVillagesAccountabilitySample } from './demo/villages-accountability-sample.ts';
import { CAMAT_DEMO_EMAIL, KADES_DEMO_EMAIL, seedVillagesAgreementSample } from './demo/villages-agreement-sample.ts';
import { DPMD_DEMO_EMAIL, seedVillagesIdmSample } from './demo/villages-idm-sample.ts';
import { seedVillagesPlansSample } from './demo/villages-plans-sample.ts';
import { seedDemoDocuments } from './demo-documents.ts';

/** The demo regency: fictional people on Kabupaten Sumedang's real wilayah codes (where the e-Office grant began). */
export const DEMO = { code: '32.11', slug: 'demo', name: 'Kabupaten Sumedang (Demo)', password: 'pamong-demo-2026' } as const;

/** One demo login to print. */
export interface DemoLogin {
  tenant: string;
  username: string;
  password: string;
  roles: string[];
}

const DEMO_USERS: { role: Role; positionCode?: string; email: string; name: string }[] = [
  { role: 'admin', email: 'admin@demo.pamong.id', name: 'Admin Demo' },
  { role: 'pencatat', email: 'pencatat@demo.pamong.id', name: 'Pencatat Surat Demo' },
  { role: 'arsiparis', email: 'arsiparis@demo.pamong.id', name: 'Arsiparis Demo' },
  { role: 'perencana', email: 'perencana@demo.pamong.id', name: 'Perencana Bappeda Demo' },
  { role: 'evaluator', email: 'evaluator@demo.pamong.id', name: 'Evaluator Inspektorat Demo' },
  { role: 'operator_desa', email: 'operator.desa@demo.pamong.id', name: 'Operator Desa Demo' },
  { role: 'pimpinan', email: 'pimpinan@demo.pamong.id', name: 'Pimpinan Demo' },
  { role: 'staf', email: 'staf@demo.pamong.id', name: 'Staf Demo' },
];

/** The demo accounts (the same password for all). */
export function demoLogins(): DemoLogin[] {
  return [
    { tenant: 'platform', username: 'superadmin@pamong.id', password: DEMO.password, roles: ['super_admin'] },
    ...DEMO_USERS.map((u) => ({ tenant: DEMO.slug, username: u.email, password: DEMO.password, roles: [u.role] })),
    { tenant: DEMO.slug, username: DPMD_DEMO_EMAIL, password: DEMO.password, roles: ['perencana'] },
    { tenant: DEMO.slug, username: KADES_DEMO_EMAIL, password: DEMO.password, roles: ['kepala_desa'] },
    { tenant: DEMO.slug, username: CAMAT_DEMO_EMAIL, password: DEMO.password, roles: ['pimpinan'] },
  ];
}

async function ensureSuperAdmin(db: DatabaseHandle, platform: PlatformServices): Promise<void> {
  const platformTenant = await ensurePlatformTenant({ db, platform });
  const ctx = systemContext(db, platform, platformTenant.id, 'seed:demo', permissionsForRoles(['admin']));
  try {
    await createUser(ctx, {
      displayName: 'Super Admin Platform',
      email: 'superadmin@pamong.id',
      password: DEMO.password,
      roles: ['super_admin' as never],
    });
  } catch (err) {
    // A seed that stopped half-way left the account in place; that is fine.
    if (!(err instanceof ConflictError)) throw err;
  }
}

/**
 * The e-Office sample (letters, disposisi, drafts, berkas) on the demo regency, once: also on a demo database made
 * before the sample existed. Acts through the demo pencatat, arsiparis and pimpinan accounts (found by e-mail).
 */
async function ensureEofficeSample(db: DatabaseHandle, platform: PlatformServices, tenantId: string): Promise<void> {
  const ctx = systemContext(db, platform, tenantId, 'seed:demo', permissionsForRoles(['admin']));
  const emails = ['pencatat', 'arsiparis', 'pimpinan'].map((role) => DEMO_USERS.find((u) => u.role === role)?.email ?? '');
  const rows = await tenantDb(ctx).selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute();
  const idOf = (email: string) => rows.find((r) => r.email === email)?.id;
  const [pencatat, arsiparis, pimpinan] = emails.map(idOf);
  if (!pencatat || !arsiparis || !pimpinan) return;
  await seedEofficeSample(ctx, { pencatat, arsiparis, pimpinan }, DEMO.password);
}

/** The e-SAKIP sample (plan, realisasi, capaian) once, acting through the demo perencana linked to a Bappeda pegawai. */
async function ensureEsakipSample(db: DatabaseHandle, platform: PlatformServices, tenantId: string): Promise<void> {
  const ctx = systemContext(db, platform, tenantId, 'seed:demo', permissionsForRoles(['admin']));
  const email = DEMO_USERS.find((u) => u.role === 'perencana')?.email ?? '';
  const perencana = await tenantDb(ctx).selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (perencana) await seedEsakipSample(ctx, perencana.id);
  await linkDemoEvaluator(ctx, DEMO_USERS.find((u) => u.role === 'evaluator')?.email ?? '');
}

/** The IDM sample (last year's scores of every desa) and the DPMD account once. */
async function ensureVillagesIdmSample(db: DatabaseHandle, platform: PlatformServices, tenantId: string): Promise<void> {
  const ctx = systemContext(db, platform, tenantId, 'seed:demo', permissionsForRoles(['admin']));
  await seedVillagesIdmSample(ctx, DEMO.password);
  const operator = DEMO_USERS.find((u) => u.role === 'operator_desa')?.email ?? '';
  await seedVillagesAccountabilitySample(ctx, operator);
  await seedVillagesAgreementSample(ctx, operator, DEMO.password);
  await seedVillagesPlansSample(ctx, operator);
}

/**
 * Creates the platform tenant, its super-admin and the demo regency with its organisation and one
 * login per role — once, on a database that has no regency yet. `created` says whether it did.
 */
export async function seedDemo(
  db: DatabaseHandle,
  platform: PlatformServices,
): Promise<{ created: boolean; logins: DemoLogin[] }> {
  const tenants = await listTenants({ db });
  if (tenants.some((t) => t.code !== PLATFORM_TENANT_CODE)) {
    const demo = tenants.find((t) => t.slug === DEMO.slug);
    if (demo) await ensureEofficeSample(db, platform, demo.id);
    if (demo) await ensureEsakipSample(db, platform, demo.id);
    if (demo) await ensureVillagesIdmSample(db, platform, demo.id);
    return { created: false, logins: demo ? demoLogins() : [] };
  }
  await ensureSuperAdmin(db, platform);
  const { tenant } = await createTenantFromCode({ db, platform }, DEMO.code, { slug: DEMO.slug, name: DEMO.name });
  const ctx = systemContext(db, platform, tenant.id, 'seed:demo', permissionsForRoles(['admin']));
  const areas = await loadRegencyAreas(DEMO.code);
  // Assignments are dated around today (WIB), so the demo's Plt and Plh are current when you look.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: platform.timezone }).format(platform.now());
  // Fictional people get addresses on a domain of ours, never on the regency's real one.
  const plan = buildDemoOrgPlan({
    regencyName: 'Kabupaten Sumedang',
    ...areas,
    seed: 20201,
    referenceDate: today,
    emailDomain: 'demo.pamong.id',
  });
  const result = await importOrgPlan(ctx, plan);
  if (!result.ok) throw new Error(`demo organisation is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const ids = new Map<Role, string>();
  for (const u of DEMO_USERS) {
    const { id } = await createUser(ctx, {
      displayName: u.name,
      email: u.email,
      password: DEMO.password,
      roles: [u.role] as never,
    });
    ids.set(u.role, id);
  }
  await seedDemoDocuments(ctx, { pimpinan: ids.get('pimpinan') as string, staf: ids.get('staf') as string });
  await ensureEofficeSample(db, platform, tenant.id);
  await ensureEsakipSample(db, platform, tenant.id);
  await ensureVillagesIdmSample(db, platform, tenant.id);
  return { created: true, logins: demoLogins() };
}
