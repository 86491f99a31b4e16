/**
 * HTTP throughput: Pamong (its own process, SQLite, demo data) against a bare Fastify + better-sqlite3
 * server on the same file (bench/bare-server.ts), with autocannon (10 connections, 5 s, 127.0.0.1).
 * Latency percentiles are computed from every response's own duration (autocannon's `response` event,
 * sub-millisecond), not from autocannon's whole-millisecond histogram.
 * Usage: node --import tsx bench/http.ts [--duration 5] [--connections 10]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import type { ServerProcess } from '../test/support/app-process.ts';
import { isMain, ms, percentile, printSummary } from './support/bench-kit.ts';
import { pamongEnv, startBareServer, startPamong } from './support/processes.ts';

/** Figures of one autocannon run. */
export interface LoadFigures {
  name: string;
  requestsPerSecond: number;
  averageMs: number;
  p95Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  bytesPerResponse: number;
}

/** Runs autocannon against `url` and collects every response's latency. */
export function load(
  name: string,
  url: string,
  options: { connections: number; duration: number; headers?: Record<string, string> },
): Promise<LoadFigures> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.duration, headers: options.headers },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          name,
          requestsPerSecond: result.requests.total / result.duration,
          averageMs: latencies.reduce((sum, value) => sum + value, 0) / latencies.length,
          p95Ms: percentile(latencies, 95),
          p99Ms: percentile(latencies, 99),
          non2xx: result.non2xx,
          errors: result.errors,
          bytesPerResponse: result.throughput.total / Math.max(1, result.requests.total),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** Logs in on Pamong and returns the Cookie header of the session. */
async function loginCookie(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: 'demo', username: 'admin@demo.pamong.id', password: 'pamong-demo-2026' }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

function row(f: LoadFigures): string {
  const cells = [
    f.name.padEnd(28),
    f.requestsPerSecond.toFixed(0).padStart(7),
    ms(f.averageMs).padStart(7),
    ms(f.p95Ms).padStart(7),
    ms(f.p99Ms).padStart(7),
  ];
  return `${cells.join(' | ')} | ${String(f.non2xx + f.errors).padStart(4)} | ${(f.bytesPerResponse / 1024).toFixed(1).padStart(6)} KiB`;
}

/** The table: one row per run plus the Pamong/bare ratios of requests per second. */
export function httpTable(figures: LoadFigures[]): string[] {
  const [pamongHealth, bareHealth, pamongOrg, bareOrg] = figures;
  return [
    `${'target'.padEnd(28)} |   req/s |  avg ms |  p95 ms |  p99 ms | err  |   size`,
    ...figures.map(row),
    `ratio Pamong/bare req/s: health ${(pamongHealth.requestsPerSecond / bareHealth.requestsPerSecond).toFixed(2)}×, org tree ${(pamongOrg.requestsPerSecond / bareOrg.requestsPerSecond).toFixed(2)}× (target ≥ 0.5×)`,
  ];
}

/**
 * Waits until Pamong's job worker has worked off the jobs the demo seed queued (search indexing of the sample
 * letters' PDFs, notification deliveries), so the load test measures the steady state, not the first seconds of
 * that background work.
 */
async function jobsDrained(file: string, timeoutMs = 120_000): Promise<number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const waiting = db.prepare("SELECT count(*) AS n FROM jobs WHERE status IN ('pending', 'running')");
  const started = Date.now();
  try {
    while ((waiting.get() as { n: number }).n > 0) {
      if (Date.now() - started > timeoutMs) throw new Error("the demo seed's jobs were not done in time");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return Date.now() - started;
  } finally {
    db.close();
  }
}

/** Seeds a fresh SQLite database through Pamong, starts the bare server on it and load-tests both. */
export async function runHttpBench(options: { connections: number; duration: number }): Promise<LoadFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pamong-bench-http-'));
  const file = join(dir, 'pamong.db');
  const servers: ServerProcess[] = [];
  try {
    const pamong = await startPamong(pamongEnv(`sqlite:${file}`, join(dir, 'files'), { LOGIN_MAX_FAILURES: '1000' }), true);
    servers.push(pamong);
    console.log(`http: the demo seed's background jobs took ${await jobsDrained(file)} ms after start`);
    const bare = await startBareServer(file, 'demo');
    servers.push(bare);
    const cookie = await loginCookie(pamong.url);
    const org = await (await fetch(`${pamong.url}/api/org/units`, { headers: { cookie } })).json();
    const bareOrg = await (await fetch(`${bare.url}/org/units`)).json();
    if (JSON.stringify(org) !== JSON.stringify(bareOrg)) throw new Error('the bare org tree differs from Pamong’s');
    console.log(`http: org tree has ${org.units.length} units; bare server gives the identical JSON`);
    const figures: LoadFigures[] = [];
    for (const [name, url, headers] of [
      ['Pamong GET /api/health', `${pamong.url}/api/health`, undefined],
      ['bare GET /health', `${bare.url}/health`, undefined],
      ['Pamong GET /api/org/units', `${pamong.url}/api/org/units`, { cookie }],
      ['bare GET /org/units', `${bare.url}/org/units`, undefined],
    ] as const) {
      figures.push(await load(name, url, { ...options, headers }));
      console.log(`http: ${row(figures[figures.length - 1])}`);
    }
    return figures;
  } finally {
    for (const server of servers) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: { duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' } },
  });
  const figures = await runHttpBench({ connections: Number(values.connections), duration: Number(values.duration) });
  const table = httpTable(figures);
  for (const line of table) console.log(line);
  printSummary(
    `HTTP, autocannon ${values.connections} connections × ${values.duration} s (p95/p99 from per-request latencies)`,
    table,
  );
}
