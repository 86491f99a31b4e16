/**
 * The recompute's read on a real database (capaian-store.read.ts: JSON aggregates per indicator on SQLite, plain rows
 * and a JSON object of digests on PostgreSQL): the changes computed from it must be those the pure path computes from
 * plain reads of the same tables — only verified realisasi, stored rows of indicators with nothing left deleted,
 * stale periods deleted, changed digests rewritten, and nothing of another tenant. The dashboards read a whole year
 * the same way when asked for hundreds of indicators.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type TenantDb, tenantDb } from '../../src/db/tenant-db.ts';
import { digestsByIndicator, type RowChanges, recomputeChanges } from '../../src/modules/performance/capaian-changes.ts';
import { groupByIndicator } from '../../src/modules/performance/capaian-inputs.ts';
import { readRecomputeInputs } from '../../src/modules/performance/capaian-store.read.ts';
import { recomputeTenantYear } from '../../src/modules/performance/capaian-store.service.ts';
import { annualTargets, verifiedRealisasi } from '../../src/modules/performance/dashboard-projection.rows.ts';
import { DEFAULT_MEASUREMENT_SETTINGS } from '../../src/modules/performance/measurement-settings.ts';
import { periodsOfFrequency } from '../../src/modules/performance/realization-periods.ts';
import { type RequestContext, systemContext } from '../../src/platform/access/context.ts';
import { newId } from '../../src/shared/ids.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { annualTargetRow, indicatorRow, nodeRow, periodRow, realisasiRow, resultRow } from '../factories/dashboard.ts';
import { type Harness, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const YEAR = 2031;
const settings = DEFAULT_MEASUREMENT_SETTINGS.capaian;
const SHAPES = [
  { frequency: 'monthly', aggregation: 'cumulative', polarity: 'maximize' },
  { frequency: 'monthly', aggregation: 'average', polarity: 'minimize' },
  { frequency: 'quarterly', aggregation: 'last', polarity: 'maximize' },
  { frequency: 'quarterly', aggregation: 'cumulative', polarity: 'minimize' },
  { frequency: 'semester', aggregation: 'last', polarity: 'maximize' },
  { frequency: 'yearly', aggregation: 'last', polarity: 'maximize' },
];

let h: Harness;
let ctx: RequestContext;
let indicators: string[];

/** A year of indicators of every shape with targets and realisasi, some only submitted; values vary by `seed`. */
async function seedYear(db: TenantDb, seed: number): Promise<string[]> {
  const period = periodRow(YEAR - 1);
  const node = nodeRow(period.id, null);
  await db.insertInto('plan_periods', period).execute();
  await db.insertInto('plan_nodes', node).execute();
  const ids: string[] = [];
  for (const [n, shape] of SHAPES.entries()) {
    const indicator = indicatorRow(node.id, { name: `Uji ${n}`, ...shape });
    await db.insertInto('indicators', indicator).execute();
    await db.insertInto('indicator_targets', annualTargetRow(indicator.id, YEAR, String(40 + seed + n))).execute();
    const realisasi = periodsOfFrequency(shape.frequency).map((p, i) =>
      realisasiRow(indicator.id, YEAR, p, String(10 + seed + i * 3 + n), (i + n) % 4 === 3 ? 'submitted' : 'verified'),
    );
    await db.insertInto('indicator_realizations', realisasi).execute();
    ids.push(indicator.id);
  }
  return ids;
}

/** The changes computed by the pure path from plain reads of the tables (the reference). */
async function referenceChanges(scope: RequestContext, indicatorId?: string): Promise<RowChanges> {
  const db = tenantDb(scope);
  const only = <T extends { indicator_id: string }>(rows: T[]) =>
    indicatorId ? rows.filter((r) => r.indicator_id === indicatorId) : rows;
  const targets = only(await db.selectFrom('indicator_targets').selectAll().where('year', '=', YEAR).execute());
  const verified = only(
    await db.selectFrom('indicator_realizations').selectAll().where('year', '=', YEAR).where('status', '=', 'verified').execute(),
  );
  const stored = only(
    await db.selectFrom('capaian_results').select(['indicator_id', 'period', 'digest']).where('year', '=', YEAR).execute(),
  );
  const concerned = new Set([...targets, ...verified, ...stored].map((r) => r.indicator_id));
  const all = await db
    .selectFrom('indicators')
    .select(['id', 'polarity', 'aggregation', 'frequency', 'allow_negative'])
    .execute();
  const inputs = {
    indicators: all.filter((i) => concerned.has(i.id)).sort((a, b) => (a.id < b.id ? -1 : 1)),
    targets: groupByIndicator(targets),
    verified: groupByIndicator(verified),
  };
  return recomputeChanges(inputs, digestsByIndicator(stored), settings);
}

