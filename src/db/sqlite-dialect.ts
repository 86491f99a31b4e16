import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

/**
 * Kysely's better-sqlite3 driver, except that a transaction takes SQLite's write lock when it begins
 * (`BEGIN IMMEDIATE`). Kysely's plain `BEGIN` starts a reader that upgrades at its first write; in WAL mode that
 * upgrade fails at once with SQLITE_BUSY, without waiting out busy_timeout, whenever another process (the CLI beside
 * the server, a second server) committed in between. Taking the lock first makes the other process wait instead.
 * One process already runs its transactions one at a time on its single connection, so nothing is lost there.
 */
class ImmediateTransactionSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** The SQLite dialect Pamong opens its databases with: Kysely's, with transactions that take the write lock as they begin. */
export class PamongSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateTransactionSqliteDriver(this.#config);
  }
}
