import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestTenant } from '../../../test/factories/tenants.ts';
import { createTestDatabase, type TestDatabase, testDialect } from '../../../test/support/test-db.ts';
import { inTransaction } from '../../db/executor.ts';
import type { DatabaseHandle } from '../../db/handle.ts';
import { unscopedDb } from '../../db/system-db.ts';
import { type PlatformServices, type RequestContext, userContext } from '../../platform/access/context.ts';
import { createChatWebhook, createMailer } from '../../platform/mail/index.ts';
import { createLocalDiskStorage } from '../../platform/storage/index.ts';
import { ForbiddenError } from '../../shared/errors.ts';
import type { Permission } from '../../shared/permissions.ts';
import { GENESIS_HASH } from './audit-chain.ts';
import { listAudit, recordAudit, verifyAllTenants, verifyAuditChain } from './index.ts';

const platform: PlatformServices = {
  storage: createLocalDiskStorage(join(tmpdir(), 'pamong-audit-test-unused')),
  now: () => new Date(),
  timezone: 'Asia/Jakarta',
  baseUrl: 'http://localhost',
  security: {
    sessionSecret: 'x'.repeat(32),
    sessionTtlHours: 8,
    loginThrottle: { max: 5, windowMs: 60_000 },
    secureCookies: false,
  },
  signing: {
    masterKey: 'x'.repeat(32),
    provider: 'local',
    signerCertificateDays: 30,
    extraTrustAnchorsDer: [],
    verifyMaxPerMinute: 60,
  },
  tenantSetup: [],
  mail: createMailer({ from: 'uji@pamong.test' }),
  chat: createChatWebhook({}),
};

function auditorOf(db: DatabaseHandle, tenantId: string, permissions: Permission[] = ['audit.read']): RequestContext {
  return userContext({
    db,
    platform,
    tenantId,
    actor: {
      userId: 'u-sekda',
      label: 'Sekretaris Daerah',
      roles: ['admin'],
      permissions: new Set(permissions),
      sessionId: 's-1',
    },
    requestId: 'req-42',
    ip: '10.1.2.3',
    locale: 'id',
  });
}

async function newTenantContext(db: DatabaseHandle): Promise<RequestContext> {
  return auditorOf(db, (await insertTestTenant(db)).id);
}

/** The tenant's rows in seq order, read around tenantDb on purpose (this is the test looking at the table). */
async function rawRows(ctx: RequestContext) {
  return unscopedDb(ctx).selectFrom('audit_log').selectAll().where('tenant_id', '=', ctx.tenantId).orderBy('seq').execute();
}

async function recordMany(ctx: RequestContext, count: number): Promise<void> {
  for (let n = 1; n <= count; n++)
    await recordAudit(ctx, 'letter.signed', { objectType: 'letter', objectId: `L-${n}`, data: { n } });
}

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
});

afterAll(async () => {
  await testDb?.cleanup();
});

describe('recordAudit', () => {
  it('builds a chain from the genesis hash that verifies', async () => {
    const ctx = await newTenantContext(testDb.handle);
    await recordMany(ctx, 5);

    const rows = await rawRows(ctx);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0].prev_hash).toBe(GENESIS_HASH);
    expect(rows.slice(1).map((r) => r.prev_hash)).toEqual(rows.slice(0, -1).map((r) => r.hash));
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, checked: 5, problems: [] });
  });

  it('takes actor, IP and request id from the context and stores data as canonical JSON', async () => {
    const ctx = await newTenantContext(testDb.handle);
    await recordAudit(ctx, 'user.created', { objectType: 'user', objectId: 'u-9', data: { role: 'pencatat', name: 'Siti' } });
    expect((await rawRows(ctx))[0]).toMatchObject({
      actor_id: 'u-sekda',
      actor_label: 'Sekretaris Daerah',
      action: 'user.created',
      object_type: 'user',
      object_id: 'u-9',
      ip: '10.1.2.3',
      request_id: 'req-42',
      data: '{"name":"Siti","role":"pencatat"}',
    });
  });

  it('keeps an independent chain per tenant', async () => {
    const kabupaten = await newTenantContext(testDb.handle);
    const kota = await newTenantContext(testDb.handle);
    await recordMany(kabupaten, 3);
    await recordMany(kota, 2);
    await recordAudit(kabupaten, 'unit.renamed');

    expect((await rawRows(kabupaten)).map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect((await rawRows(kota)).map((r) => [r.seq, r.prev_hash === GENESIS_HASH])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(await verifyAuditChain(kabupaten)).toMatchObject({ ok: true, checked: 4 });
    expect(await verifyAuditChain(kota)).toMatchObject({ ok: true, checked: 2 });
    expect((await listAudit(kota, { page: 1, pageSize: 50 })).total).toBe(2);
  });

  it('rolls the record back with the transaction it was written in', async () => {
    const ctx = await newTenantContext(testDb.handle);
    await recordAudit(ctx, 'first');
    const failed = inTransaction(ctx, async (tx) => {
      await recordAudit(tx, 'letter.deleted', { objectId: 'L-1' });
      throw new Error('the deletion failed');
    });
    await expect(failed).rejects.toThrow('the deletion failed');
    await recordAudit(ctx, 'second');

    expect((await rawRows(ctx)).map((r) => [r.seq, r.action])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
    expect((await verifyAuditChain(ctx)).ok).toBe(true);
  });

  it('gives 20 concurrent records of one tenant the seqs 1..20 in a valid chain', async () => {
    const ctx = await newTenantContext(testDb.handle);
    const results = await Promise.all(Array.from({ length: 20 }, (_, n) => recordAudit(ctx, 'concurrent', { data: { n } })));

    expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, checked: 20, problems: [] });
  });
});

