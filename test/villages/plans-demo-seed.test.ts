/**
 * The demo's village plans: seeded once through the plans services as the operator desa, so the plans page shows an
 * RPJMDes with a programme per bidang, this year's RKPDes and an APBDes whose belanja per bidang is compared with it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedVillagesPlansSample } from '../../src/cli/demo/villages-plans-sample.ts';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { desaPairs, operatorOf } from '../factories/villages-accountability.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let h: Harness;
let operator: Session;
let desaId: string;
const db = () => tenantDb({ db: h.db, tenantId: h.tenants.a.id });
const admin = () => systemContext(h.db, h.platform, h.tenants.a.id, 'seed:test', permissionsForRoles(['admin']));

beforeAll(async () => {
  h = await startHarness();
  desaId = (await desaPairs(h, h.tenants.a)).d1;
  operator = await operatorOf(h, h.tenants.a, desaId);
});
afterAll(async () => h?.close());

describe('demo village plans', () => {
  it('seeds the RPJMDes, RKPDes and APBDes of the operator’s desa once', async () => {
    const email = (await db().selectFrom('users').select('email').where('id', '=', operator.userId).executeTakeFirstOrThrow())
      .email as string;
    await seedVillagesPlansSample(admin(), email);
    await seedVillagesPlansSample(admin(), email);
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(h.platform.now()));
    const rpjm = await h.inject({ method: 'GET', url: `/api/villages/desa/${desaId}/rpjm`, as: operator });
    expect(rpjm.statusCode, rpjm.body).toBe(200);
    const items = rpjm.json().items as { startYear: number; endYear: number; programmes: { bidang: number }[] }[];
    expect(items.map((r) => [r.startYear, r.endYear])).toEqual([[year - 1, year + 4]]);
    expect(items[0]?.programmes.map((p) => p.bidang).sort()).toEqual([1, 2, 3, 4, 5]);
    const summary = await h.inject({ method: 'GET', url: `/api/villages/desa/${desaId}/plans/${year}/summary`, as: operator });
    expect(summary.statusCode, summary.body).toBe(200);
    const bidang = summary.json().bidang as { bidang: number; apbdes: string; rkp: string }[];
    expect(bidang.map((b) => [b.bidang, Number(b.apbdes), Number(b.rkp)])).toEqual([
      [1, 220_000_000, 20_000_000],
      [2, 803_000_000, 803_000_000],
      [3, 50_000_000, 50_000_000],
      [4, 15_000_000, 15_000_000],
      [5, 100_000_000, 100_000_000],
    ]);
  });
});
