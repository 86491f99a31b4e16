/**
 * Number allocation throughput (issue #4): 50 concurrent allocators call reserveNumber on one counter
 * (KEPUTUSAN, per tenant × year), each call one transaction with the counter upsert, the number row and
 * the hash-chained audit record. Baseline measured in the same run on the same pool: a bare
 * `UPDATE number_counters SET last_value = last_value + 1 … RETURNING` per allocation (autocommit).
 * Runs on a fresh SQLite file, and on PostgreSQL too when TEST_PG_URL is set.
 * Usage: node --import tsx bench/numbering.ts [--count 2000] [--concurrency 50]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createPlatformServices } from '../src/app.ts';
import { openDatabase, rawKysely } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { tenantDb } from '../src/db/tenant-db.ts';
import { reserveNumber } from '../src/modules/numbering/index.ts';
import { createTenantFromCode } from '../src/modules/organization/index.ts';
import { systemContext } from '../src/platform/access/context.ts';
import { parseConfig } from '../src/platform/config/config.ts';
import { permissionsForRoles } from '../src/shared/permissions.ts';
import { createPgDatabase, isMain, ms, percentile, printSummary } from './support/bench-kit.ts';

/** Figures of one run: allocations per second and per-call latency, service and raw. */
interface Figures {
  dialect: string;
  service: { perSecond: number; p50: number; p95: number };
  raw: { perSecond: number; p50: number; p95: number };
  distinct: boolean;
}

/** Runs `count` calls of `work` from `concurrency` workers; returns calls/s and latencies. */
async function drive(count: number, concurrency: number, work: () => Promise<unknown>) {
  const latencies: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      const t0 = performance.now();
      await work();
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  return { perSecond: count / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

/** One run on a fresh database at `url`. */
async function runOnce(url: string, storageDir: string, count: number, concurrency: number): Promise<Figures> {
  const db = openDatabase(url);
  try {
    await migrateToLatest(db);
    const platform = createPlatformServices(parseConfig({ DATABASE_URL: url, STORAGE_DIR: storageDir }));
    const { tenant } = await createTenantFromCode({ db, platform }, '33.13');
    const staf = permissionsForRoles(['staf']);
    let n = 0;
    const ctx = () => systemContext(db, platform, tenant.id, `bench:alloc-${++n}`, staf);
    await reserveNumber(ctx(), { schemeCode: 'KEPUTUSAN', date: '2025-01-02' }); // warm-up on another year's counter
    const service = await drive(count, concurrency, () => reserveNumber(ctx(), { schemeCode: 'KEPUTUSAN', date: '2026-03-01' }));
    const rows = await tenantDb(ctx()).selectFrom('numbers').select('seq').where('year', '=', 2026).execute();
    const seqs = new Set(rows.map((r) => Number(r.seq)));
    const distinct = rows.length === count && seqs.size === count && Math.max(...seqs) === count;
    const scheme = await tenantDb(ctx())
      .selectFrom('number_schemes')
      .select('id')
      .where('code', '=', 'KEPUTUSAN')
      .executeTakeFirstOrThrow();
    // The baseline's own counter row (year 2099), created once, then incremented by bare statements.
    const raw = rawKysely(db);
    await sql`INSERT INTO number_counters (tenant_id, scheme_id, scope_key, year, last_value, updated_at)
      VALUES (${tenant.id}, ${scheme.id}, 'tenant', 2099, 0, '')`.execute(raw);
    const bare = () =>
      sql`UPDATE number_counters SET last_value = last_value + 1 WHERE tenant_id = ${tenant.id} AND scheme_id = ${scheme.id}
        AND scope_key = 'tenant' AND year = 2099 RETURNING last_value`.execute(raw);
    const rawFigures = await drive(count, concurrency, bare);
    return { dialect: db.dialect, service, raw: rawFigures, distinct };
  } finally {
    await db.close();
  }
}

function describe(f: Figures, concurrency: number): string {
  const s = f.service;
  const r = f.raw;
  return `${f.dialect.padEnd(8)} ${concurrency} allocators: reserveNumber ${s.perSecond.toFixed(0)}/s (p50 ${ms(s.p50)} ms · p95 ${ms(s.p95)} ms) · bare increment ${r.perSecond.toFixed(0)}/s (p50 ${ms(r.p50)} ms · p95 ${ms(r.p95)} ms) · ${(r.perSecond / s.perSecond).toFixed(1)}× · ${f.distinct ? 'all distinct and consecutive' : 'DUPLICATES OR GAPS'}`;
}

async function main() {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '50' } },
  });
  const count = Number(values.count);
  const concurrency = Number(values.concurrency);
  const dir = mkdtempSync(join(tmpdir(), 'pamong-bench-numbering-'));
  const rows: string[] = [];
  try {
    rows.push(describe(await runOnce(`sqlite:${join(dir, 'bench.db')}`, join(dir, 'files'), count, concurrency), concurrency));
    console.log(rows.at(-1));
    if (process.env.TEST_PG_URL) {
      const pgDb = await createPgDatabase(process.env.TEST_PG_URL, 'pamong_bench_numbering');
      try {
        rows.push(describe(await runOnce(pgDb.url, join(dir, 'files-pg'), count, concurrency), concurrency));
        console.log(rows.at(-1));
      } finally {
        await pgDb.drop();
      }
    } else console.log('postgres skipped (set TEST_PG_URL, e.g. bash scripts/with-pg.sh node --import tsx bench/numbering.ts)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printSummary(
    `Number allocation, ${count} numbers on one counter (each: counter upsert + number row + audit record, one transaction)`,
    rows,
  );
}

if (isMain(import.meta.url)) await main();