/** The changes as the store computes them: its read, then recomputeChanges. */
async function storeChanges(scope: RequestContext, indicatorId?: string): Promise<RowChanges> {
  const inputs = await readRecomputeInputs(scope, YEAR, indicatorId);
  return recomputeChanges(inputs, inputs.existing, settings);
}

/** Changes with their lists in key order, so two paths that visit indicators differently compare equal. */
function ordered(changes: RowChanges) {
  const key = (r: { indicator_id: string; period: string }) => `${r.indicator_id}/${r.period}`;
  const byKey = <T>(list: readonly T[], of: (x: T) => string) => [...list].sort((a, b) => (of(a) < of(b) ? -1 : 1));
  return { ...changes, upserts: byKey(changes.upserts, (u) => key(u.row)), deletes: byKey(changes.deletes, key) };
}

beforeAll(async () => {
  h = await startHarness();
  ctx = systemContext(h.db, h.platform, h.tenants.a.id, 'test', permissionsForRoles(['admin']));
  const other = systemContext(h.db, h.platform, h.tenants.b.id, 'test', permissionsForRoles(['admin']));
  indicators = await seedYear(tenantDb(ctx), 0);
  await seedYear(tenantDb(other), 7);
  await recomputeTenantYear(ctx, YEAR, settings);
  await recomputeTenantYear(other, YEAR, settings);
  // Then the year moves on: a realisasi is verified, one is withdrawn, a stored row is from an older engine, a stale
  // period is stored, and one indicator loses its target and realisasi.
  const db = tenantDb(ctx);
  const [first, second, third, , , last] = indicators;
  await db.updateTable('indicator_realizations').set({ status: 'verified' }).where('indicator_id', '=', first).execute();
  await db
    .updateTable('indicator_realizations')
    .set({ status: 'returned' })
    .where('indicator_id', '=', second)
    .where('period', '=', 'M05')
    .execute();
  await db
    .updateTable('capaian_results')
    .set({ digest: '' })
    .where('indicator_id', '=', third)
    .where('period', '=', 'Q2')
    .execute();
  await db.insertInto('capaian_results', resultRow(third, YEAR, 'M07', { reason: 'missing_realisasi' })).execute();
  await db.deleteFrom('indicator_realizations').where('indicator_id', '=', last).execute();
  await db.deleteFrom('indicator_targets').where('indicator_id', '=', last).execute();
});
afterAll(async () => h?.close());

describe('the recompute read', () => {
  it('gives the changes the pure path computes from plain reads of the same tables', async () => {
    const read = await storeChanges(ctx);
    expect(ordered(read)).toEqual(ordered(await referenceChanges(ctx)));
    expect(read.indicators).toBe(SHAPES.length - 1);
    expect(read.upserts.length).toBeGreaterThan(2);
    expect(read.deletes).toContainEqual({ indicator_id: indicators[2], period: 'M07' });
    expect(read.deletes.filter((d) => d.indicator_id === indicators[5])).toEqual([{ indicator_id: indicators[5], period: 'Y' }]);
  });

  it('reads one indicator alone when asked, the same way', async () => {
    for (const indicatorId of indicators) {
      const read = await storeChanges(ctx, indicatorId);
      expect(ordered(read)).toEqual(ordered(await referenceChanges(ctx, indicatorId)));
    }
  });
});

describe('the dashboard reads of many indicators', () => {
  it('give, for hundreds of ids (the year read as the recompute reads it), what an IN list gives for the few real ones', async () => {
    const asked = indicators.slice(0, 4);
    const many = [...asked, ...Array.from({ length: 250 }, () => newId())];
    const few = await verifiedRealisasi(ctx, YEAR, asked);
    expect(await verifiedRealisasi(ctx, YEAR, many)).toEqual(few);
    expect(await annualTargets(ctx, YEAR, many)).toEqual(await annualTargets(ctx, YEAR, asked));
    // Only verified realisasi of the asked indicators: the withdrawn M05 of the second is not among them.
    expect([...few.keys()]).toEqual(asked);
    const verified = await tenantDb(ctx)
      .selectFrom('indicator_realizations')
      .select('period')
      .where('indicator_id', '=', asked[1])
      .where('year', '=', YEAR)
      .where('status', '=', 'verified')
      .execute();
    expect([...(few.get(asked[1])?.keys() ?? [])].sort()).toEqual(verified.map((r) => r.period).sort());
    expect(few.get(asked[1])?.has('M05')).toBe(false);
  });
});
