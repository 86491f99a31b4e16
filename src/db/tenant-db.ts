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

/** A context that names its tenant: request contexts and system contexts both do. */
export interface TenantScope extends HasDatabase {
  readonly tenantId: string;
}

/** A row to insert into a tenant table; `tenant_id` is filled in by tenantDb. */
export type TenantInsert<T extends TenantTable> = Omit<Insertable<Database[T]>, 'tenant_id'>;

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
  } satisfies TenantDb);
}
