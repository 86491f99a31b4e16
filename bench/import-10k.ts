/**
 * Times an organisation import of a generated 10,000-employee file, in process: parse (parseOrgFile),
 * check against the tenant (loadExistingOrg + checkAgainstExisting) and write (importOrgPlan, which checks
 * again inside its transaction). Runs on a fresh SQLite file, and on PostgreSQL too when TEST_PG_URL is set.
 * Usage: node --import tsx bench/import-10k.ts [--employees 10000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPlatformServices } from '../src/app.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createTenantFromCode, importOrgPlan } from '../src/modules/organization/index.ts';
import { parseOrgFile } from '../src/modules/organization/org-file/org-file-parser.ts';
import { writeOrgFile } from '../src/modules/organization/org-file/org-file-writer.ts';
import { checkAgainstExisting } from '../src/modules/organization/org-import.checks.ts';
import { loadExistingOrg } from '../src/modules/organization/org-import.existing.ts';
import { systemContext } from '../src/platform/access/context.ts';
import { parseConfig } from '../src/platform/config/config.ts';
import { permissionsForRoles } from '../src/shared/permissions.ts';
import { createPgDatabase, isMain, ms, printSummary, sampleMemory } from './support/bench-kit.ts';
import { generateOrgPlan } from './support/org-plan-generator.ts';

/** Figures of one import run. */
export interface ImportFigures {
  dialect: string;
  parseMs: number;
  checkMs: number;
  writeMs: number;
  totalMs: number;
  peakRssMiB: number;
  peakHeapMiB: number;
  maxRssMiB: number;
  counts: unknown;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

/** Imports `file` into a new tenant (33.13) of a fresh database at `url`, timing each phase. */
export async function importOnce(url: string, file: Buffer, storageDir: string): Promise<ImportFigures> {
  const db = openDatabase(url);
  try {
    await migrateToLatest(db);
    const platform = createPlatformServices(parseConfig({ DATABASE_URL: url, STORAGE_DIR: storageDir }));
    const { tenant } = await createTenantFromCode({ db, platform }, '33.13');
    const ctx = systemContext(db, platform, tenant.id, 'bench:import', permissionsForRoles(['admin']));
    global.gc?.();
    const memory = sampleMemory(50);
    const [parsed, parseMs] = await timed(() => parseOrgFile(file));
    const [problems, checkMs] = await timed(async () =>
      checkAgainstExisting(parsed.plan, parsed.problems, await loadExistingOrg(ctx)),
    );
    if (problems.length) throw new Error(`generated file has problems: ${JSON.stringify(problems.slice(0, 3))}`);
    const [result, writeMs] = await timed(() => importOrgPlan(ctx, parsed.plan, parsed.problems));
    const peaks = memory.stop();
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
    return {
      dialect: db.dialect,
      parseMs,
      checkMs,
      writeMs,
      totalMs: parseMs + checkMs + writeMs,
      peakRssMiB: peaks.rssMiB,
      peakHeapMiB: peaks.heapUsedMiB,
      maxRssMiB: peaks.maxRssMiB,
      counts: result.counts,
    };
  } finally {
    await db.close();
  }
}

function describe(f: ImportFigures): string {
  return `${f.dialect.padEnd(8)} parse ${ms(f.parseMs)} ms · check ${ms(f.checkMs)} ms · write ${ms(f.writeMs)} ms · total ${ms(f.totalMs)} ms · peak RSS ${f.peakRssMiB} MiB (process max ${f.maxRssMiB} MiB) · peak heap ${f.peakHeapMiB} MiB`;
}

/** Runs the import on SQLite and, when TEST_PG_URL is set, on a throwaway PostgreSQL database. */
export async function runImportBench(employees: number): Promise<ImportFigures[]> {
  const file = await writeOrgFile(generateOrgPlan(employees));
  console.log(`import: generated file of ${employees} employees, ${(file.length / 1024).toFixed(0)} KiB`);
  const dir = mkdtempSync(join(tmpdir(), 'pamong-bench-import-'));
  const figures: ImportFigures[] = [];
  try {
    figures.push(await importOnce(`sqlite:${join(dir, 'bench.db')}`, file, join(dir, 'files')));
    console.log(`import: ${describe(figures[0])}`);
    if (process.env.TEST_PG_URL) {
      const database = await createPgDatabase(process.env.TEST_PG_URL);
      try {
        figures.push(await importOnce(database.url, file, join(dir, 'files')));
        console.log(`import: ${describe(figures[1])}`);
      } finally {
        await database.drop();
      }
    } else console.log('import: TEST_PG_URL not set, PostgreSQL skipped (run through scripts/with-pg.sh)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`import: wrote ${JSON.stringify(figures[0].counts)}`);
  return figures;
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { employees: { type: 'string', default: '10000' } } });
  const figures = await runImportBench(Number(values.employees));
  printSummary(`Import of ${values.employees} employees (in process)`, figures.map(describe));
}
