/** The one outbox of this browser tab, on IndexedDB (in memory when the browser refuses IndexedDB). */
import { Outbox, startAutoFlush } from './outbox.ts';
import type { OutboxItem } from './outbox-core.ts';
import { indexedDbOutboxStore, memoryOutboxStore, type OutboxStore } from './outbox-idb.ts';
import { httpTransport } from './outbox-transport.ts';

/** Who is signed in, as the outbox needs it. */
export interface OutboxSession {
  userId: string;
  csrfToken: string | null;
}

const current: { session: OutboxSession | null } = { session: null };
const sentListeners = new Set<(item: OutboxItem) => void>();

/** Tries the device store once; a browser that refuses IndexedDB gets a memory store (entries then last one visit). */
async function loadWithFallback(build: (store: OutboxStore) => Outbox): Promise<Outbox> {
  if (typeof indexedDB !== 'undefined') {
    const outbox = build(indexedDbOutboxStore());
    try {
      await outbox.load();
      return outbox;
    } catch {
      // Fall through to memory.
    }
  }
  const outbox = build(memoryOutboxStore());
  await outbox.load();
  return outbox;
}

function build(store: OutboxStore): Outbox {
  return new Outbox({
    store,
    transport: httpTransport({
      csrfToken: () => current.session?.csrfToken ?? null,
      language: () => document.documentElement.lang || 'id',
    }),
    userId: () => current.session?.userId ?? null,
    onSent: (item) => {
      for (const listener of sentListeners) listener(item);
    },
  });
}

let loading: Promise<Outbox> | null = null;
let loaded: Outbox | null = null;

/** The tab's outbox for this session, loaded and flushing automatically (on start, `online`, backoff timer). */
export function desaOutbox(session: OutboxSession): Promise<Outbox> {
  const changedUser = current.session?.userId !== session.userId;
  current.session = session;
  loading ??= loadWithFallback(build).then((outbox) => {
    loaded = outbox;
    startAutoFlush(outbox);
    return outbox;
  });
  // Another account signed in on this tab: its own waiting entries may go now.
  if (changedUser && loaded) void loaded.flush(true);
  return loading;
}

/** Calls `listener` whenever an entry is accepted by the server; returns the unsubscribe function. */
export function onDesaSent(listener: (item: OutboxItem) => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}
