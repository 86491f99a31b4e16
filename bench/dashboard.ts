/**
 * e-SAKIP dashboards (issue #5 "dashboard API p95 at that size"): on a generated regency of 50 OPD × 40 indicators ×
 * 12 months of stored capaian (bench/support/dashboard-data.ts), p50/p95 of the three dashboard routes through the
 * real Fastify app (session cookie, permission check, zod validation of the answer; app.http.inject), beside the raw
 * SQL that reads the same rows in the same run. SQLite in a temp file; PostgreSQL too when TEST_PG_URL is set.
 * Usage: node --import tsx bench/dashboard.ts [--opds 50] [--indicators 40] [--runs 60]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { type App, buildApp } from '../src/app.ts';
import { type DatabaseHandle, openDatabase, rawKysely } from '../src/db/connection.ts';
import { parseConfig } from '../src/platform/config/config.ts';
import { createPgDatabase, isMain, ms, printSummary } from './support/bench-kit.ts';
import { latencies } from './support/corpus-bench.ts';
import { type DashboardDataSet, generateDashboardData } from './support/dashboard-data.ts';

const YEAR = 2026;
const MONTH_COLUMNS = sql.raw(Array.from({ length: 12 }, (_, i) => `realisasi_m${String(i + 1).padStart(2, '0')}`).join(', '));

/** The indicators of the year (the service's join), optionally of one OPD's nodes. */
function rawIndicators(db: DatabaseHandle, tenantId: string, unitId?: string) {
  const unit = unitId ? sql`AND (n.unit_id = ${unitId} OR (n.unit_id IS NULL AND i.responsible_unit_id IS NOT NULL))` : sql``;
  return sql<{ id: string }>`SELECT i.id, i.code, i.name, i.is_iku, i.unit_of_measure, i.polarity, i.aggregation, i.frequency,
      i.allow_negative, i.responsible_unit_id, i.sort_order, n.unit_id
    FROM indicators i
    JOIN plan_nodes n ON n.tenant_id = i.tenant_id AND n.id = i.node_id
    JOIN plan_periods p ON p.tenant_id = n.tenant_id AND p.id = n.period_id
    WHERE i.tenant_id = ${tenantId} AND p.start_year <= ${YEAR} AND p.end_year >= ${YEAR}
      AND (n.year IS NULL OR n.year = ${YEAR}) ${unit}`.execute(rawKysely(db));
}

/** The shown capaian of each indicator, grouped in the database like the service (dashboard.rows.ts SHOWN_KEY). */
const RANK = sql.raw(`CAST((CASE WHEN period = 'Y' THEN 51
  WHEN period LIKE 'Q%' THEN CAST(SUBSTR(period, 2) AS INTEGER) * 12 + 2
  WHEN period LIKE 'S%' THEN CAST(SUBSTR(period, 2) AS INTEGER) * 24 + 1
  ELSE CAST(SUBSTR(period, 2) AS INTEGER) * 4 END)
  + (CASE WHEN state = 'computed' AND value IS NOT NULL THEN 200 ELSE 100 END) AS TEXT)`);

/** The same rows as the regency view: indicators, the shown capaian of each, budget lines, verified realisasi and annual targets. */
async function rawRegency(db: DatabaseHandle, tenantId: string) {
  const k = rawKysely(db);
  await rawIndicators(db, tenantId);
  await sql`SELECT indicator_id, MAX(${RANK} || '|' || period || '|' || state || '|' || COALESCE(value, '') || '|'
      || COALESCE(reason, '') || '|' || COALESCE(band, '')) AS shown
    FROM capaian_results WHERE tenant_id = ${tenantId} AND year = ${YEAR} GROUP BY indicator_id`.execute(k);
  await sql`SELECT id, unit_id, pagu, ${MONTH_COLUMNS} FROM budget_lines WHERE tenant_id = ${tenantId} AND year = ${YEAR}`.execute(
    k,
  );
  // The early warnings: every verified realisasi and annual target of the year.
  await sql`SELECT indicator_id, period, value, numerator, denominator FROM indicator_realizations
    WHERE tenant_id = ${tenantId} AND year = ${YEAR} AND status = 'verified'`.execute(k);
  await sql`SELECT indicator_id, kind, value, min_value, max_value, text FROM indicator_targets
    WHERE tenant_id = ${tenantId} AND year = ${YEAR} AND period IS NULL`.execute(k);
}

/** The same rows as the OPD view: its indicators, their capaian, verified realisasi, targets and tagged lines. */
async function rawUnit(db: DatabaseHandle, tenantId: string, unitId: string) {
  const k = rawKysely(db);
  const ids = (await rawIndicators(db, tenantId, unitId)).rows.map((r) => r.id);
  const list = sql.join(ids);
  await sql`SELECT indicator_id, period, state, value, band, reason FROM capaian_results
    WHERE tenant_id = ${tenantId} AND year = ${YEAR} AND indicator_id IN (${list})`.execute(k);
  await sql`SELECT indicator_id, period, value, numerator, denominator FROM indicator_realizations
    WHERE tenant_id = ${tenantId} AND year = ${YEAR} AND status = 'verified' AND indicator_id IN (${list})`.execute(k);
  await sql`SELECT indicator_id, kind, value, min_value, max_value, text FROM indicator_targets
    WHERE tenant_id = ${tenantId} AND year = ${YEAR} AND period IS NULL AND indicator_id IN (${list})`.execute(k);
  await sql`SELECT t.indicator_id, l.pagu, ${MONTH_COLUMNS} FROM budget_indicator_tags t
    JOIN budget_lines l ON l.tenant_id = t.tenant_id AND l.id = t.budget_line_id
    WHERE t.tenant_id = ${tenantId} AND l.year = ${YEAR} AND t.indicator_id IN (${list})`.execute(k);
  await sql`SELECT id, unit_id, pagu, ${MONTH_COLUMNS} FROM budget_lines WHERE tenant_id = ${tenantId} AND year = ${YEAR}`.execute(
    k,
  );
}

