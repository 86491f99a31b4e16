/**
 * e-Office dashboard (issue #4): p50/p95 of `eofficeStats` (GET /api/eoffice/stats) for the corpus's fullest year
 * and for an empty year (2099), as the registrar (the whole tenant) and as the fifth-busiest head (the units under them), beside
 * the raw reads of the same year in the same run: the count of the year's incoming letters and the year's
 * dispositions with their recipient's unit. Data: bench/support/generate-letters.ts.
 * Usage: node --import tsx bench/eoffice-stats.ts [--letters 20000] [--runs 20] [--corpus corpus.json]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { rawKysely } from '../src/db/connection.ts';
import { monthBoundsUtc } from '../src/modules/correspondence/eoffice-stats.calc.ts';
import { eofficeStats } from '../src/modules/correspondence/eoffice-stats.queries.ts';
import { isMain, ms, printSummary } from './support/bench-kit.ts';
import { actAs, freshCorpus, latencies, type OpenCorpus, openSavedCorpus } from './support/corpus-bench.ts';

const WARM_UP = 3;

/** The year with the most incoming letters (by registration instant, WIB). */
async function fullestYear(c: OpenCorpus): Promise<number> {
  const rows = await sql<{ year: string; n: number }>`SELECT substr(created_at, 1, 4) AS year, count(*) AS n FROM letters
    WHERE tenant_id = ${c.corpus.tenantId} AND direction = 'incoming' GROUP BY 1 ORDER BY 2 DESC LIMIT 1`.execute(
    rawKysely(c.db),
  );
  return Number(rows.rows[0]?.year ?? new Date().getUTCFullYear());
}

/** The raw floor: the year's incoming letters counted, and the year's dispositions read with their unit. */
async function rawYear(c: OpenCorpus, year: number) {
  const bounds = monthBoundsUtc(year, 'Asia/Jakarta');
  const [from, to] = [bounds[0], bounds[12]];
  const db = rawKysely(c.db);
  const tenantId = c.corpus.tenantId;
  await sql`SELECT count(*) AS n FROM letters WHERE tenant_id = ${tenantId} AND direction = 'incoming'
    AND created_at >= ${from} AND created_at < ${to}`.execute(db);
  await sql`SELECT p.unit_id, d.status, d.deadline, d.created_at, d.completed_at FROM dispositions d
    JOIN positions p ON p.tenant_id = d.tenant_id AND p.id = d.to_position_id
    WHERE d.tenant_id = ${tenantId} AND d.created_at >= ${from} AND d.created_at < ${to}`.execute(db);
}

async function measure(c: OpenCorpus, runs: number): Promise<string[]> {
  const year = await fullestYear(c);
  const head = c.corpus.heads[4];
  if (!head) throw new Error('corpus without five heads');
  const registrar = actAs(c, c.corpus.registrarUserId, 'pencatat');
  const rows: string[] = [];
  const raw = await latencies(runs, () => rawYear(c, year), WARM_UP);
  for (const [who, ctx] of [
    ['registrar (whole tenant)', registrar],
    ['fifth head (their units)', actAs(c, head.userId, 'staf')],
  ] as const) {
    const served = await eofficeStats(ctx, { year: String(year) });
    const letters = served.months.reduce((n, m) => n + m.incoming, 0);
    const full = await latencies(runs, () => eofficeStats(ctx, { year: String(year) }), WARM_UP);
    const empty = await latencies(runs, () => eofficeStats(ctx, { year: '2099' }), WARM_UP);
    rows.push(
      `${c.db.dialect.padEnd(8)} ${who}, ${year} (${letters} incoming): p50 ${ms(full.p50)} ms · p95 ${ms(full.p95)} ms · empty year p50 ${ms(empty.p50)} ms · raw year reads p50 ${ms(raw.p50)} ms · p95 ${ms(raw.p95)} ms · ${(full.p95 / raw.p95).toFixed(1)}× (load ${loadavg()[0].toFixed(1)})`,
    );
    console.log(rows.at(-1));
  }
  return rows;
}

async function main() {
  const { values } = parseArgs({
    options: {
      letters: { type: 'string', default: '20000' },
      runs: { type: 'string', default: '20' },
      corpus: { type: 'string', multiple: true },
    },
  });
  const corpora = values.corpus?.length
    ? values.corpus.map((path) => () => Promise.resolve(openSavedCorpus(path)))
    : [() => freshCorpus('sqlite', Number(values.letters))];
  if (!values.corpus?.length && process.env.TEST_PG_URL)
    corpora.push(() => freshCorpus('postgres', Number(values.letters), process.env.TEST_PG_URL));
  const rows: string[] = [];
  let letters = Number(values.letters);
  for (const open of corpora) {
    const c = await open();
    letters = c.letters;
    try {
      rows.push(...(await measure(c, Number(values.runs))));
    } finally {
      await c.close();
    }
  }
  printSummary(`e-Office dashboard, ${letters} letters in one tenant`, rows);
}

if (isMain(import.meta.url)) await main();
