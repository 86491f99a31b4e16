/**
 * Pure rules of the village outbox (no I/O): the states of a queued realisasi, how a server answer moves it, the
 * retry backoff, which items are due, and how a new entry for the same desa-indicator-quarter replaces an old one.
 */
import type { SubmitRealizationInput } from '../../../../../src/modules/villages/village-accountability.contract.ts';

/** Where a queued entry is: waiting to be sent, on its way, accepted, or stopped until the user acts. */
export type OutboxState = 'waiting' | 'sending' | 'sent' | 'conflict' | 'rejected';

/** One field message of a refused entry (server `fields[]` or a device check). */
export interface OutboxFieldError {
  field: string;
  message: string;
}

/** A photo waiting on the device: the downscaled JPEG and a small data-URL preview (the CSP allows `data:` images). */
export interface OutboxPhoto {
  clientId: string;
  blob: Blob;
  contentType: 'image/jpeg' | 'image/png';
  thumbnail: string;
  sent: boolean;
}

/** What the list shows about an entry without reading its body. */
export interface OutboxLabel {
  desaName: string;
  indicatorCode: string;
  indicatorName: string;
}

/** One queued submission, keyed by its client-generated id (the server's idempotency key). */
export interface OutboxItem {
  clientId: string;
  /** Only this user's session sends it; another account on the same phone sees it but cannot send it. */
  userId: string;
  body: SubmitRealizationInput;
  photos: OutboxPhoto[];
  label: OutboxLabel;
  state: OutboxState;
  /** Failed tries since the last success or user action (drives the backoff). */
  attempts: number;
  /** Epoch ms before which an automatic flush leaves it alone; null when due now. */
  nextAttemptAt: number | null;
  /** Code of the last problem: `network`, `server`, `auth`, `conflict`, `invalid`, `forbidden`, `not_found`. */
  lastError: string | null;
  fieldErrors: OutboxFieldError[];
  createdAt: number;
  updatedAt: number;
}

/** What one HTTP answer means for the entry. */
export type SendOutcome =
  | { kind: 'accepted' }
  | { kind: 'retry'; code: 'network' | 'server'; retryAfterSeconds: number | null }
  | { kind: 'paused'; code: 'auth' }
  | { kind: 'conflict' }
  | { kind: 'rejected'; code: 'invalid' | 'forbidden' | 'not_found'; fields: OutboxFieldError[] };

/** Maps an HTTP status (0 = no answer) to an outcome: 200/201 accepted; 409 conflict; 400/422 rejected; 5xx retried. */
export function classifyStatus(
  status: number,
  fields: OutboxFieldError[] = [],
  retryAfterSeconds: number | null = null,
): SendOutcome {
  if (status === 200 || status === 201 || status === 204) return { kind: 'accepted' };
  if (status === 409) return { kind: 'conflict' };
  if (status === 401) return { kind: 'paused', code: 'auth' };
  if (status === 400 || status === 422) return { kind: 'rejected', code: 'invalid', fields };
  if (status === 403) return { kind: 'rejected', code: 'forbidden', fields };
  if (status === 404) return { kind: 'rejected', code: 'not_found', fields };
  return { kind: 'retry', code: status === 0 ? 'network' : 'server', retryAfterSeconds };
}

/** First retry after 5 s, doubling up to 5 minutes. */
export const BACKOFF = { baseMs: 5_000, maxMs: 5 * 60_000 } as const;

/**
 * Delay before try number `attempts + 1`: exponential, capped, with jitter between half and the full delay so that
 * many phones coming back online together do not knock at the same moment. `random` is in [0, 1).
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const exponential = BACKOFF.baseMs * 2 ** Math.max(0, attempts - 1);
  const capped = Math.min(BACKOFF.maxMs, exponential);
  return Math.round(capped / 2 + (capped / 2) * random());
}

/** The entry marked as being sent now. */
export function markSending(item: OutboxItem, now: number): OutboxItem {
  return { ...item, state: 'sending', updatedAt: now };
}

