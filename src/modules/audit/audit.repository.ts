import type { AuditLogTable } from '../../db/schema/audit.ts';
import { type TenantInsert, type TenantScope, tenantDb } from '../../db/tenant-db.ts';
import { type ChainedAuditRow, type ChainHead, GENESIS_HASH } from './audit-chain.ts';

const ROW_COLUMNS = [
  'seq',
  'id',
  'at',
  'actor_id',
  'actor_label',
  'action',
  'object_type',
  'object_id',
  'ip',
  'request_id',
  'data',
  'prev_hash',
  'hash',
] as const;

/**
 * Locks the tenant's chain head for the rest of the transaction (FOR UPDATE on PostgreSQL; SQLite has a
 * single writer), creating it on first use. Insert-if-missing first, so two first writers do not race.
 */
export async function lockHead(tx: TenantScope): Promise<ChainHead> {
  await tenantDb(tx)
    .insertInto('audit_heads', { seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('tenant_id').doNothing())
    .execute();
  return tenantDb(tx)
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .$if(tx.db.dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirstOrThrow();
}

/** Appends a row and moves the head to it; call inside the transaction that holds lockHead. */
export async function appendRow(tx: TenantScope, row: TenantInsert<'audit_log'>): Promise<void> {
  await tenantDb(tx).insertInto('audit_log', row).execute();
  await tenantDb(tx).updateTable('audit_heads').set({ seq: row.seq, hash: row.hash }).execute();
}

/** The tenant's chain head, or undefined before the first record. */
export async function findHead(ctx: TenantScope): Promise<ChainHead | undefined> {
  return tenantDb(ctx).selectFrom('audit_heads').select(['seq', 'hash']).executeTakeFirst();
}

/** Up to `limit` rows with seq in (afterSeq, upToSeq], ascending: one page of a keyset walk over the chain. */
export async function rowsAfter(
  ctx: TenantScope,
  afterSeq: number,
  upToSeq: number | undefined,
  limit: number,
): Promise<ChainedAuditRow[]> {
  return tenantDb(ctx)
    .selectFrom('audit_log')
    .select(ROW_COLUMNS)
    .where('audit_log.seq', '>', afterSeq)
    .$if(upToSeq !== undefined, (q) => q.where('audit_log.seq', '<=', upToSeq!))
    .orderBy('audit_log.seq')
    .limit(limit)
    .execute();
}

/** One page of rows, newest first. */
export async function newestRows(ctx: TenantScope, offset: number, limit: number): Promise<Omit<AuditLogTable, 'tenant_id'>[]> {
  return tenantDb(ctx)
    .selectFrom('audit_log')
    .select(ROW_COLUMNS)
    .orderBy('audit_log.seq', 'desc')
    .offset(offset)
    .limit(limit)
    .execute();
}

/** How many audit rows the tenant has. */
export async function countRows(ctx: TenantScope): Promise<number> {
  const { count } = await tenantDb(ctx)
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
