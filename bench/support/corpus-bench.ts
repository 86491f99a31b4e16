/**
 * Shared plumbing of the benches that run on the generated letter corpus (inbox.ts, search.ts --corpus): open a
 * saved corpus or generate a fresh one, act as one of its users, and time a piece of work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatformServices } from '../../src/app.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { type PlatformServices, type RequestContext, userContext } from '../../src/platform/access/context.ts';
import { parseConfig } from '../../src/platform/config/config.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { createPgDatabase, percentile } from './bench-kit.ts';
import { generateLetterCorpus, type LetterCorpus, readSavedCorpus } from './generate-letters.ts';

/** An open corpus: the database, its platform services and the people to act as. */
export interface OpenCorpus {
  readonly db: DatabaseHandle;
  readonly platform: PlatformServices;
  readonly corpus: LetterCorpus;
  readonly letters: number;
  close(): Promise<void>;
}

/** A request context of a corpus user with one role. */
export function actAs(c: OpenCorpus, userId: string, role: 'staf' | 'pencatat'): RequestContext {
  return userContext({
    db: c.db,
    platform: c.platform,
    tenantId: c.corpus.tenantId,
    actor: { userId, label: role, roles: [role], permissions: permissionsForRoles([role]), sessionId: null },
    requestId: 'bench',
    ip: null,
    locale: 'id',
  });
}

function platformFor(url: string, dir: string): PlatformServices {
  return createPlatformServices(parseConfig({ DATABASE_URL: url, STORAGE_DIR: join(dir, 'files') }));
}

/** Opens the corpus described by a JSON file written by generate-letters.ts --out. */
export function openSavedCorpus(path: string): OpenCorpus {
  const saved = readSavedCorpus(path);
  const dir = mkdtempSync(join(tmpdir(), 'pamong-corpus-bench-'));
  const db = openDatabase(saved.url);
  return {
    db,
    platform: platformFor(saved.url, dir),
    corpus: saved,
    letters: saved.size.letters,
    close: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Generates a fresh corpus of `letters` letters on SQLite (a temp file) or on a new PostgreSQL database. */
export async function freshCorpus(dialect: 'sqlite' | 'postgres', letters: number, pgAdminUrl?: string): Promise<OpenCorpus> {
  const dir = mkdtempSync(join(tmpdir(), 'pamong-corpus-bench-'));
  const pgDb = dialect === 'postgres' ? await createPgDatabase(pgAdminUrl as string, 'pamong_bench_corpus') : null;
  const url = pgDb ? pgDb.url : `sqlite:${join(dir, 'corpus.db')}`;
  const db = openDatabase(url);
  await migrateToLatest(db);
  const platform = platformFor(url, dir);
  const corpus = await generateLetterCorpus(db, platform, { letters, users: 10_000, units: 200 }, (done, s) => {
    if (done % 100_000 === 0) console.log(`  ${dialect}: ${done} letters (${s.toFixed(0)} s)`);
  });
  console.log(`  ${dialect}: ${letters} letters, 10000 users generated in ${corpus.seconds.toFixed(0)} s`);
  return {
    db,
    platform,
    corpus,
    letters,
    close: async () => {
      await db.close();
      await pgDb?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** p50/p95 of `runs` calls of `work` after `warmUp` warm-up calls (default three). */
export async function latencies(runs: number, work: () => Promise<unknown>, warmUp = 3): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmUp; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/**
 * p50/p95 of each of several kinds of work, timed in turn within every round (a, b, c, a, b, c, …) after `warmUp`
 * rounds, so a slow stretch of the machine or a garbage collection falls on all of them alike instead of on whichever
 * was being timed then.
 */
export async function interleavedLatencies<K extends string>(
  runs: number,
  work: Record<K, () => Promise<unknown>>,
  warmUp = 3,
): Promise<Record<K, { p50: number; p95: number }>> {
  const kinds = Object.keys(work) as K[];
  for (let i = 0; i < warmUp; i++) for (const kind of kinds) await work[kind]();
  const times = Object.fromEntries(kinds.map((kind) => [kind, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++)
    for (const kind of kinds) {
      const t0 = performance.now();
      await work[kind]();
      times[kind].push(performance.now() - t0);
    }
  return Object.fromEntries(
    kinds.map((kind) => [kind, { p50: percentile(times[kind], 50), p95: percentile(times[kind], 95) }]),
  ) as Record<K, { p50: number; p95: number }>;
}
