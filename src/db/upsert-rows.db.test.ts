/** Upserts of many rows: the same rows stored on SQLite (a statement per row) and PostgreSQL (multi-row batches). */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { type HasDatabase, inTransaction } from './executor.ts';
import { unscopedDb } from './system-db.ts';
import { type TenantScope, tenantDb } from './tenant-db.ts';
import { upsertRows } from './upsert-rows.ts';

let t: TestDatabase;
const owner = () => ({ db: t.handle });
const db = () => unscopedDb(owner());

type Stored = { tenant_id: string; k: string; id: string; v: string | null; n: number | null; kept: string | null };

/** The probe table's rows, in key order. */
async function stored(): Promise<Stored[]> {
  const { rows } = await sql<Stored>`SELECT tenant_id, k, id, v, n, kept FROM upsert_probe ORDER BY tenant_id, k`.execute(db());
  return rows.map((row) => ({ ...row, n: row.n === null ? null : Number(row.n) }));
}

/** Upserts (k, id, v, n) tuples for tenant `tenant`, updating v and n on a clash of (tenant_id, k). */
function write(tenant: string, rows: Iterable<readonly unknown[]>, on: HasDatabase = owner()) {
  const spec = { key: ['tenant_id', 'k'], update: ['v', 'n'] };
  const fixed = { columns: ['tenant_id'], values: [tenant] };
  return upsertRows(unscopedDb(on), t.handle.dialect, 'upsert_probe', fixed, ['k', 'id', 'v', 'n'], rows, spec);
}

beforeAll(async () => {
  t = await createTestDatabase();
  await sql`CREATE TABLE upsert_probe (
    tenant_id text NOT NULL, k text NOT NULL, id text NOT NULL, v text, n integer, kept text,
    PRIMARY KEY (tenant_id, id), UNIQUE (tenant_id, k))`.execute(db());
});

beforeEach(async () => {
  await sql`DELETE FROM upsert_probe`.execute(db());
});

afterAll(async () => {
  await t.cleanup();
});

describe('upsertRows', () => {
  it('inserts new keys and, on a clash, updates only the named columns of the stored row (its id stays)', async () => {
    await write('a', [
      ['k1', 'id-1', 'satu', 1],
      ['k2', 'id-2', 'dua', 2],
    ]);
    await sql`UPDATE upsert_probe SET kept = 'tetap'`.execute(db());
    await write('a', [
      ['k2', 'id-baru', 'DUA', null],
      ['k3', 'id-3', undefined, 3],
    ]);
    expect(await stored()).toEqual([
      { tenant_id: 'a', k: 'k1', id: 'id-1', v: 'satu', n: 1, kept: 'tetap' },
      { tenant_id: 'a', k: 'k2', id: 'id-2', v: 'DUA', n: null, kept: 'tetap' },
      { tenant_id: 'a', k: 'k3', id: 'id-3', v: null, n: 3, kept: null },
    ]);
  });

  it('writes thousands of rows from a generator, across several multi-row statements on PostgreSQL', async () => {
    const count = 2_345;
    function* rows(suffix: string) {
      for (let i = 0; i < count; i++) yield [`k${i}`, `id-${i}`, `${i}${suffix}`, i] as const;
    }
    await write('a', rows(''));
    await write('a', rows('!'));
    const all = await stored();
    expect(all).toHaveLength(count);
    const byKey = new Map(all.map((row) => [row.k, row]));
    for (const i of [0, 1_799, 1_800, count - 1]) expect(byKey.get(`k${i}`)).toMatchObject({ id: `id-${i}`, v: `${i}!`, n: i });
  });

  it('refuses a row of another width, and inside a transaction leaves nothing written', async () => {
    const rows = [
      ['k1', 'id-1', 'satu', 1],
      ['k2', 'id-2', 'dua'],
    ];
    await expect(inTransaction(owner(), (tx) => write('a', rows, tx))).rejects.toThrow(/3 values for 4 columns/);
    expect(await stored()).toEqual([]);
  });

  it('does nothing for no rows', async () => {
    await write('a', []);
    expect(await stored()).toEqual([]);
  });
});

describe('tenantDb.upsertRows', () => {
  // The probe table stands in for a tenant table: the door's types name only the schema's tables.
  const door = (tenantId: string) => tenantDb({ db: t.handle, tenantId } as TenantScope);
  const upsert = (tenantId: string, rows: (readonly unknown[])[], columns = ['k', 'id', 'v']) =>
    // biome-ignore lint/suspicious/noExplicitAny: see above
    door(tenantId).upsertRows('upsert_probe' as any, columns as any, rows as any, {
      key: ['k'] as never,
      update: ['v'] as never,
    });

  it('writes the tenant id itself and finds a clash only among the tenant’s own rows', async () => {
    await upsert('a', [['k1', 'id-a', 'punya a']]);
    await upsert('b', [['k1', 'id-b', 'punya b']]);
    await upsert('b', [['k1', 'id-x', 'b diubah']]);
    expect((await stored()).map(({ tenant_id, k, id, v }) => ({ tenant_id, k, id, v }))).toEqual([
      { tenant_id: 'a', k: 'k1', id: 'id-a', v: 'punya a' },
      { tenant_id: 'b', k: 'k1', id: 'id-b', v: 'b diubah' },
    ]);
  });

  it('refuses rows that name tenant_id', async () => {
    await expect(upsert('b', [['a', 'k1', 'id-1', 'v']], ['tenant_id', 'k', 'id', 'v'])).rejects.toThrow(/tenant_id/);
    expect(await stored()).toEqual([]);
  });
});
