/**
 * The e-SAKIP dashboards over HTTP on seeded plans, stored capaian, realisasi and budget lines: means and band counts
 * recomputed here from the seeded rows, early warning on a falling trend only, 404 for another tenant's OPD or
 * indicator and for a unit that is not an OPD.
 */
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { pickShownResult, type StoredResult } from '../../src/modules/performance/dashboard.calc.ts';
import { shownResultsOfYear } from '../../src/modules/performance/dashboard.rows.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import {
  annualTargetRow,
  budgetLineRow,
  indicatorRow,
  nodeRow,
  periodRow,
  realisasiRow,
  resultRow,
  tagRow,
} from '../factories/dashboard.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const YEAR = 2026;
type Outcome = [period: string, value: string, band: string] | [period: string, reason: string];
/** A seeded indicator: its node ('k' DISKOMINFO, 's' SETDA, 'r' regency, 'k27' a DISKOMINFO Renja of 2027). */
interface Seed {
  key: string;
  node: 'k' | 's' | 'r' | 'k27';
  frequency?: string;
  responsible?: 'BAG-ORG';
  results: Outcome[];
  realisasi?: Record<string, string>;
  target?: string;
}
const SEEDS: Seed[] = [
  {
    key: 'K1',
    node: 'k',
    results: [
      ['Q1', '80', 'kuning'],
      ['Q2', '90', 'hijau'],
      ['Y', '95', 'hijau'],
    ],
    realisasi: { Q1: '80', Q2: '90' },
    target: '100',
  },
  {
    key: 'K2',
    node: 'k',
    results: [
      ['Q1', '90', 'hijau'],
      ['Q2', '75', 'kuning'],
      ['Y', 'missing_realisasi'],
    ],
    realisasi: { Q1: '90', Q2: '80' },
    target: '100',
  },
  { key: 'K3', node: 'k', results: [['Y', 'target_zero_ratio']] },
  { key: 'K4', node: 'k', results: [] },
  { key: 'R1', node: 'r', responsible: 'BAG-ORG', frequency: 'yearly', results: [['Y', '60', 'merah']] },
  { key: 'R2', node: 'r', frequency: 'yearly', results: [['Y', '99', 'hijau']] },
  {
    key: 'S1',
    node: 's',
    frequency: 'monthly',
    results: [
      ['M03', '70', 'kuning'],
      ['M06', '88', 'kuning'],
    ],
  },
  { key: 'S2', node: 's', frequency: 'yearly', results: [['Y', '91.5', 'hijau']] },
  { key: 'K27', node: 'k27', results: [['Y', '10', 'merah']] },
];
/** Preference when Y is not computed: the period ending latest (written out here, independently of the server). */
const LATEST_FIRST = ['Y', 'Q4', 'S2', 'M12', 'Q3', 'M09', 'Q2', 'S1', 'M06', 'M05', 'M04', 'Q1', 'M03', 'M02', 'M01'];

let h: Harness;
let staf: Session;
const ids = new Map<string, string>();
let units: { k: string; s: string; bagOrg: string };
let otherTenantUnit: string;
let otherTenantIndicator: string;

async function seedTenantA() {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const period = periodRow(2025);
  await db.insertInto('plan_periods', period).execute();
  const nodes = {
    k: nodeRow(period.id, units.k),
    s: nodeRow(period.id, units.s),
    r: nodeRow(period.id, null),
    k27: nodeRow(period.id, units.k, 2027),
  };
  await db.insertInto('plan_nodes', Object.values(nodes)).execute();
  for (const [index, seed] of SEEDS.entries()) {
    const row = indicatorRow(nodes[seed.node].id, {
      name: `Indikator ${seed.key}`,
      code: seed.key,
      frequency: seed.frequency ?? 'quarterly',
      responsibleUnitId: seed.responsible ? units.bagOrg : null,
      sortOrder: index,
    });
    ids.set(seed.key, row.id);
    await db.insertInto('indicators', row).execute();
    for (const r of seed.results)
      await db
        .insertInto(
          'capaian_results',
          resultRow(row.id, YEAR, r[0], r.length === 3 ? { value: r[1], band: r[2] } : { reason: r[1] }),
        )
        .execute();
    for (const [p, value] of Object.entries(seed.realisasi ?? {}))
      await db.insertInto('indicator_realizations', realisasiRow(row.id, YEAR, p, value)).execute();
    if (seed.target) await db.insertInto('indicator_targets', annualTargetRow(row.id, YEAR, seed.target)).execute();
  }
  // Noise that must not count: another year's result, an unverified realisasi far above the trend.
  await db.insertInto('capaian_results', resultRow(ids.get('K1') as string, 2025, 'Y', { value: '10', band: 'merah' })).execute();
  await db.insertInto('indicator_realizations', realisasiRow(ids.get('K2') as string, YEAR, 'Q3', '500', 'draft')).execute();
}

