import type { Kysely, Transaction } from 'kysely';
import { type DatabaseHandle, rawKysely } from './connection.ts';
import type { Database } from './schema/database.ts';

/** Anything that carries an open database: a RequestContext, a system context, a transaction context. */
export interface HasDatabase {
  readonly db: DatabaseHandle;
}

const transactionOf = new WeakMap<HasDatabase, Transaction<Database>>();

/** The executor a context runs its queries on: its transaction when inside one, else the pool. */
export function executorOf(owner: HasDatabase): Kysely<Database> {
  return transactionOf.get(owner) ?? rawKysely(owner.db);
}

/** True when the context is bound to an open transaction. */
export function isInTransaction(owner: HasDatabase): boolean {
  return transactionOf.has(owner);
}

/**
 * Runs `work` in one database transaction, giving it a copy of the context bound to that transaction.
 * Nested calls join the outer transaction, so a use case stays all-or-nothing.
 */
export async function inTransaction<C extends HasDatabase, R>(ctx: C, work: (tx: C) => Promise<R>): Promise<R> {
  if (transactionOf.has(ctx)) return work(ctx);
  return rawKysely(ctx.db)
    .transaction()
    .execute(async (trx) => {
      const tx = Object.freeze({ ...ctx }) as C;
      transactionOf.set(tx, trx);
      return work(tx);
    });
}
