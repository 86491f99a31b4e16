/** Test helpers for Sakip Desa accountability: desa / kecamatan units with people in them, DPMD, and submission bodies. */
import { randomUUID } from 'node:crypto';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Harness, HarnessTenant, Session } from '../support/harness.ts';
import { ensureOpd, plannerIn } from './performance.ts';

/** A unit whose region is the given desa or kecamatan (units.region_id), made once per region. */
export async function regionUnit(
  h: Harness,
  tenant: HarnessTenant,
  regionId: string,
  kind: 'desa' | 'kecamatan',
): Promise<string> {
  const db = tenantDb({ db: h.db, tenantId: tenant.id });
  const found = await db.selectFrom('units').select('id').where('region_id', '=', regionId).executeTakeFirst();
  if (found) return found.id;
  const id = newId();
  const code = `${kind.toUpperCase()}-${regionId.slice(-8)}`;
  await db
    .insertInto('units', {
      id,
      parent_id: null,
      code,
      name: `${kind} ${code}`,
      kind,
      region_id: regionId,
      sort_order: 95,
      status: 'active',
    })
    .execute();
  return id;
}

/** A person holding a position in the desa's unit with the operator_desa role, logged in. */
export async function operatorOf(h: Harness, tenant: HarnessTenant, desaId: string): Promise<Session> {
  return plannerIn(h, tenant, await regionUnit(h, tenant, desaId, 'desa'), ['operator_desa']);
}

/** A camat / kasi PMD: a position in the kecamatan's unit with the pimpinan role (villages.report.review), logged in. */
export async function reviewerOf(h: Harness, tenant: HarnessTenant, kecamatanId: string): Promise<Session> {
  return plannerIn(h, tenant, await regionUnit(h, tenant, kecamatanId, 'kecamatan'), ['pimpinan']);
}

/** A perencana working in DPMD (manages mandated results, bases, targets), logged in. */
export async function dpmdPlanner(h: Harness, tenant: HarnessTenant): Promise<Session> {
  const dpmd = await ensureOpd(h, tenant, 'DPMD', 'Dinas Pemberdayaan Masyarakat dan Desa');
  return plannerIn(h, tenant, dpmd, ['perencana']);
}

/** A 16-digit identifier, distinct per `n` and kind (NIK starts 3313, No KK 3313 9…). */
export const nikOf = (n: number) => `3313${String(n).padStart(12, '0')}`;
export const kkOf = (n: number) => `33139${String(n).padStart(11, '0')}`;

/** `count` households leaving DTKS, numbered from `from`. */
export function households(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    clientId: randomUUID(),
    noKk: kkOf(from + i),
    nik: nikOf(from + i),
    name: `Kepala Keluarga ${from + i}`,
    reason: 'Penghasilan naik (usaha warung)',
  }));
}

/** Two desa of one kecamatan and one desa of another (tenant A's real wilayah). */
export async function desaPairs(h: Harness, tenant: HarnessTenant) {
  const db = tenantDb({ db: h.db, tenantId: tenant.id });
  const desa = await db.selectFrom('regions').select(['id', 'parent_id']).where('level', '=', 'desa').orderBy('code').execute();
  const [d1, d2] = desa.filter((d) => d.parent_id === desa[0]!.parent_id);
  const d3 = desa.find((d) => d.parent_id !== desa[0]!.parent_id)!;
  return { d1: d1!.id, d2: d2!.id, d3: d3.id, k1: d1!.parent_id!, k2: d3.parent_id! };
}
