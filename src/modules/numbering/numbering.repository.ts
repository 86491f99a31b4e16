import { sql } from 'kysely';
import type { NumbersTable } from '../../db/schema/numbering.ts';
import type { TenantScope } from '../../db/tenant-db.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { NumberView } from './numbering.contract.ts';

/** One counter: a scheme's sequence for a scope key in a year. */
export interface CounterKey {
  readonly schemeId: string;
  readonly scopeKey: string;
  readonly year: number;
}

/**
 * Adds `step` (0 or 1) to a counter, creating it at `step` when it does not exist, and returns the new value.
 * One statement (`INSERT … ON CONFLICT DO UPDATE … RETURNING`) on both databases: on PostgreSQL it takes the
 * counter row's lock until the transaction ends, so concurrent allocators queue on the row and each sees the
 * value the previous one committed; on SQLite the one connection runs transactions one after another.
 * With step 0 it only locks the counter (manual numbers, sisipan, reconciliation serialise with allocation).
 */
export async function bumpCounter(tx: TenantScope, key: CounterKey, step: 0 | 1, at: string): Promise<number> {
  const row = await tenantDb(tx)
    .insertInto('number_counters', {
      scheme_id: key.schemeId,
      scope_key: key.scopeKey,
      year: key.year,
      last_value: step,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'scheme_id', 'scope_key', 'year']).doUpdateSet({
        last_value: sql<number>`number_counters.last_value + ${step}`,
        updated_at: at,
      }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return Number(row.last_value);
}

/** Sets a counter to a value (reconciliation moves it past manual numbers); the row must be locked already. */
export async function setCounter(tx: TenantScope, key: CounterKey, value: number, at: string): Promise<void> {
  await tenantDb(tx)
    .updateTable('number_counters')
    .set({ last_value: value, updated_at: at })
    .where('scheme_id', '=', key.schemeId)
    .where('scope_key', '=', key.scopeKey)
    .where('year', '=', key.year)
    .execute();
}

/** The number at a sequence (and insertion letter, '' for the regular one) of a counter, if any. */
export function numberAt(ctx: TenantScope, key: CounterKey, seq: number, suffix = '') {
  return tenantDb(ctx)
    .selectFrom('numbers')
    .selectAll()
    .where('scheme_id', '=', key.schemeId)
    .where('year', '=', key.year)
    .where('seq', '=', seq)
    .where('suffix', '=', suffix)
    .where('scope_key', '=', key.scopeKey)
    .executeTakeFirst();
}

/** Every number of a counter (all sequences and insertions), in seq order. */
export function numbersOfCounter(ctx: TenantScope, key: CounterKey) {
  return tenantDb(ctx)
    .selectFrom('numbers')
    .selectAll()
    .where('scheme_id', '=', key.schemeId)
    .where('year', '=', key.year)
    .where('scope_key', '=', key.scopeKey)
    .orderBy('seq')
    .orderBy('suffix')
    .execute();
}

/** A number by id, pinned to the tenant (another tenant's id finds nothing). */
export function findNumber(ctx: TenantScope, id: string) {
  return tenantDb(ctx).selectFrom('numbers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A number row as stored. */
export type NumberRow = NumbersTable;

/** The register's view of a number row. */
export function numberView(row: NumberRow, schemeCode: string): NumberView {
  return {
    id: row.id,
    schemeCode,
    formatted: row.formatted,
    seq: Number(row.seq),
    suffix: row.suffix,
    year: Number(row.year),
    scopeKey: row.scope_key,
    unitCode: row.unit_code,
    date: row.number_date,
    state: row.state,
    reason: row.reason,
    note: row.note,
    reference: row.reference_type && row.reference_id ? { type: row.reference_type, id: row.reference_id } : null,
    manual: Number(row.manual) === 1,
    insertion: row.suffix !== '',
    createdAt: row.created_at,
    usedAt: row.used_at,
    voidedAt: row.voided_at,
  };
}