/** The same rows as the indicator view: the indicator, its stored capaian, targets and realisasi of the year. */
async function rawIndicator(db: DatabaseHandle, tenantId: string, indicatorId: string) {
  const k = rawKysely(db);
  await sql`SELECT i.*, n.unit_id FROM indicators i JOIN plan_nodes n ON n.tenant_id = i.tenant_id AND n.id = i.node_id
    WHERE i.tenant_id = ${tenantId} AND i.id = ${indicatorId}`.execute(k);
  await sql`SELECT * FROM capaian_results WHERE tenant_id = ${tenantId} AND indicator_id = ${indicatorId} AND year = ${YEAR}`.execute(
    k,
  );
  await sql`SELECT * FROM indicator_targets WHERE tenant_id = ${tenantId} AND indicator_id = ${indicatorId} AND year = ${YEAR}`.execute(
    k,
  );
  await sql`SELECT period, value, numerator, denominator, status FROM indicator_realizations
    WHERE tenant_id = ${tenantId} AND indicator_id = ${indicatorId} AND year = ${YEAR}`.execute(k);
}

/** Logs in through the app and returns the session cookie. */
async function login(app: App, data: DashboardDataSet): Promise<Record<string, string>> {
  const res = await app.http.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { tenant: data.slug, username: data.email, password: data.password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
}

async function measureDialect(dialect: 'sqlite' | 'postgres', size: { opds: number; indicators: number }, runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'pamong-dashboard-bench-'));
  const pgDb =
    dialect === 'postgres' ? await createPgDatabase(process.env.TEST_PG_URL as string, 'pamong_bench_dashboard') : null;
  const url = pgDb ? pgDb.url : `sqlite:${join(dir, 'dashboard.db')}`;
  const db = openDatabase(url);
  const app = await buildApp(
    parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url, STORAGE_DIR: join(dir, 'files') }),
    { db },
  );
  const rows: string[] = [];
  try {
    const t0 = performance.now();
    const data = await generateDashboardData(db, app.platform, { ...size, year: YEAR });
    console.log(`  ${dialect}: generated ${JSON.stringify(data.rows)} in ${ms(performance.now() - t0)} ms`);
    const cookies = await login(app, data);
    const cases = [
      ['regency  GET /api/performance/dashboard', `/api/performance/dashboard?year=${YEAR}`, () => rawRegency(db, data.tenantId)],
      [
        'OPD      GET …/dashboard/units/:unitId',
        `/api/performance/dashboard/units/${data.unitId}?year=${YEAR}`,
        () => rawUnit(db, data.tenantId, data.unitId),
      ],
      [
        'indicator GET …/dashboard/indicators/:id',
        `/api/performance/dashboard/indicators/${data.indicatorId}?year=${YEAR}`,
        () => rawIndicator(db, data.tenantId, data.indicatorId),
      ],
    ] as const;
    for (const [name, path, raw] of cases) {
      const first = await app.http.inject({ method: 'GET', url: path, cookies });
      if (first.statusCode !== 200) throw new Error(`${path}: ${first.statusCode} ${first.body.slice(0, 300)}`);
      const route = await latencies(runs, () => app.http.inject({ method: 'GET', url: path, cookies }));
      const sqlOnly = await latencies(runs, raw);
      rows.push(
        `${dialect.padEnd(8)} ${name.padEnd(42)} p50 ${ms(route.p50).padStart(6)} ms · p95 ${ms(route.p95).padStart(6)} ms · raw SQL p50 ${ms(sqlOnly.p50)} ms · p95 ${ms(sqlOnly.p95)} ms · ${(route.p95 / sqlOnly.p95).toFixed(1)}× · ${(first.body.length / 1024).toFixed(0)} KiB (load ${loadavg()[0].toFixed(1)})`,
      );
      console.log(rows.at(-1));
    }
  } finally {
    await app.close();
    await db.close();
    await pgDb?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

async function main() {
  const { values } = parseArgs({
    options: {
      opds: { type: 'string', default: '50' },
      indicators: { type: 'string', default: '40' },
      runs: { type: 'string', default: '60' },
    },
  });
  const size = { opds: Number(values.opds), indicators: Number(values.indicators) };
  const runs = Number(values.runs);
  const rows = await measureDialect('sqlite', size, runs);
  if (process.env.TEST_PG_URL) rows.push(...(await measureDialect('postgres', size, runs)));
  printSummary(
    `Dashboards, ${size.opds} OPD × ${size.indicators} indicators × 12 months of stored capaian (route through Fastify vs raw SQL of the same rows)`,
    rows,
  );
}

if (isMain(import.meta.url)) await main();
