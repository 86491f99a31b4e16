/**
 * The regency data set of the recompute benchmark (issue #5), generated into a migrated database through the real
 * schema: one tenant, 50 OPD units, an active RPJMD period with one Renstra tujuan per OPD, 40 monthly indicators per
 * OPD (2,000) of mixed polarity and aggregation with a yearly target each, and 12 verified realisasi each (24,000).
 * Village capaian are computed on read (not stored), so the 277 desa × 10 indicators are generated as in-memory engine inputs
 * (quarterly, 4 verified realisasi each) for recompute.ts to compute with the same engine.
 */
import { randomInt } from 'node:crypto';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { createTenantFromCode } from '../../src/modules/organization/index.ts';
import { capaianIndicatorOf } from '../../src/modules/performance/capaian-inputs.ts';
import type { YearInputs } from '../../src/modules/performance/capaian-rows.ts';
import type { CapaianFacts } from '../../src/modules/villages/village-capaian.ts';
import type { PlatformServices } from '../../src/platform/access/context.ts';
import { newId } from '../../src/shared/ids.ts';
import { type Cell, openBulkWriter } from './bulk-writer.ts';

/** Sizes of the generated regency. */
export interface CapaianDataSize {
  readonly units: number;
  readonly indicatorsPerUnit: number;
  readonly year: number;
}

/** What was generated. */
export interface CapaianDataSet {
  readonly tenantId: string;
  readonly indicators: number;
  readonly realisations: number;
  readonly seconds: number;
}

/** The polarity/aggregation mix, cycled over the indicators (range polarity gets a range target). */
const SHAPES = [
  { polarity: 'maximize', aggregation: 'cumulative' },
  { polarity: 'maximize', aggregation: 'last' },
  { polarity: 'minimize', aggregation: 'last' },
  { polarity: 'maximize', aggregation: 'average' },
  { polarity: 'minimize', aggregation: 'average' },
  { polarity: 'stabilize', aggregation: 'last' },
  { polarity: 'range', aggregation: 'average' },
  { polarity: 'minimize', aggregation: 'cumulative' },
] as const;

