/**
 * The village outbox: realisasi saved on the phone and sent when the connection allows, never twice (each entry
 * carries its clientId, the server's idempotency key). Storage and HTTP are injected; the rules are in outbox-core.ts.
 */
import {
  applyOutcome,
  classifyStatus,
  isDue,
  isStaleSent,
  markPhotoSent,
  markSending,
  nextWakeUp,
  type OutboxItem,
  planEnqueue,
  recoverInterrupted,
  retryAsNew,
  type SendOutcome,
} from './outbox-core.ts';
import type { OutboxStore } from './outbox-idb.ts';
import type { OutboxTransport, SendResult } from './outbox-transport.ts';

/** What an outbox is built from. */
export interface OutboxOptions {
  store: OutboxStore;
  transport: OutboxTransport;
  /** The signed-in user; only their entries are sent. */
  userId: () => string | null;
  now?: () => number;
  random?: () => number;
  newId?: () => string;
  /** Called once an entry is accepted (e.g. to refetch the accountability view). */
  onSent?: (item: OutboxItem) => void;
}

const outcomeOf = (r: SendResult): SendOutcome => classifyStatus(r.status, r.fields, r.retryAfterSeconds);
/** No answer, or the session ended: trying the next entry now would fail the same way. */
const stopsFlush = (o: SendOutcome) => (o.kind === 'retry' && o.code === 'network') || o.kind === 'paused';

/** A queue of realisasi on the device with its flush loop; subscribe to re-render on every change. */
export class Outbox {
  private items: readonly OutboxItem[] = [];
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(private readonly options: OutboxOptions) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  /** Reads the device store: interrupted sends go back to waiting, day-old sent entries are forgotten. */
  async load(): Promise<void> {
    const stored = await this.options.store.all();
    const now = this.now();
    for (const item of stored.filter((i) => isStaleSent(i, now))) await this.options.store.delete(item.clientId);
    const kept = stored.filter((i) => !isStaleSent(i, now));
    const recovered = kept.map(recoverInterrupted);
    for (const item of recovered.filter((i, n) => i !== kept[n])) await this.options.store.put(item);
    this.replace(recovered.sort((a, b) => a.createdAt - b.createdAt));
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current entries, oldest first (a new array after every change). */
  getSnapshot = (): readonly OutboxItem[] => this.items;

  /** Stores an entry (replacing what waits for the same slot); `false` while that slot's entry is being sent. */
  async enqueue(fresh: OutboxItem): Promise<boolean> {
    const plan = planEnqueue(this.items, fresh);
    if (!plan) return false;
    for (const clientId of plan.remove) await this.remove(clientId);
    await this.save(plan.item);
    return true;
  }

  /** Forgets an entry the user gave up (never one being sent). */
  async discard(clientId: string): Promise<void> {
    if (this.find(clientId)?.state === 'sending') return;
    await this.remove(clientId);
  }

  /** The user keeps their version of a conflicting entry: it is queued again under a new clientId. */
  async resendAsNew(clientId: string): Promise<void> {
    const item = this.find(clientId);
    if (item?.state !== 'conflict') return;
    await this.remove(clientId);
    await this.save(retryAsNew(item, this.newId(), this.now()));
  }

  /** Sends every due entry of the current user, one at a time; concurrent calls share one run. `force` ignores backoff. */
  flush(force = false): Promise<void> {
    this.running ??= this.flushOnce(force).finally(() => {
      this.running = null;
      this.schedule();
    });
    return this.running;
  }

  /** Stops the retry timer. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async flushOnce(force: boolean): Promise<void> {
    const userId = this.options.userId();
    if (!userId) return;
    const due = this.items.filter((i) => isDue(i, userId, this.now(), force)).map((i) => i.clientId);
    for (const clientId of due) {
      const item = this.find(clientId);
      if (!item || !isDue(item, userId, this.now(), force)) continue;
      await this.save(markSending(item, this.now()));
      const outcome = await this.sendItem(clientId);
      const latest = this.find(clientId);
      if (!latest) continue;
      const next = applyOutcome(latest, outcome, this.now(), this.options.random);
      await this.save(next);
      if (outcome.kind === 'accepted') this.options.onSent?.(next);
      if (stopsFlush(outcome)) break;
    }
  }

  /** The realisasi first (photos belong to it on the server), then each photo not yet uploaded. */
  private async sendItem(clientId: string): Promise<SendOutcome> {
    const item = this.find(clientId)!;
    const first = outcomeOf(await this.options.transport.putRealization(item));
    if (first.kind !== 'accepted') return first;
    for (const photo of item.photos.filter((p) => !p.sent)) {
      const outcome = outcomeOf(await this.options.transport.putPhoto(item, photo));
      if (outcome.kind !== 'accepted') return outcome;
      await this.save(markPhotoSent(this.find(clientId)!, photo.clientId, this.now()));
    }
    return first;
  }

  private schedule(): void {
    this.dispose();
    const userId = this.options.userId();
    const wake = userId ? nextWakeUp(this.items, userId) : null;
    if (wake === null) return;
    this.timer = setTimeout(() => void this.flush(), Math.max(1_000, wake - this.now()));
  }

  private find(clientId: string): OutboxItem | undefined {
    return this.items.find((i) => i.clientId === clientId);
  }

  private async save(item: OutboxItem): Promise<void> {
    await this.options.store.put(item);
    const exists = this.items.some((i) => i.clientId === item.clientId);
    this.replace(exists ? this.items.map((i) => (i.clientId === item.clientId ? item : i)) : [...this.items, item]);
  }

  private async remove(clientId: string): Promise<void> {
    await this.options.store.delete(clientId);
    this.replace(this.items.filter((i) => i.clientId !== clientId));
  }

  private replace(items: readonly OutboxItem[]): void {
    this.items = items;
    for (const listener of this.listeners) listener();
  }
}

/** Flushes on start, whenever the browser comes back online and when the page becomes visible; returns the cleanup. */
export function startAutoFlush(outbox: Outbox, target: Window = window): () => void {
  const onOnline = () => void outbox.flush(true);
  const onVisible = () => {
    if (target.document.visibilityState === 'visible') void outbox.flush();
  };
  target.addEventListener('online', onOnline);
  target.document.addEventListener('visibilitychange', onVisible);
  void outbox.flush(true);
  return () => {
    target.removeEventListener('online', onOnline);
    target.document.removeEventListener('visibilitychange', onVisible);
    outbox.dispose();
  };
}
