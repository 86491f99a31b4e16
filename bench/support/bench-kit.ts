/**
 * Small helpers shared by the benchmarks: a summary line run-all.ts collects, a peak-memory sampler,
 * throwaway PostgreSQL databases and number formatting.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Prefix of the one line per benchmark that run-all.ts collects into its final summary. */
export const SUMMARY_PREFIX = '@@bench-summary ';

/** Prints a summary line (`title` plus figure rows) for run-all.ts to collect. */
export function printSummary(title: string, rows: string[]): void {
  console.log(`${SUMMARY_PREFIX}${JSON.stringify({ title, rows })}`);
}

/** True when the module at `metaUrl` is the script node was started with. */
export function isMain(metaUrl: string): boolean {
  return metaUrl === `file://${process.argv[1]}`;
}

/** Peak memory seen by sampling every `intervalMs` (a synchronous phase can hide between samples; see maxRss). */
export interface MemorySampler {
  /** Stops sampling and returns the peaks in MiB; maxRss is the kernel's peak for the whole process. */
  stop(): { rssMiB: number; heapUsedMiB: number; maxRssMiB: number };
}

/** Starts sampling process.memoryUsage() every `intervalMs`. */
export function sampleMemory(intervalMs = 50): MemorySampler {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const mib = (bytes: number) => Math.round(bytes / 1048576);
      return { rssMiB: mib(rss), heapUsedMiB: mib(heap), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) };
    },
  };
}

/** Creates an empty PostgreSQL database next to `adminUrl` and returns its URL and a drop function. */
export async function createPgDatabase(
  adminUrl: string,
  prefix = 'pamong_bench',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/** Milliseconds with no decimals, or with one below 10 ms. */
export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(0);
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (0–100) of a list, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
