import { describe, expect, it } from 'vitest';
import { Outbox } from './outbox.ts';
import {
  applyOutcome,
  BACKOFF,
  backoffDelay,
  classifyStatus,
  type OutboxItem,
  planEnqueue,
  recoverInterrupted,
} from './outbox-core.ts';
import { memoryOutboxStore } from './outbox-idb.ts';
import type { OutboxTransport, SendResult } from './outbox-transport.ts';

const USER = 'user-1';
const ok = (status: number): SendResult => ({ status, fields: [], retryAfterSeconds: null });

function item(clientId: string, overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    clientId,
    userId: USER,
    body: { regionId: 'r1', year: 2026, indicatorId: 'ind-1', quarter: 'Q1', value: '12', note: null, submit: true },
    photos: [],
    label: { desaName: 'Sukajaya', indicatorCode: 'KMS', indicatorName: 'Kemiskinan' },
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    fieldErrors: [],
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

/** A transport answering each call from a script (then 201), recording the calls. */
function scripted(answers: SendResult[]) {
  const calls: string[] = [];
  const next = () => answers.shift() ?? ok(201);
  const transport: OutboxTransport = {
    putRealization: async (i) => {
      calls.push(`realization ${i.clientId}`);
      return next();
    },
    putPhoto: async (i, p) => {
      calls.push(`photo ${i.clientId}/${p.clientId}`);
      return next();
    },
  };
  return { transport, calls };
}

function outboxWith(answers: SendResult[], clock = { now: 1_000 }) {
  const store = memoryOutboxStore();
  const { transport, calls } = scripted(answers);
  const sent: string[] = [];
  const outbox = new Outbox({
    store,
    transport,
    userId: () => USER,
    now: () => clock.now,
    random: () => 0,
    newId: () => 'new-id',
    onSent: (i) => sent.push(i.clientId),
  });
  return { outbox, store, calls, sent, clock };
}

const stateOf = (outbox: Outbox, clientId: string) => outbox.getSnapshot().find((i) => i.clientId === clientId)?.state;

describe('outbox rules', () => {
  it('classifies answers: 201/200 accepted, 409 conflict, 422 rejected with fields, 5xx and no answer retried', () => {
    expect(classifyStatus(201).kind).toBe('accepted');
    expect(classifyStatus(200).kind).toBe('accepted');
    expect(classifyStatus(409).kind).toBe('conflict');
    expect(classifyStatus(422, [{ field: 'value', message: 'x' }])).toEqual({
      kind: 'rejected',
      code: 'invalid',
      fields: [{ field: 'value', message: 'x' }],
    });
    expect(classifyStatus(503)).toMatchObject({ kind: 'retry', code: 'server' });
    expect(classifyStatus(0)).toMatchObject({ kind: 'retry', code: 'network' });
    expect(classifyStatus(401).kind).toBe('paused');
  });

  it('backs off exponentially within [half, full] of the capped delay', () => {
    expect(backoffDelay(1, () => 0)).toBe(BACKOFF.baseMs / 2);
    expect(backoffDelay(3, () => 0.999_999)).toBeCloseTo(BACKOFF.baseMs * 4, -1);
    expect(backoffDelay(30, () => 0.999_999)).toBeLessThanOrEqual(BACKOFF.maxMs);
    expect(backoffDelay(30, () => 0)).toBe(BACKOFF.maxMs / 2);
  });

  it('honours Retry-After when it is longer than the backoff', () => {
    const next = applyOutcome(item('a'), { kind: 'retry', code: 'server', retryAfterSeconds: 120 }, 10_000, () => 0);
    expect(next).toMatchObject({ state: 'waiting', attempts: 1, nextAttemptAt: 130_000 });
  });

  it('a new entry for an untouched slot keeps its clientId; one that may have reached the server is replaced by a new id', () => {
    const fresh = item('fresh', { body: { ...item('x').body, value: '20' } });
    const untouched = planEnqueue([item('old')], fresh);
    expect(untouched).toEqual({ item: expect.objectContaining({ clientId: 'old', body: fresh.body }), remove: [] });
    const tried = planEnqueue([item('old', { attempts: 2, lastError: 'network' })], fresh);
    expect(tried).toEqual({ item: fresh, remove: ['old'] });
    expect(planEnqueue([item('old', { state: 'sending' })], fresh)).toBeNull();
    const otherQuarter = item('q2', { body: { ...item('x').body, quarter: 'Q2' } });
    expect(planEnqueue([otherQuarter], fresh)).toEqual({ item: fresh, remove: [] });
  });

  it('an entry left "sending" by a closed tab is waiting again at start', () => {
    expect(recoverInterrupted(item('a', { state: 'sending' })).state).toBe('waiting');
    expect(recoverInterrupted(item('a', { state: 'conflict' })).state).toBe('conflict');
  });
});

describe('Outbox', () => {
  it('retries a 5xx after the backoff and then marks the entry sent with the same clientId', async () => {
    const { outbox, calls, sent, clock } = outboxWith([ok(503)]);
    await outbox.enqueue(item('a'));
    await outbox.flush();
    expect(outbox.getSnapshot()[0]).toMatchObject({ state: 'waiting', attempts: 1, lastError: 'server' });
    await outbox.flush();
    expect(calls).toEqual(['realization a']); // still inside the backoff: not tried again
    clock.now += BACKOFF.maxMs;
    await outbox.flush();
    expect(calls).toEqual(['realization a', 'realization a']);
    expect(stateOf(outbox, 'a')).toBe('sent');
    expect(sent).toEqual(['a']);
    outbox.dispose();
  });

  it('keeps a 409 as a conflict the user must resolve, and resends it under a new clientId on request', async () => {
    const { outbox, calls } = outboxWith([ok(409)]);
    await outbox.enqueue(item('a'));
    await outbox.flush(true);
    expect(stateOf(outbox, 'a')).toBe('conflict');
    await outbox.flush(true);
    expect(calls).toEqual(['realization a']); // a conflict is never retried by itself
    await outbox.resendAsNew('a');
    await outbox.flush(true);
    expect(calls).toEqual(['realization a', 'realization new-id']);
    expect(stateOf(outbox, 'new-id')).toBe('sent');
    outbox.dispose();
  });

  it('treats 200 on an identical retry as sent', async () => {
    const { outbox, sent } = outboxWith([ok(200)]);
    await outbox.enqueue(item('a', { attempts: 1, lastError: 'network' }));
    await outbox.flush(true);
    expect(stateOf(outbox, 'a')).toBe('sent');
    expect(sent).toEqual(['a']);
    outbox.dispose();
  });

  it('keeps field messages of a 422 and does not retry it', async () => {
    const fields = [{ field: 'evidence.households.0.noKk', message: 'No KK harus 16 angka.' }];
    const { outbox, calls } = outboxWith([{ status: 422, fields, retryAfterSeconds: null }]);
    await outbox.enqueue(item('a'));
    await outbox.flush(true);
    await outbox.flush(true);
    expect(outbox.getSnapshot()[0]).toMatchObject({ state: 'rejected', fieldErrors: fields });
    expect(calls).toHaveLength(1);
    outbox.dispose();
  });

  it('stops at the first network failure instead of knocking for every entry', async () => {
    const { outbox, calls } = outboxWith([ok(0)]);
    await outbox.enqueue(item('a'));
    await outbox.enqueue(item('b', { body: { ...item('x').body, quarter: 'Q2' } }));
    await outbox.flush(true);
    expect(calls).toEqual(['realization a']);
    expect(outbox.getSnapshot().map((i) => i.state)).toEqual(['waiting', 'waiting']);
    outbox.dispose();
  });

  it('uploads photos after the realisasi and does not upload an accepted photo again after a failure', async () => {
    const photo = (clientId: string) => ({
      clientId,
      blob: new Blob(['x']),
      contentType: 'image/jpeg' as const,
      thumbnail: '',
      sent: false,
    });
    const { outbox, calls } = outboxWith([ok(201), ok(201), ok(500)]);
    await outbox.enqueue(item('a', { photos: [photo('p1'), photo('p2')] }));
    await outbox.flush(true);
    expect(stateOf(outbox, 'a')).toBe('waiting');
    await outbox.flush(true);
    expect(calls).toEqual(['realization a', 'photo a/p1', 'photo a/p2', 'realization a', 'photo a/p2']);
    expect(stateOf(outbox, 'a')).toBe('sent');
    outbox.dispose();
  });

  it('survives a reload: entries come back from the store, an interrupted send is waiting again', async () => {
    const { store } = outboxWith([]);
    await store.put(item('a', { state: 'sending' }));
    const { transport, calls } = scripted([]);
    const reloaded = new Outbox({ store, transport, userId: () => USER, now: () => 5_000 });
    await reloaded.load();
    expect(reloaded.getSnapshot().map((i) => [i.clientId, i.state])).toEqual([['a', 'waiting']]);
    await reloaded.flush();
    expect(calls).toEqual(['realization a']);
    reloaded.dispose();
  });

  it('sends only the signed-in user’s entries', async () => {
    const { outbox, calls } = outboxWith([]);
    await outbox.enqueue(item('mine'));
    await outbox.enqueue(item('theirs', { userId: 'user-2', body: { ...item('x').body, quarter: 'Q3' } }));
    await outbox.flush(true);
    expect(calls).toEqual(['realization mine']);
    expect(stateOf(outbox, 'theirs')).toBe('waiting');
    outbox.dispose();
  });
});