describe('the database itself', () => {
  it('refuses UPDATE and DELETE on audit_log', async () => {
    const ctx = await newTenantContext(testDb.handle);
    await recordMany(ctx, 2);
    const table = () => unscopedDb(ctx);
    await expect(
      table().updateTable('audit_log').set({ action: 'nothing.happened' }).where('tenant_id', '=', ctx.tenantId).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(table().deleteFrom('audit_log').where('tenant_id', '=', ctx.tenantId).execute()).rejects.toThrow(/append-only/);
    expect((await rawRows(ctx)).map((r) => r.action)).toEqual(['letter.signed', 'letter.signed']);
  });
});

describe('listAudit', () => {
  it('pages the log newest first with the total', async () => {
    const ctx = await newTenantContext(testDb.handle);
    await recordMany(ctx, 5);

    const second = await listAudit(ctx, { page: 2, pageSize: 2 });

    expect(second.total).toBe(5);
    expect(second.items.map((i) => i.seq)).toEqual([3, 2]);
    expect(second.items[0]).toEqual({
      seq: 3,
      at: expect.any(String),
      actorLabel: 'Sekretaris Daerah',
      action: 'letter.signed',
      objectType: 'letter',
      objectId: 'L-3',
      ip: '10.1.2.3',
    });
  });

  it('refuses an actor without audit.read', async () => {
    const tenant = await insertTestTenant(testDb.handle);
    const clerk = auditorOf(testDb.handle, tenant.id, ['organization.read']);
    await expect(listAudit(clerk, { page: 1, pageSize: 10 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(verifyAuditChain(clerk)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('tampering by someone with raw database access', () => {
  let attacked: TestDatabase;

  beforeAll(async () => {
    attacked = await createTestDatabase();
    // The attacker first removes the append-only triggers.
    const dropTriggers =
      testDialect === 'postgres'
        ? [sql`DROP TRIGGER audit_log_no_change ON audit_log`]
        : [sql`DROP TRIGGER audit_log_no_update`, sql`DROP TRIGGER audit_log_no_delete`];
    for (const statement of dropTriggers) await statement.execute(unscopedDb({ db: attacked.handle }));
  });

  afterAll(async () => {
    await attacked?.cleanup();
  });

  async function chainOfFive(): Promise<RequestContext> {
    const ctx = await newTenantContext(attacked.handle);
    await recordMany(ctx, 5);
    return ctx;
  }

  it('names the seq of a row whose data was edited', async () => {
    const ctx = await chainOfFive();
    await unscopedDb(ctx)
      .updateTable('audit_log')
      .set({ data: '{"n":300}' })
      .where('tenant_id', '=', ctx.tenantId)
      .where('seq', '=', 3)
      .execute();

    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: false, checked: 5, problems: [{ seq: 3, kind: 'edited' }] });
  });

  it('names the seq of a row whose actor was changed', async () => {
    const ctx = await chainOfFive();
    await unscopedDb(ctx)
      .updateTable('audit_log')
      .set({ actor_label: 'Orang Lain' })
      .where('tenant_id', '=', ctx.tenantId)
      .where('seq', '=', 2)
      .execute();

    expect((await verifyAuditChain(ctx)).problems.map((p) => [p.seq, p.kind])).toEqual([[2, 'edited']]);
  });

  it('names the missing seq when a middle row is deleted', async () => {
    const ctx = await chainOfFive();
    await unscopedDb(ctx).deleteFrom('audit_log').where('tenant_id', '=', ctx.tenantId).where('seq', '=', 2).execute();

    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: false, checked: 4, problems: [{ seq: 2, kind: 'missing' }] });
  });

  it('reports truncation when the last row is deleted', async () => {
    const ctx = await chainOfFive();
    await unscopedDb(ctx).deleteFrom('audit_log').where('tenant_id', '=', ctx.tenantId).where('seq', '=', 5).execute();

    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: false, checked: 4, problems: [{ seq: 5, kind: 'truncated' }] });
  });

  it('verifyAllTenants verifies every tenant and flags the tampered one', async () => {
    const intact = await chainOfFive();
    const tampered = await chainOfFive();
    await unscopedDb(tampered).deleteFrom('audit_log').where('tenant_id', '=', tampered.tenantId).where('seq', '=', 4).execute();

    const results = await verifyAllTenants(attacked.handle, platform);

    const byTenant = new Map(results.map((r) => [r.tenantId, r]));
    expect(byTenant.get(intact.tenantId)).toMatchObject({ ok: true, checked: 5, problems: [] });
    expect(byTenant.get(tampered.tenantId)).toMatchObject({ ok: false, checked: 4, problems: [{ seq: 4, kind: 'missing' }] });
    const tenantCount = await unscopedDb(intact).selectFrom('tenants').select('id').execute();
    expect(results).toHaveLength(tenantCount.length);
  });
});
