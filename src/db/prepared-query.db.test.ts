/** Tenant queries compiled once per shape: the tenant and each call's values are bound, never carried over. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestTenant } from '../../test/factories/tenants.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { newId } from '../shared/ids.ts';
import { inTransaction } from './executor.ts';
import { preparedTenantQuery } from './prepared-query.ts';
import { type TenantScope, tenantDb } from './tenant-db.ts';

let t: TestDatabase;
let a: TenantScope;
let b: TenantScope;

/** Contacts by organisation, optionally only those whose name starts with a prefix, in name order. */
const contactsOf = preparedTenantQuery({
  shape: (v: { organisation: string; prefix: string | null }) => ({ prefix: v.prefix !== null }),
  build: (door, v, shape) => {
    let q = door.selectFrom('contacts').select('name').where('organisation', '=', v.organisation);
    if (shape.prefix) q = q.where('name', 'like', sql<string>`${v.prefix} || '%'`);
    return q.orderBy('name');
  },
});

async function addContact(scope: TenantScope, name: string, organisation: string) {
  const row = { id: newId(), name, organisation, address: null, email: null, dedup_key: `${organisation}|${name}`.toLowerCase() };
  await tenantDb(scope)
    .insertInto('contacts', { ...row, created_at: new Date().toISOString() })
    .execute();
}

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

beforeAll(async () => {
  t = await createTestDatabase();
  a = { tenantId: (await insertTestTenant(t.handle)).id, db: t.handle };
  b = { tenantId: (await insertTestTenant(t.handle)).id, db: t.handle };
  await addContact(a, 'Andi', 'Bappeda');
  await addContact(a, 'Budi', 'Bappeda');
  await addContact(a, 'Ani', 'Dinkes');
  await addContact(b, 'Asep', 'Bappeda');
});

afterAll(async () => {
  await t.cleanup();
});

describe('preparedTenantQuery', () => {
  it("binds each call's tenant and values into the SQL of its shape, one tenant never seeing another's rows", async () => {
    expect(names(await contactsOf(a, { organisation: 'Bappeda', prefix: null }))).toEqual(['Andi', 'Budi']);
    expect(names(await contactsOf(b, { organisation: 'Bappeda', prefix: null }))).toEqual(['Asep']);
    expect(names(await contactsOf(a, { organisation: 'Bappeda', prefix: 'B' }))).toEqual(['Budi']);
    expect(names(await contactsOf(a, { organisation: 'Dinkes', prefix: 'A' }))).toEqual(['Ani']);
    expect(names(await contactsOf(b, { organisation: 'Bappeda', prefix: 'B' }))).toEqual([]);
    expect(names(await contactsOf(a, { organisation: 'Dinkes', prefix: null }))).toEqual(['Ani']);
  });

  it("runs in the context's transaction when it has one", async () => {
    await expect(
      inTransaction(a, async (tx) => {
        await addContact(tx, 'Cici', 'Inspektorat');
        expect(names(await contactsOf(tx, { organisation: 'Inspektorat', prefix: null }))).toEqual(['Cici']);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await contactsOf(a, { organisation: 'Inspektorat', prefix: null })).toEqual([]);
  });

  it('refuses a query that drops the tenant condition', async () => {
    const unpinned = preparedTenantQuery({
      shape: () => null,
      build: (door, v: { organisation: string }) =>
        door.selectFrom('contacts').select('name').clearWhere().where('organisation', '=', v.organisation),
    });
    await expect(unpinned(a, { organisation: 'Bappeda' })).rejects.toThrow('does not bind the tenant');
  });

  it('refuses a value written into the SQL text instead of bound', async () => {
    const inlined = preparedTenantQuery({
      shape: () => null,
      build: (door, v: { organisation: string }) =>
        door.selectFrom('contacts').select('name').where('organisation', '=', sql.lit(v.organisation)),
    });
    await expect(inlined(a, { organisation: 'Bappeda' })).rejects.toThrow('placeholder was written into the SQL text');
  });

  it('refuses a call without a value its shape binds, and a context without a tenant', async () => {
    const missing = { organisation: undefined, prefix: null } as unknown as { organisation: string; prefix: null };
    await expect(contactsOf(a, missing)).rejects.toThrow('no value for organisation');
    const list = { organisation: ['Bappeda', 'Dinkes'], prefix: null } as unknown as { organisation: string; prefix: null };
    await expect(contactsOf(a, list)).rejects.toThrow('organisation is not a single value');
    await expect(contactsOf({ tenantId: '', db: t.handle }, { organisation: 'Bappeda', prefix: null })).rejects.toThrow(
      'needs a tenant id',
    );
  });
});
