import { type Kysely, PostgresAdapter, SqliteAdapter } from 'kysely';
import type { DialectName } from './handle.ts';

/**
 * The dialect a migration runs on. Kysely does not expose it to migrations by design (#1191), so it is
 * read from the executor's adapter; throws on any other adapter.
 */
export function migrationDialect(db: Kysely<unknown>): DialectName {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof PostgresAdapter) return 'postgres';
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  throw new Error(`unsupported database adapter: ${adapter.constructor.name}`);
}