const LINES = [
  { unit: 'k', year: YEAR, pagu: '1000', months: ['100', '200'], tag: 'K2' },
  { unit: 'k', year: YEAR, pagu: '500', months: [null, null, '50'] },
  { unit: 'bagOrg', year: YEAR, pagu: '300', months: ['150'] },
  { unit: 'k', year: 2025, pagu: '999', months: ['999'] },
] as const;

async function seedBudget() {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  for (const [index, line] of LINES.entries()) {
    const row = budgetLineRow(units[line.unit], line.year, `2.16.02.1.01.000${index + 1}`, line.pagu, line.months);
    await db.insertInto('budget_lines', row).execute();
    if ('tag' in line) await db.insertInto('budget_indicator_tags', tagRow(row.id, ids.get(line.tag) as string)).execute();
  }
}

async function seedTenantB() {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.b.id });
  const period = periodRow(2025);
  await db.insertInto('plan_periods', period).execute();
  otherTenantUnit = await h.unitId(h.tenants.b, 'DISKOMINFO');
  const node = nodeRow(period.id, otherTenantUnit);
  await db.insertInto('plan_nodes', node).execute();
  const indicator = indicatorRow(node.id, { name: 'Indikator B' });
  otherTenantIndicator = indicator.id;
  await db.insertInto('indicators', indicator).execute();
  await db.insertInto('capaian_results', resultRow(indicator.id, YEAR, 'Y', { value: '1', band: 'merah' })).execute();
}

beforeAll(async () => {
  h = await startHarness();
  staf = await h.loginAs(h.tenants.a, 'staf');
  units = {
    k: await h.unitId(h.tenants.a, 'DISKOMINFO'),
    s: await h.unitId(h.tenants.a, 'SETDA'),
    bagOrg: await h.unitId(h.tenants.a, 'BAG-ORG'),
  };
  await seedTenantA();
  await seedBudget();
  await seedTenantB();
});
afterAll(async () => h?.close());

const get = (url: string, locale = 'id') => h.inject({ method: 'GET', url, as: staf, headers: { 'accept-language': locale } });

/** The seeded indicators of an OPD in the year: own nodes, plus regency ones whose responsible unit is inside it. */
const seedsOf = (opd: 'k' | 's') =>
  SEEDS.filter((s) => (s.node === opd ? true : opd === 's' && s.node === 'r' && s.responsible === 'BAG-ORG'));
const assigned = () => [...seedsOf('k'), ...seedsOf('s')];
/** The computed outcome the dashboard should show: Y when computed, else the latest computed period. */
function expectedShown(seed: Seed) {
  const computed = seed.results.filter((r): r is [string, string, string] => r.length === 3);
  return LATEST_FIRST.map((p) => computed.find((r) => r[0] === p)).find(Boolean) ?? null;
}
function expectedMean(seeds: Seed[]): string {
  const values = seeds.flatMap((s) => (expectedShown(s) ? [new Decimal((expectedShown(s) as string[])[1])] : []));
  return values
    .reduce((a, b) => a.plus(b), new Decimal(0))
    .div(values.length)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .toFixed(2);
}
const expectedBandCount = (seeds: Seed[], band: string) => seeds.filter((s) => expectedShown(s)?.[2] === band).length;
function expectedBudget(lineUnits: readonly string[]) {
  const lines = LINES.filter((l) => l.year === YEAR && lineUnits.includes(l.unit));
  const pagu = lines.reduce((a, l) => a.plus(l.pagu), new Decimal(0));
  const real = lines.reduce((a, l) => l.months.reduce((b, m) => (m === null ? b : b.plus(m)), a), new Decimal(0));
  return {
    pagu: pagu.toFixed(),
    realisasi: real.toFixed(),
    serapan: real.div(pagu).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
  };
}

