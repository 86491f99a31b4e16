/**
 * Recompute of every stored capaian of a regency (issue #5; target ≤ 200 ms): 50 OPD × 40 monthly indicators × 12
 * verified realisasi (26,000 results: 12 months + the year each) in the database, plus 277 desa × 10 quarterly
 * indicators computed in memory with the same engine (village capaian are computed on read, not stored). Prints
 * median/p95 of N runs split into read / compute / write, for a recompute that rewrites every row (the settings
 * change each run) and one that changes nothing (only changed rows are written), peak RSS and heap; baselines from
 * the same run: the raw SELECT of the same stored columns (key + digest) and the raw engine loop (computeCapaian per
 * assessment, inputs prepared beforehand).
 * Usage: node --import tsx bench/recompute.ts [--runs 15] [--url sqlite:… | postgres://…]
 *   (default: a fresh SQLite file, and a fresh PostgreSQL database too when TEST_PG_URL is set)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createPlatformServices } from '../src/app.ts';
import { type DatabaseHandle, openDatabase, rawKysely } from '../src/db/connection.ts';
import { inTransaction } from '../src/db/executor.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { computeCapaian } from '../src/modules/performance/capaian/index.ts';
import { assessmentsOf, groupByIndicator } from '../src/modules/performance/capaian-inputs.ts';
import { computeYearRows, diffRows, type YearInputs } from '../src/modules/performance/capaian-rows.ts';
import { readRecomputeInputs, writeRowChanges } from '../src/modules/performance/capaian-store.service.ts';
import { DEFAULT_MEASUREMENT_SETTINGS } from '../src/modules/performance/measurement-settings.ts';
import { type RequestContext, systemContext } from '../src/platform/access/context.ts';
import { parseConfig } from '../src/platform/config/config.ts';
import { permissionsForRoles } from '../src/shared/permissions.ts';
import { createPgDatabase, isMain, median, ms, percentile, printSummary, sampleMemory } from './support/bench-kit.ts';
import { generateCapaianData, villageInputs } from './support/capaian-data.ts';

const YEAR = 2026;
const base = DEFAULT_MEASUREMENT_SETTINGS.capaian;
/** Two settings that differ in rounding only: alternating them rewrites every stored row. */
const ALTERNATE = [base, { ...base, roundingDecimals: 3 }];

type Phases = { read: number; compute: number; write: number; total: number; written: number };

/** One recompute of the year, timed per phase (the same steps as recomputeTenantYear, one transaction). */
async function timedRecompute(ctx: RequestContext, settings: typeof base): Promise<Phases> {
  const t0 = performance.now();
  const marks = await inTransaction(ctx, async (tx) => {
    const inputs = await readRecomputeInputs(tx, YEAR);
    const t1 = performance.now();
    const rows = computeYearRows(inputs, settings);
    const changes = diffRows(inputs.existing, rows);
    const t2 = performance.now();
    await writeRowChanges(tx, YEAR, changes);
    return { t1, t2, written: changes.upserts.length + changes.deletes.length };
  });
  const end = performance.now();
  return { read: marks.t1 - t0, compute: marks.t2 - marks.t1, write: end - marks.t2, total: end - t0, written: marks.written };
}

/** The same rows read with hand-written SQL (the floor for the read phase). */
function rawRead(db: DatabaseHandle, tenantId: string) {
  const k = rawKysely(db);
  return Promise.all([
    sql`SELECT id, polarity, aggregation, frequency, allow_negative FROM indicators WHERE tenant_id = ${tenantId}`.execute(k),
    sql`SELECT indicator_id, period, kind, value, min_value, max_value, text FROM indicator_targets
      WHERE tenant_id = ${tenantId} AND year = ${YEAR}`.execute(k),
    sql`SELECT indicator_id, period, value, numerator, denominator, manual_capaian FROM indicator_realizations
      WHERE tenant_id = ${tenantId} AND year = ${YEAR} AND status = 'verified'`.execute(k),
    sql`SELECT indicator_id, period, digest FROM capaian_results WHERE tenant_id = ${tenantId} AND year = ${YEAR}`.execute(k),
  ]);
}

/** computeCapaian once per assessment, inputs prepared beforehand (the engine alone, no row mapping). */
function rawEngineLoop(inputs: YearInputs): () => number {
  const targets = groupByIndicator(inputs.targets);
  const verified = groupByIndicator(inputs.verified);
  const work = inputs.indicators.flatMap((i) => assessmentsOf(i, targets.get(i.id) ?? [], verified.get(i.id) ?? []));
  return () => {
    let computed = 0;
    for (const a of work)
      if (!('gap' in a) && computeCapaian(a.indicator, a.target, a.realisasi, base).state === 'computed') computed++;
    return computed;
  };
}

/** median and p95 of `runs` timings of `work` (after one warm-up). */
async function times(runs: number, work: (i: number) => Promise<number> | number) {
  await work(-1);
  const list: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work(i);
    list.push(performance.now() - t0);
  }
  return { p50: median(list), p95: percentile(list, 95) };
}