/** The entry after the server answered (or did not): accepted → sent; 5xx/network → waiting with backoff; … */
export function applyOutcome(item: OutboxItem, outcome: SendOutcome, now: number, random?: () => number): OutboxItem {
  const base = { ...item, updatedAt: now };
  switch (outcome.kind) {
    case 'accepted':
      return { ...base, state: 'sent', attempts: 0, nextAttemptAt: null, lastError: null, fieldErrors: [] };
    case 'retry': {
      const attempts = item.attempts + 1;
      const wait = Math.max(backoffDelay(attempts, random), (outcome.retryAfterSeconds ?? 0) * 1000);
      return { ...base, state: 'waiting', attempts, nextAttemptAt: now + wait, lastError: outcome.code };
    }
    case 'paused':
      // The session ended: nothing is wrong with the entry; it waits for the next sign-in without counting a try.
      return { ...base, state: 'waiting', lastError: outcome.code, nextAttemptAt: null };
    case 'conflict':
      return { ...base, state: 'conflict', lastError: 'conflict', nextAttemptAt: null };
    case 'rejected':
      return { ...base, state: 'rejected', lastError: outcome.code, fieldErrors: outcome.fields, nextAttemptAt: null };
  }
}

/** The entry with one more photo uploaded. */
export function markPhotoSent(item: OutboxItem, photoClientId: string, now: number): OutboxItem {
  return { ...item, updatedAt: now, photos: item.photos.map((p) => (p.clientId === photoClientId ? { ...p, sent: true } : p)) };
}

/** True when a flush should try the entry now: waiting, this user's, and its backoff over (or `force`). */
export function isDue(item: OutboxItem, userId: string, now: number, force: boolean): boolean {
  if (item.state !== 'waiting' || item.userId !== userId) return false;
  return force || item.nextAttemptAt === null || item.nextAttemptAt <= now;
}

/** When the next automatic try is due (epoch ms), or null when nothing waits on a timer. */
export function nextWakeUp(items: readonly OutboxItem[], userId: string): number | null {
  const times = items
    .filter((i) => i.state === 'waiting' && i.userId === userId && i.nextAttemptAt !== null)
    .map((i) => i.nextAttemptAt as number);
  return times.length > 0 ? Math.min(...times) : null;
}

/** Entries not yet accepted by the server (what "Menunggu dikirim: N" counts). */
export function pendingItems(items: readonly OutboxItem[]): OutboxItem[] {
  return items.filter((i) => i.state !== 'sent');
}

/** App start: an entry left `sending` by a closed tab goes back to waiting (its clientId makes a resend safe). */
export function recoverInterrupted(item: OutboxItem): OutboxItem {
  return item.state === 'sending' ? { ...item, state: 'waiting', nextAttemptAt: null } : item;
}

/** Sent entries older than this are dropped from the device at start. */
export const KEEP_SENT_MS = 24 * 60 * 60_000;

/** True when a sent entry is old enough to forget. */
export function isStaleSent(item: OutboxItem, now: number): boolean {
  return item.state === 'sent' && now - item.updatedAt > KEEP_SENT_MS;
}

/** Same desa, year, indicator and quarter: one slot holds at most one pending entry. */
export function sameSlot(a: SubmitRealizationInput, b: SubmitRealizationInput): boolean {
  return a.regionId === b.regionId && a.year === b.year && a.indicatorId === b.indicatorId && a.quarter === b.quarter;
}

/** What enqueueing a new entry does to the queue: the item to store and the clientIds to delete. */
export interface EnqueuePlan {
  item: OutboxItem;
  remove: string[];
}

/**
 * Plans saving `fresh` (with a new clientId) over whatever waits for the same slot. An entry that never reached the
 * network is replaced in place and keeps its clientId; one that may have reached the server (tried, conflict,
 * rejected) is replaced by `fresh` with its own new id, so the server never sees one id with two bodies from us.
 * An entry being sent right now is never touched (`null`: try again when it is done).
 */
export function planEnqueue(items: readonly OutboxItem[], fresh: OutboxItem): EnqueuePlan | null {
  const old = items.find((i) => i.state !== 'sent' && i.userId === fresh.userId && sameSlot(i.body, fresh.body));
  if (!old) return { item: fresh, remove: [] };
  if (old.state === 'sending') return null;
  const untouched = old.state === 'waiting' && old.attempts === 0 && old.lastError === null;
  if (untouched) return { item: { ...fresh, clientId: old.clientId, createdAt: old.createdAt }, remove: [] };
  return { item: fresh, remove: [old.clientId] };
}

/** A conflicting entry sent again under a new clientId (the user chose to keep their version). */
export function retryAsNew(item: OutboxItem, newClientId: string, now: number): OutboxItem {
  return {
    ...item,
    clientId: newClientId,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    fieldErrors: [],
    photos: item.photos.map((p) => ({ ...p, sent: false })),
    updatedAt: now,
  };
}
