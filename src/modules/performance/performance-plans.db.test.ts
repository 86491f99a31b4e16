/**
 * Plans of e-SAKIP reads of verified realisasi on SQLite (no table statistics, so an index can win by accident): an
 * OPD's dashboard and a recompute after one verification seek their indicators on the year index instead of walking
 * every verified realisasi of the year; the whole year's read walks it in indicator order (no sort for the grouping).
 */
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialect } from '../../../test/support/test-db.ts';
import { rawKysely } from '../../db/connection.ts';
import { jsonRowsAgg } from '../../db/json-aggregates.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { verifiedOfYearQuery } from './capaian-store.read.ts';
import { verifiedOfIndicatorsQuery } from './dashboard-projection.rows.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.cleanup());

/** Only what the queries read: the tenant door needs a database and a tenant. */
const ctx = () => ({ db: t.handle, tenantId: 'tenant-a' }) as unknown as RequestContext;

async function planOf(query: { compile(): { sql: string; parameters: readonly unknown[] } }): Promise<string> {
  const compiled = query.compile();
  const explain = CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]);
  const result = await rawKysely(t.handle).executeQuery<{ detail: string }>(explain);
  return result.rows.map((row) => row.detail).join(' | ');
}

const SEEK =
  /^SEARCH indicator_realizations USING INDEX indicator_realizations_year_idx \(tenant_id=\? AND year=\? AND status=\? AND indicator_id=\?\)$/;

describe.skipIf(testDialect !== 'sqlite')('verified realisasi plans (SQLite)', () => {
  it('an OPD dashboard seeks each of its indicators', async () => {
    expect(await planOf(verifiedOfIndicatorsQuery(ctx(), 2026, ['i-1']))).toMatch(SEEK);
    expect(await planOf(verifiedOfIndicatorsQuery(ctx(), 2026, ['i-1', 'i-2', 'i-3']))).toMatch(SEEK);
  });

  it('a recompute of one indicator seeks it', async () => {
    expect(await planOf(verifiedOfYearQuery(ctx(), 2026, 'i-1').select(['period', 'value']))).toMatch(SEEK);
  });

  it('the whole year comes in indicator order, grouped without a sort', async () => {
    const grouped = verifiedOfYearQuery(ctx(), 2026)
      .select(['indicator_id', jsonRowsAgg('sqlite', ['period', 'value']).as('json')])
      .groupBy('indicator_id');
    const plan = await planOf(grouped);
    expect(plan).toMatch(/indicator_realizations_year_idx \(tenant_id=\? AND year=\? AND status=\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