/** A yardstick of the machine's state: copy 26,000 small objects into a Map by string key (a few ms when quiet). */
function yardstick(): number {
  const t0 = performance.now();
  const rows = Array.from({ length: 26_000 }, (_, i) => ({ indicator_id: `i${i >> 4}`, period: `M${i % 13}`, value: '1.00' }));
  const byKey = new Map(rows.map((r) => [`${r.indicator_id}|${r.period}`, { ...r, id: 'x' }]));
  return byKey.size > 0 ? performance.now() - t0 : 0;
}

function phaseLine(label: string, runs: Phases[]) {
  const f = (key: keyof Phases) =>
    `${ms(median(runs.map((r) => r[key])))}/${ms(
      percentile(
        runs.map((r) => r[key]),
        95,
      ),
    )}`;
  return `${label}: total ${f('total')} ms (median/p95) · read ${f('read')} · compute ${f('compute')} · write ${f('write')} · rows written ${runs[0].written}`;
}

async function measure(db: DatabaseHandle, tenantId: string, runs: number): Promise<string[]> {
  const platform = createPlatformServices(parseConfig({ DATABASE_URL: db.url, STORAGE_DIR: tmpdir() }));
  const ctx = systemContext(db, platform, tenantId, 'bench', permissionsForRoles(['admin']));
  const d = db.dialect.padEnd(8);
  await timedRecompute(ctx, base); // first store (inserts)
  const heapBefore = process.memoryUsage().heapUsed;
  const memory = sampleMemory(5);
  const full: Phases[] = [];
  for (let i = 0; i < runs; i++) full.push(await timedRecompute(ctx, ALTERNATE[(i + 1) % 2]));
  const mem = memory.stop();
  await timedRecompute(ctx, base);
  const same: Phases[] = [];
  for (let i = 0; i < runs; i++) same.push(await timedRecompute(ctx, base));
  const raw = await times(runs, () => rawRead(db, tenantId).then((r) => r.length));
  const inputs = await readRecomputeInputs(ctx, YEAR);
  const loop = rawEngineLoop(inputs);
  const engine = await times(runs, () => loop());
  const desa = villageInputs(277, 10);
  const village = await times(runs, () => computeYearRows(desa, base).length);
  const villageRows = computeYearRows(desa, base).length;
  const yard = await times(runs, yardstick);
  return [
    `${d} ${phaseLine('every row rewritten', full)}`,
    `${d} ${phaseLine('nothing changed     ', same)}`,
    `${d} 277 desa × 10 quarterly indicators in memory (${villageRows} results): median ${ms(village.p50)} ms · p95 ${ms(village.p95)} ms`,
    `${d} baseline raw SELECT of the same rows: median ${ms(raw.p50)} ms · p95 ${ms(raw.p95)} ms; raw engine loop (computeCapaian × ${inputs.indicators.length * 13}): median ${ms(engine.p50)} ms · p95 ${ms(engine.p95)} ms`,
    `${d} ratios: read/raw SELECT ${(median(same.map((r) => r.read)) / raw.p50).toFixed(1)}× · compute/raw engine loop ${(median(same.map((r) => r.compute)) / engine.p50).toFixed(2)}×`,
    `${d} memory during the full recomputes: peak RSS ${mem.rssMiB} MiB (process max ${mem.maxRssMiB} MiB) · heap ${Math.round(heapBefore / 1048576)} → peak ${mem.heapUsedMiB} MiB (load ${loadavg()[0].toFixed(1)})`,
    `${d} yardstick: 26,000 small objects copied into a Map took ${ms(yard.p50)} ms (median; a few ms on a quiet machine)`,
  ];
}

async function onDatabase(dialect: 'sqlite' | 'postgres', runs: number, url?: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pamong-recompute-bench-'));
  const pgDb =
    dialect === 'postgres' && !url ? await createPgDatabase(process.env.TEST_PG_URL as string, 'pamong_bench_capaian') : null;
  const target = url ?? pgDb?.url ?? `sqlite:${join(dir, 'capaian.db')}`;
  const db = openDatabase(target);
  try {
    await migrateToLatest(db);
    const platform = createPlatformServices(parseConfig({ DATABASE_URL: target, STORAGE_DIR: join(dir, 'files') }));
    const data = await generateCapaianData(db, platform, { units: 50, indicatorsPerUnit: 40, year: YEAR });
    console.log(
      `  ${dialect}: ${data.indicators} indicators, ${data.realisations} verified realisasi generated in ${data.seconds.toFixed(1)} s`,
    );
    const rows = await measure(db, data.tenantId, runs);
    for (const row of rows) console.log(row);
    return rows;
  } finally {
    await db.close();
    await pgDb?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, url: { type: 'string' } } });
  const runs = Number(values.runs);
  const rows: string[] = [];
  if (values.url) rows.push(...(await onDatabase(values.url.startsWith('sqlite:') ? 'sqlite' : 'postgres', runs, values.url)));
  else {
    rows.push(...(await onDatabase('sqlite', runs)));
    if (process.env.TEST_PG_URL) rows.push(...(await onDatabase('postgres', runs)));
  }
  printSummary(
    'Recompute every capaian of a regency: 2,000 indicators × 13 results + 2,770 desa indicators (target ≤ 200 ms)',
    rows,
  );
}

if (isMain(import.meta.url)) await main();
