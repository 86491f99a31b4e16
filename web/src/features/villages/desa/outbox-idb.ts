/** The outbox's storage on the device: one IndexedDB object store keyed by clientId (photos kept as Blobs). */
import type { OutboxItem } from './outbox-core.ts';

/** What the outbox needs from storage; the IndexedDB adapter below, or a Map in tests. */
export interface OutboxStore {
  all(): Promise<OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
  delete(clientId: string): Promise<void>;
}

const DB_NAME = 'pamong-desa';
const STORE = 'outbox';

/** Resolves an IDBRequest. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Opens (and on first use creates) the outbox database. */
function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(STORE, { keyPath: 'clientId' });
  };
  return done(request);
}

/** Runs one request in its own transaction and waits for the transaction to commit (not only the request). */
async function run<T>(db: Promise<IDBDatabase>, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) {
  const tx = (await db).transaction(STORE, mode);
  const result = done(act(tx.objectStore(STORE)));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return result;
}

/** The IndexedDB-backed store (`factory` defaults to the browser's `indexedDB`). */
export function indexedDbOutboxStore(factory: IDBFactory = indexedDB): OutboxStore {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => {
    db ??= openDatabase(factory);
    return db;
  };
  return {
    all: () => run(database(), 'readonly', (s) => s.getAll() as IDBRequest<OutboxItem[]>),
    put: async (item) => {
      await run(database(), 'readwrite', (s) => s.put(item));
    },
    delete: async (clientId) => {
      await run(database(), 'readwrite', (s) => s.delete(clientId));
    },
  };
}

/** A store kept in memory (no IndexedDB: private windows of some browsers); entries are lost on reload. */
export function memoryOutboxStore(): OutboxStore {
  const items = new Map<string, OutboxItem>();
  return {
    all: async () => [...items.values()],
    put: async (item) => {
      items.set(item.clientId, item);
    },
    delete: async (clientId) => {
      items.delete(clientId);
    },
  };
}