describe('GET /api/performance/dashboard (regency)', () => {
  it('gives per OPD the mean capaian, indicators per band and serapan, recomputed from the seeded rows', async () => {
    const res = await get(`/api/performance/dashboard?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.bands.map((b: { code: string }) => b.code)).toEqual(['merah', 'kuning', 'hijau']);
    expect(body.units.map((u: { code: string }) => u.code)).toEqual(['DISKOMINFO', 'SETDA']);
    for (const [opd, code] of [
      ['k', 'DISKOMINFO'],
      ['s', 'SETDA'],
    ] as const) {
      const unit = body.units.find((u: { code: string }) => u.code === code);
      const seeds = seedsOf(opd);
      expect(unit.indicators).toBe(seeds.length);
      expect(unit.meanCapaian).toBe(expectedMean(seeds));
      for (const band of ['merah', 'kuning', 'hijau'])
        expect(unit.bandCounts.find((b: { code: string }) => b.code === band).count).toBe(expectedBandCount(seeds, band));
      expect(unit.noData).toBe(seeds.filter((s) => s.results.length === 0).length);
      expect(unit.notComputable).toBe(seeds.filter((s) => s.results.length > 0 && !expectedShown(s)).length);
      expect(unit.budget).toMatchObject(expectedBudget(opd === 'k' ? ['k'] : ['bagOrg']));
      const delta = new Decimal(unit.meanCapaian).minus(unit.budget.serapan);
      expect(new Decimal(unit.efficiency.delta).equals(delta.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
    }
    expect(body.regency.meanCapaian).toBe(expectedMean(assigned()));
    expect(body.regency.indicators).toBe(assigned().length);
    expect(body.regency.budget).toMatchObject(expectedBudget(['k', 'bagOrg']));
    expect(body.unassignedIndicators).toBe(1);
  });

  it('counts early warnings per OPD as the OPD view does (the falling KOMINFO indicator), and their sum for the regency', async () => {
    const body = (await get(`/api/performance/dashboard?year=${YEAR}`)).json();
    let sum = 0;
    for (const unit of body.units as { unitId: string; earlyWarnings: number }[]) {
      const own = (await get(`/api/performance/dashboard/units/${unit.unitId}?year=${YEAR}`)).json();
      expect(unit.earlyWarnings).toBe(own.earlyWarnings);
      sum += unit.earlyWarnings;
    }
    expect(body.units.find((u: { code: string }) => u.code === 'DISKOMINFO').earlyWarnings).toBe(1);
    expect(body.regency.earlyWarnings).toBe(sum);
  });

  it('says which period each shown value came from', async () => {
    const body = (await get(`/api/performance/dashboard?year=${YEAR}`)).json();
    const kominfo = body.units.find((u: { code: string }) => u.code === 'DISKOMINFO');
    expect(kominfo.periods).toEqual([
      { period: 'Q2', count: 1 },
      { period: 'Y', count: 2 },
    ]);
  });

  it('refuses a year that is not a number with a field message', async () => {
    const res = await get('/api/performance/dashboard?year=dua-ribu');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toContainEqual(
      expect.objectContaining({ message: 'Tahun harus berupa angka 2000 sampai 2100.' }),
    );
    expect((await get('/api/performance/dashboard?year=1999')).statusCode).toBe(400);
  });

  it('defaults to the current year in the regency’s time zone', async () => {
    const res = await get('/api/performance/dashboard');
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(h.platform.now());
    expect(res.json().year).toBe(Number(year));
  });
});

describe('GET /api/performance/dashboard/units/:unitId (OPD)', () => {
  it('lists the OPD’s indicators with quarterly trend, early warning on the falling one only, and tagged budget', async () => {
    const res = await get(`/api/performance/dashboard/units/${units.k}?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const rows = new Map(body.indicators.map((r: { code: string }) => [r.code, r]));
    expect([...rows.keys()]).toEqual(['K1', 'K2', 'K3', 'K4']);
    const [k1, k2, k3] = ['K1', 'K2', 'K3'].map((k) => rows.get(k) as Record<string, never>);
    expect(k1.projection).toMatchObject({ state: 'projected', warning: false });
    expect(k2.projection).toMatchObject({ state: 'projected', warning: true });
    expect(k3.projection).toMatchObject({ state: 'not_computable', reason: 'no_annual_target' });
    expect(body.earlyWarnings).toBe(1);
    expect((k2.quarters as { value: string | null }[]).map((q) => q.value)).toEqual(['90', '75', null, null]);
    expect(k2.shown).toMatchObject({ period: 'Q2', value: '75', band: 'kuning' });
    expect(k3.shown).toMatchObject({ state: 'not_computable', reason: 'target_zero_ratio' });
    expect(k2.budget).toMatchObject({ lines: 1, pagu: '1000', realisasi: '300', serapan: '30.00' });
    expect(k1.budget).toMatchObject({ lines: 0, serapan: null });
    expect(body.unit.meanCapaian).toBe(expectedMean(seedsOf('k')));
  });

  it('counts a regency indicator for the OPD of its responsible unit', async () => {
    const body = (await get(`/api/performance/dashboard/units/${units.s}?year=${YEAR}`)).json();
    expect(body.indicators.map((r: { code: string }) => r.code).sort()).toEqual(['R1', 'S1', 'S2']);
    const s1 = body.indicators.find((r: { code: string }) => r.code === 'S1');
    expect(s1.quarters.map((q: { period: string | null }) => q.period)).toEqual(['M03', 'M06', null, null]);
  });

  it('answers 404 for another tenant’s OPD and for a unit that is not an OPD', async () => {
    expect((await get(`/api/performance/dashboard/units/${otherTenantUnit}?year=${YEAR}`)).statusCode).toBe(404);
    expect((await get(`/api/performance/dashboard/units/${units.bagOrg}?year=${YEAR}`)).statusCode).toBe(404);
  });
});

describe('GET /api/performance/dashboard/indicators/:indicatorId', () => {
  it('gives every stored result of the year in order, with reasons, targets, every realisasi and the projection', async () => {
    const res = await get(`/api/performance/dashboard/indicators/${ids.get('K2')}?year=${YEAR}`, 'en');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.indicator).toMatchObject({ code: 'K2', unitId: units.k, unitName: 'Dinas Komunikasi dan Informatika' });
    expect(body.results.map((r: { period: string }) => r.period)).toEqual(['Q1', 'Q2', 'Y']);
    expect(body.results[2]).toMatchObject({
      state: 'not_computable',
      reason: 'missing_realisasi',
      engineVersion: 'capaian-1.0.0',
    });
    expect(body.results[2].reasonMessage).toMatch(/[a-z]/);
    expect(body.targets).toEqual([{ period: null, kind: 'number', value: '100', min: null, max: null, text: null }]);
    expect(body.realisasi.map((r: { period: string; status: string }) => `${r.period}:${r.status}`)).toEqual([
      'Q1:verified',
      'Q2:verified',
      'Q3:draft',
    ]);
    expect(body.projection).toMatchObject({ state: 'projected', warning: true });
  });

  it('answers 404 for another tenant’s indicator', async () => {
    expect((await get(`/api/performance/dashboard/indicators/${otherTenantIndicator}?year=${YEAR}`)).statusCode).toBe(404);
  });
});

