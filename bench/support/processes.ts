/** Starting Pamong and the bare comparison server as child processes for the HTTP benchmarks. */
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { PAMONG_BIN, type ServerProcess, startServerProcess } from '../../test/support/app-process.ts';

/** Environment every benchmarked Pamong process gets on top of `extra`. */
export function pamongEnv(databaseUrl: string, storageDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return { DATABASE_URL: databaseUrl, STORAGE_DIR: storageDir, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', ...extra };
}

/** Starts `pamong serve` (with `--demo` to migrate and seed a fresh database) and waits for its address. */
export function startPamong(env: Record<string, string>, demo: boolean): Promise<ServerProcess> {
  return startServerProcess({ args: [PAMONG_BIN, 'serve', ...(demo ? ['--demo'] : [])], env, timeoutMs: 120_000 });
}

/** Starts bench/bare-server.ts on the SQLite file at `sqliteFile`, serving tenant `slug`. */
export function startBareServer(sqliteFile: string, slug: string): Promise<ServerProcess> {
  const script = fileURLToPath(new URL('../bare-server.ts', import.meta.url));
  return startServerProcess({
    args: ['--import', 'tsx', script],
    env: { BARE_SQLITE: sqliteFile, BARE_TENANT: slug, PORT: '0' },
    timeoutMs: 60_000,
  });
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
