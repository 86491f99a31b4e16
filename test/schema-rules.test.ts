import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_TABLES } from '../src/db/schema/database.ts';
import { unscopedDb } from '../src/db/system-db.ts';
import { tenantDb } from '../src/db/tenant-db.ts';
import { newId } from '../src/shared/ids.ts';
import { insertTestTenant } from './factories/tenants.ts';
import { createTestDatabase, type TestDatabase, testDialect } from './support/test-db.ts';

interface ForeignKey {
  table: string;
  columns: string[];
  refTable: string;
}

let t: TestDatabase;

async function primaryKey(table: string): Promise<string[]> {
  const db = unscopedDb({ db: t.handle });
  if (testDialect === 'sqlite') {
    const rows = (await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${table})`.execute(db)).rows;
    return rows
      .filter((r) => r.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((r) => r.name);
  }
  const rows = await sql<{ column_name: string }>`
    select a.attname as column_name from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = ${table}::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)`.execute(db);
  return rows.rows.map((r) => r.column_name);
}

async function indexesLeading(table: string): Promise<string[][]> {
  const db = unscopedDb({ db: t.handle });
  if (testDialect === 'sqlite') {
    const list = (await sql<{ name: string }>`select name from pragma_index_list(${table})`.execute(db)).rows;
    const out: string[][] = [];
    for (const idx of list) {
      const cols = (
        await sql<{ name: string; seqno: number }>`select name, seqno from pragma_index_info(${idx.name})`.execute(db)
      ).rows;
      out.push(cols.sort((a, b) => a.seqno - b.seqno).map((c) => c.name));
    }
    return out;
  }
  const rows = await sql<{ cols: string[] }>`
    select array(select a.attname from unnest(i.indkey) with ordinality k(attnum, ord)
                 join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.ord)::text[] as cols
    from pg_index i where i.indrelid = ${table}::regclass`.execute(db);
  return rows.rows.map((r) => r.cols);
}

async function foreignKeys(table: string): Promise<ForeignKey[]> {
  const db = unscopedDb({ db: t.handle });
  if (testDialect === 'sqlite') {
    const rows = (
      await sql<{
        id: number;
        seq: number;
        table: string;
        from: string;
      }>`select id, seq, "table", "from" from pragma_foreign_key_list(${table})`.execute(db)
    ).rows;
    const byId = new Map<number, ForeignKey>();
    for (const r of rows.sort((a, b) => a.seq - b.seq)) {
      const fk = byId.get(r.id) ?? { table, columns: [], refTable: r.table };
      fk.columns.push(r.from);
      byId.set(r.id, fk);
    }
    return [...byId.values()];
  }
  const rows = await sql<{ cols: string[]; ref: string }>`
    select array(select a.attname from unnest(c.conkey) with ordinality k(attnum, ord)
                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.ord)::text[] as cols,
           c.confrelid::regclass::text as ref
    from pg_constraint c where c.contype = 'f' and c.conrelid = ${table}::regclass`.execute(db);
  return rows.rows.map((r) => ({ table, columns: r.cols, refTable: r.ref }));
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.cleanup());

describe('schema rules (checked on the migrated database)', () => {
  it('lists exactly the tables that carry a NOT NULL tenant_id', async () => {
    const tables = await unscopedDb({ db: t.handle }).introspection.getTables();
    const withTenant = tables
      .filter((tb) => tb.columns.some((c) => c.name === 'tenant_id' && !c.isNullable))
      .map((tb) => tb.name)
      .sort();
    expect(withTenant).toEqual([...TENANT_TABLES].sort());
  });

  it('starts every tenant table primary key with tenant_id', async () => {
    for (const table of TENANT_TABLES) expect([table, (await primaryKey(table))[0]]).toEqual([table, 'tenant_id']);
  });

  it('references tenant tables only through (tenant_id, …) composite keys', async () => {
    for (const table of TENANT_TABLES) {
      for (const fk of await foreignKeys(table)) {
        if (fk.refTable === 'tenants') continue;
        expect({ fk, first: fk.columns[0] }).toEqual({ fk, first: 'tenant_id' });
        expect((TENANT_TABLES as readonly string[]).includes(fk.refTable)).toBe(true);
      }
    }
  });

  it('indexes every foreign key by its leading columns', async () => {
    for (const table of TENANT_TABLES) {
      const indexes = [await primaryKey(table), ...(await indexesLeading(table))];
      for (const fk of await foreignKeys(table)) {
        const covered = indexes.some((idx) => fk.columns.every((c, i) => idx[i] === c));
        expect({ table, fk: fk.columns, covered }).toEqual({ table, fk: fk.columns, covered: true });
      }
    }
  });

  it('has a tenant_id freeze trigger on every tenant table, so no row moves to another tenant', async () => {
    const a = await insertTestTenant(t.handle);
    const b = await insertTestTenant(t.handle);
    await tenantDb({ db: t.handle, tenantId: a.id })
      .insertInto('employees', {
        id: newId(),
        nip: '198001012005011001',
        nik: null,
        name: 'Pindah',
        front_title: null,
        back_title: null,
        rank: null,
        grade: null,
        email: null,
        phone: null,
      })
      .execute();
    const move = tenantDb({ db: t.handle, tenantId: a.id }).updateTable('employees').set({ tenant_id: b.id }).execute();
    await expect(move).rejects.toThrow(/tenant_id cannot change/);
    const db = unscopedDb({ db: t.handle });
    const triggers =
      testDialect === 'sqlite'
        ? (await sql<{ name: string }>`select name from sqlite_master where type = 'trigger'`.execute(db)).rows.map((r) => r.name)
        : (await sql<{ name: string }>`select tgname as name from pg_trigger where not tgisinternal`.execute(db)).rows.map(
            (r) => r.name,
          );
    for (const table of TENANT_TABLES) expect(triggers).toContain(`${table}_tenant_id_frozen`);
  });

  it('refuses a link from one tenant row to another tenant row', async () => {
    const a = await insertTestTenant(t.handle);
    const b = await insertTestTenant(t.handle);
    const unitOfA = newId();
    await tenantDb({ db: t.handle, tenantId: a.id })
      .insertInto('units', {
        id: unitOfA,
        parent_id: null,
        code: 'X',
        name: 'Unit A',
        kind: 'dinas',
        region_id: null,
        sort_order: 0,
        status: 'active',
      })
      .execute();
    const crossLink = tenantDb({ db: t.handle, tenantId: b.id })
      .insertInto('positions', { id: newId(), unit_id: unitOfA, code: 'P', name: 'Kepala', echelon: null, is_head: 1 })
      .execute();
    await expect(crossLink).rejects.toThrow(/foreign key|FOREIGN KEY/i);
  });
});