const MONTHS = Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`);

/** A decimal string with two places around `centre` (± `spread` percent). */
function near(centre: number, spread = 25): string {
  return ((centre * (100 + randomInt(-spread, spread + 1))) / 100).toFixed(2);
}

/** The target row (yearly) and the 12 realisasi values of one indicator of shape `i`. */
function indicatorValues(i: number) {
  const shape = SHAPES[i % SHAPES.length];
  const base = 20 + randomInt(0, 80);
  const target =
    shape.polarity === 'range'
      ? { kind: 'range', value: null, min: String(base), max: String(base + 10) }
      : { kind: 'number', value: String(shape.aggregation === 'cumulative' ? base * 12 : base), min: null, max: null };
  return { shape, target, values: MONTHS.map(() => near(base)) };
}

/** Rows of every table, built in memory. */
function buildRows(tenantId: string, size: CapaianDataSize, now: string) {
  const periodId = newId();
  const units: Cell[][] = [];
  const nodes: Cell[][] = [];
  const indicators: Cell[][] = [];
  const targets: Cell[][] = [];
  const realisations: Cell[][] = [];
  for (let u = 0; u < size.units; u++) {
    const unitId = newId();
    const nodeId = newId();
    units.push([tenantId, unitId, `OPD-${u + 1}`, `Perangkat Daerah ${u + 1}`, 'dinas', u + 1, 'active']);
    nodes.push([tenantId, nodeId, periodId, unitId, 'renstra', 'tujuan', `Tujuan OPD ${u + 1}`, now, now]);
    for (let k = 0; k < size.indicatorsPerUnit; k++) {
      const id = newId();
      const { shape, target, values } = indicatorValues(u * size.indicatorsPerUnit + k);
      indicators.push([
        tenantId,
        id,
        nodeId,
        `Indikator ${u + 1}.${k + 1}`,
        '%',
        shape.polarity,
        shape.aggregation,
        'monthly',
        '{}',
        now,
        now,
      ]);
      targets.push([tenantId, newId(), id, size.year, null, target.kind, target.value, target.min, target.max, null]);
      for (const [m, value] of values.entries())
        realisations.push([tenantId, newId(), id, size.year, MONTHS[m], value, 'manual', 'verified', now, now]);
    }
  }
  return { periodId, units, nodes, indicators, targets, realisations };
}

/** Generates the regency into a migrated database (bulk multi-row inserts through the real schema). */
export async function generateCapaianData(
  db: DatabaseHandle,
  platform: PlatformServices,
  size: CapaianDataSize,
): Promise<CapaianDataSet> {
  const t0 = performance.now();
  const { tenant } = await createTenantFromCode({ db, platform }, '33.14');
  const now = new Date().toISOString();
  const rows = buildRows(tenant.id, size, now);
  const writer = await openBulkWriter(db.url);
  try {
    await writer.transaction(async () => {
      await writer.insert('units', ['tenant_id', 'id', 'code', 'name', 'kind', 'sort_order', 'status'], rows.units);
      await writer.insert(
        'plan_periods',
        ['tenant_id', 'id', 'start_year', 'end_year', 'title', 'status', 'created_at', 'updated_at'],
        [[tenant.id, rows.periodId, size.year - 1, size.year + 3, 'RPJMD bench', 'active', now, now]],
      );
      await writer.insert(
        'plan_nodes',
        ['tenant_id', 'id', 'period_id', 'unit_id', 'document', 'kind', 'title', 'created_at', 'updated_at'],
        rows.nodes,
      );
      const indicatorColumns = ['tenant_id', 'id', 'node_id', 'name', 'unit_of_measure', 'polarity', 'aggregation'];
      await writer.insert(
        'indicators',
        [...indicatorColumns, 'frequency', 'smart_check', 'created_at', 'updated_at'],
        rows.indicators,
      );
      const targetColumns = [
        'tenant_id',
        'id',
        'indicator_id',
        'year',
        'period',
        'kind',
        'value',
        'min_value',
        'max_value',
        'text',
      ];
      await writer.insert('indicator_targets', targetColumns, rows.targets);
      const realisationColumns = ['tenant_id', 'id', 'indicator_id', 'year', 'period', 'value', 'source', 'status'];
      await writer.insert('indicator_realizations', [...realisationColumns, 'created_at', 'updated_at'], rows.realisations);
    });
    if (db.dialect === 'postgres') await writer.query('ANALYZE');
  } finally {
    await writer.close();
  }
  return {
    tenantId: tenant.id,
    indicators: rows.indicators.length,
    realisations: rows.realisations.length,
    seconds: (performance.now() - t0) / 1000,
  };
}

/** The desa indicators as engine inputs (no village tables yet): `desa × perDesa` quarterly indicators. */
export function villageInputs(desa: number, perDesa: number): YearInputs {
  const indicators: YearInputs['indicators'][number][] = [];
  const targets: YearInputs['targets'][number][] = [];
  const verified: YearInputs['verified'][number][] = [];
  for (let i = 0; i < desa * perDesa; i++) {
    const id = `desa-${i}`;
    const shape = SHAPES[i % SHAPES.length];
    const base = 5 + randomInt(0, 60);
    indicators.push({ id, polarity: shape.polarity, aggregation: shape.aggregation, frequency: 'quarterly', allow_negative: 0 });
    const range = shape.polarity === 'range';
    targets.push({
      indicator_id: id,
      period: null,
      kind: range ? 'range' : 'number',
      value: range ? null : String(shape.aggregation === 'cumulative' ? base * 4 : base),
      min_value: range ? String(base) : null,
      max_value: range ? String(base + 5) : null,
      text: null,
    });
    for (const period of ['Q1', 'Q2', 'Q3', 'Q4'])
      verified.push({ indicator_id: id, period, value: near(base), numerator: null, denominator: null, manual_capaian: null });
  }
  return { indicators, targets, verified };
}

/**
 * The same desa indicators as the village pages hand them to the engine (village-capaian.ts): a number target only, so
 * a range target is given as its lower bound.
 */
export function villageFacts(inputs: YearInputs): CapaianFacts[] {
  return inputs.indicators.map((row) => {
    const target = inputs.targets.find((t) => t.indicator_id === row.id);
    const verified = Object.fromEntries(
      inputs.verified.filter((r) => r.indicator_id === row.id).map((r) => [r.period, r.value as string]),
    );
    return {
      indicator: capaianIndicatorOf(row),
      yearTarget: target?.value ?? target?.min_value ?? null,
      quarterTargets: {},
      verified,
    };
  });
}
