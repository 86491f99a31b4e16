import type { Kysely } from 'kysely';

/**
 * Indexes each foreign key of a tenant table by (tenant_id, column), named `<table>_<column without _id>_idx`
 * (test/schema-rules checks that every foreign key has such an index). Shared by the migrations since 1720.
 */
export async function indexForeignKeys(schema: Kysely<unknown>['schema'], table: string, columns: readonly string[]) {
  for (const column of columns)
    await schema
      .createIndex(`${table}_${column.replace(/_id$/, '')}_idx`)
      .on(table)
      .columns(['tenant_id', column])
      .execute();
}