describe('the shown capaian picked by the database (regency view)', () => {
  const KEYS = [
    'Y',
    'S1',
    'S2',
    'Q1',
    'Q2',
    'Q3',
    'Q4',
    ...Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`),
  ];

  it('is the row pickShownResult picks from all the rows, for random sets of periods and states', async () => {
    const ctx = systemContext(h.db, h.platform, h.tenants.b.id, 'test', permissionsForRoles(['admin']));
    const db = tenantDb(ctx);
    const period = periodRow(2030);
    const node = nodeRow(period.id, otherTenantUnit);
    await db.insertInto('plan_periods', period).execute();
    await db.insertInto('plan_nodes', node).execute();
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const expected = new Map<string, StoredResult | null>();
    for (let n = 0; n < 40; n++) {
      const indicator = indicatorRow(node.id, { name: `Acak ${n}` });
      await db.insertInto('indicators', indicator).execute();
      const rows = KEYS.filter(() => random() < 0.3).map((key) =>
        random() < 0.6
          ? resultRow(indicator.id, 2031, key, { value: String(Math.floor(random() * 120)), band: random() < 0.2 ? null : 'a|b' })
          : resultRow(indicator.id, 2031, key, { reason: 'missing_realisasi' }),
      );
      if (rows.length > 0) await db.insertInto('capaian_results', rows).execute();
      const stored = rows.map((r) => ({
        period: r.period,
        state: r.state,
        value: r.value ?? null,
        band: r.band ?? null,
        reason: r.reason ?? null,
      }));
      expected.set(indicator.id, pickShownResult(stored));
    }
    const shown = await shownResultsOfYear(ctx, 2031);
    for (const [id, row] of expected) expect(shown.get(id) ?? null, id).toEqual(row);
  });
});
