import type {
  DeleteQueryBuilder,
  DeleteResult,
  Insertable,
  InsertQueryBuilder,
  InsertResult,
  SelectQueryBuilder,
  UpdateQueryBuilder,
  UpdateResult,
} from 'kysely';
import { executorOf, type HasDatabase } from './executor.ts';
import type { Database, TenantTable } from './schema/database.ts';
import { upsertRows } from './upsert-rows.ts';

/** A context that names its tenant: request contexts and system contexts both do. */
export interface TenantScope extends HasDatabase {
  readonly tenantId: string;
}

/** A row to insert into a tenant table; `tenant_id` is filled in by tenantDb. */
export type TenantInsert<T extends TenantTable> = Omit<Insertable<Database[T]>, 'tenant_id'>;

/** A column of a tenant table other than `tenant_id`. */
export type TenantColumn<T extends TenantTable> = Exclude<keyof Database[T] & string, 'tenant_id'>;

/** The value of column K in a row inserted into T. */
type InsertValue<T extends TenantTable, K> = K extends keyof TenantInsert<T> ? TenantInsert<T>[K] : never;

/** A row as a tuple of values in the order of the columns C. */
export type TenantTuple<T extends TenantTable, C extends readonly TenantColumn<T>[]> = {
  readonly [I in keyof C]: InsertValue<T, C[I]>;
};

/** The only door to tenant tables: every query it builds is pinned to the context's tenant. */
export interface TenantDb {
  readonly tenantId: string;
  /** SELECT with a table-qualified `where <table>.tenant_id = ?` already applied. Join on (tenant_id, id). */
  selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Database, T, object>;
  /** INSERT with `tenant_id` filled on every row. */
  insertInto<T extends TenantTable>(
    table: T,
    rows: TenantInsert<T> | readonly TenantInsert<T>[],
  ): InsertQueryBuilder<Database, T, InsertResult>;
  /** UPDATE pinned to the tenant. */
  updateTable<T extends TenantTable>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult>;
  /** DELETE pinned to the tenant. */
  deleteFrom<T extends TenantTable>(table: T): DeleteQueryBuilder<Database, T, DeleteResult>;
  /**
   * `count(*)` of at most `cap` rows of a query built by this door's `selectFrom`: exact below the cap. One row comes
   * back, not `cap` of them.
   */
  countUpTo(query: SelectQueryBuilder<Database, TenantTable, object>, cap: number): Promise<number>;
  /**
   * Inserts rows given as tuples in the order of `columns`, or where (tenant_id, ...key) clashes updates the `update`
   * columns from the row given; fast for tens of thousands of rows on both databases, best fed by a generator
   * (upsert-rows.ts).
   */
  upsertRows<T extends TenantTable, const C extends readonly TenantColumn<T>[]>(
    table: T,
    columns: C,
    rows: Iterable<TenantTuple<T, C>>,
    spec: { key: readonly TenantColumn<T>[]; update: readonly TenantColumn<T>[] },
  ): Promise<void>;
}

/**
 * SECURITY: returns tenant-scoped access for the context's tenant. This is the one door to tenant
 * data; the raw connection is not reachable from modules.
 */
export function tenantDb(ctx: TenantScope): TenantDb {
  const tenantId = ctx.tenantId;
  if (!tenantId) throw new Error('tenantDb needs a tenant id');
  // Kysely cannot type a column reference on a generic table name; the casts below are the price.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const db = executorOf(ctx) as any;
  return Object.freeze({
    tenantId,
    selectFrom: (table) => db.selectFrom(table).where(`${table}.tenant_id`, '=', tenantId),
    insertInto: (table, rows) => {
      const list = (Array.isArray(rows) ? rows : [rows]) as object[];
      return db.insertInto(table).values(list.map((row) => ({ ...row, tenant_id: tenantId })));
    },
    updateTable: (table) => db.updateTable(table).where(`${table}.tenant_id`, '=', tenantId),
    deleteFrom: (table) => db.deleteFrom(table).where(`${table}.tenant_id`, '=', tenantId),
    countUpTo: async (query, cap) => {
      const row = await db.selectFrom(query.limit(cap).as('capped')).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    // SECURITY: every row gets the tenant's id, and a clash is looked for only among the tenant's rows.
    upsertRows: async (table, columns, rows, spec) => {
      if ([...columns, ...spec.key, ...spec.update].includes('tenant_id' as never))
        throw new Error('upsertRows fills tenant_id itself');
      const fixed = { columns: ['tenant_id'], values: [tenantId] };
      await upsertRows(db, ctx.db.dialect, table, fixed, columns, rows, { key: ['tenant_id', ...spec.key], update: spec.update });
    },
  } satisfies TenantDb);
}
