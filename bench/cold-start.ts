/**
 * Cold start: spawns `pamong serve` on an already migrated and seeded SQLite database N times and
 * measures the milliseconds from spawn to the first 200 of /api/health (polled every 10 ms).
 * Usage: node --import tsx bench/cold-start.ts [--runs 5]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PAMONG_BIN, REPO_ROOT } from '../test/support/app-process.ts';
import { isMain, median, ms, printSummary } from './support/bench-kit.ts';
import { freePort, pamongEnv, startPamong } from './support/processes.ts';

/** Spawns one server and returns ms until /api/health answered 200; the server is stopped after. */
async function timeOneStart(env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [PAMONG_BIN, 'serve'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      if (performance.now() - started > 60_000) throw new Error('server did not answer within 60 s');
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

/** Seeds a fresh SQLite database once (timed too), then times `runs` cold starts on it. */
export async function runColdStartBench(runs: number): Promise<{ seedStartMs: number; startsMs: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'pamong-bench-cold-'));
  const env = pamongEnv(`sqlite:${join(dir, 'pamong.db')}`, join(dir, 'files'));
  try {
    const seedStarted = performance.now();
    const seeded = await startPamong(env, true);
    const seedStartMs = performance.now() - seedStarted;
    await seeded.stop();
    console.log(`cold-start: first start (migrate + demo seed) ${ms(seedStartMs)} ms`);
    const startsMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      startsMs.push(await timeOneStart(env));
      console.log(`cold-start: run ${i + 1}: ${ms(startsMs[i])} ms`);
    }
    return { seedStartMs, startsMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const { seedStartMs, startsMs } = await runColdStartBench(Number(values.runs));
  printSummary('Cold start (spawn → first 200 of /api/health, seeded SQLite)', [
    `median ${ms(median(startsMs))} ms · max ${ms(Math.max(...startsMs))} ms · runs ${startsMs.map(ms).join(', ')} ms`,
    `first start with migrate + demo seed: ${ms(seedStartMs)} ms`,
  ]);
}
