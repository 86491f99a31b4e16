/**
 * The inbox's keyset copy (migration 2026-11-28T1840): every recipient row carries its letter's received_on (the
 * database refuses a wrong copy and follows a changed date), the inbox merges the positions a person holds newest
 * first without gaps or repeats, and the unread count is exact below 100 and "99+" (capped) from 100 on.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rawKysely } from '../../src/db/connection.ts';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createSamplePdf } from '../../src/platform/signing/signing.test-support.ts';
import { newId } from '../../src/shared/ids.ts';
import {
  actingAssignment,
  letterMetadata,
  letterMultipart,
  type PositionAccount,
  positionAccount,
} from '../factories/correspondence.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let h: Harness;
let pencatat: Session;
let kabid: PositionAccount;
let kabag: PositionAccount;
let unitId: string;
let pdf: Buffer;

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  pencatat = await h.loginAs(a, 'pencatat');
  unitId = await h.unitId(a, 'DISKOMINFO');
  kabid = await positionAccount(h, a, { positionCode: 'KABID-KEYSET', name: 'Intan Kabid' });
  kabag = await positionAccount(h, a, { positionCode: 'KABAG-KEYSET', name: 'Joko Kabag' });
  pdf = await createSamplePdf();
});
afterAll(async () => h?.close());

const db = () => tenantDb({ db: h.db, tenantId: h.tenants.a.id });

async function register(metadata: unknown): Promise<string> {
  const res = await h.inject({ method: 'POST', url: '/api/letters/incoming', as: pencatat, ...letterMultipart(metadata, pdf) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Recipient rows (of every tenant) whose copy differs from their letter's received_on, and all rows. */
async function copyFacts() {
  const r = await sql<{ rows: number | string; wrong: number | string }>`SELECT count(*) AS rows,
      sum(CASE WHEN r.received_on = l.received_on THEN 0 ELSE 1 END) AS wrong
    FROM letter_recipients r JOIN letters l ON l.tenant_id = r.tenant_id AND l.id = r.letter_id`.execute(rawKysely(h.db));
  return { rows: Number(r.rows[0]?.rows), wrong: Number(r.rows[0]?.wrong ?? 0) };
}

async function inboxPages(as: Session, limit: number, order: 'newest' | 'oldest' = 'newest') {
  const seen: { id: string; receivedOn: string }[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/letters/inbox?limit=${limit}&order=${order}${cursor ? `&cursor=${cursor}` : ''}`;
    const page = (await h.inject({ method: 'GET', url, as })).json();
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('letter_recipients.received_on', () => {
  it('equals the letter date on every row written by registration (kepada and tembusan)', async () => {
    await register(letterMetadata(unitId, { receivedDate: '2026-09-01', tembusan: [kabid.positionId] }));
    await register(letterMetadata(unitId, { receivedDate: '2026-09-05', tembusan: [kabid.positionId, kabag.positionId] }));
    const facts = await copyFacts();
    expect(facts.rows).toBeGreaterThanOrEqual(5);
    expect(facts.wrong).toBe(0);
  });

  it('is refused when it differs from the letter, and follows a change of the letter date', async () => {
    const letterId = await register(letterMetadata(unitId, { receivedDate: '2026-09-10' }));
    const wrong = db().insertInto('letter_recipients', {
      id: newId(),
      letter_id: letterId,
      position_id: kabag.positionId,
      role: 'tembusan',
      received_on: '2026-09-11',
      read_at: null,
      read_by_employee_id: null,
      created_at: new Date().toISOString(),
    });
    await expect(wrong.execute()).rejects.toThrow(/received_on/);
    await db().updateTable('letters').set({ received_on: '2026-09-09' }).where('id', '=', letterId).execute();
    const copies = await db().selectFrom('letter_recipients').select('received_on').where('letter_id', '=', letterId).execute();
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.every((c) => c.received_on === '2026-09-09')).toBe(true);
    expect((await copyFacts()).wrong).toBe(0);
  });
});

describe('inbox over several held positions', () => {
  it('merges the letters of both positions newest (or oldest) first, page by page, without gaps or repeats', async () => {
    const plt = await positionAccount(h, h.tenants.a, { positionCode: 'KASI-KEYSET', name: 'Lina Plt', kind: 'plt' });
    await actingAssignment(h, h.tenants.a, plt.employeeId, kabag.positionId);
    const dates = { own: ['2026-08-01', '2026-08-03', '2026-08-05'], acting: ['2026-08-02', '2026-08-04', '2026-08-04'] };
    for (const d of dates.own) await register(letterMetadata(unitId, { receivedDate: d, tembusan: [plt.positionId] }));
    for (const d of dates.acting) await register(letterMetadata(unitId, { receivedDate: d, tembusan: [kabag.positionId] }));
    const expected = await db()
      .selectFrom('letter_recipients')
      .select(['letter_id', 'received_on'])
      .where('position_id', 'in', [plt.positionId, kabag.positionId])
      .execute();
    expect(new Set(expected.map((e) => e.letter_id)).size).toBe(expected.length);
    const oldestFirst = expected.map((e) => `${e.received_on}|${e.letter_id}`).sort();
    for (const limit of [1, 2, 4]) {
      const keys = (await inboxPages(plt.session, limit)).map((s) => `${s.receivedOn}|${s.id}`);
      expect(keys).toEqual([...oldestFirst].reverse());
      const oldest = (await inboxPages(plt.session, limit, 'oldest')).map((s) => `${s.receivedOn}|${s.id}`);
      expect(oldest).toEqual(oldestFirst);
    }
    expect(expected.length).toBeGreaterThanOrEqual(dates.own.length + dates.acting.length);
  });
});

describe('inbox filters and order', () => {
  it('lists only kepada or only tembusan, only unread, or oldest first, page by page', async () => {
    const a = h.tenants.a;
    const kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Maya Kadis' });
    const setda = await h.unitId(a, 'SETDA');
    const first = await register(letterMetadata(unitId, { receivedDate: '2026-07-01', hal: 'Filter satu' }));
    const copy = await register(letterMetadata(setda, { receivedDate: '2026-07-02', tembusan: [kadis.positionId] }));
    const read = await register(letterMetadata(unitId, { receivedDate: '2026-07-03', hal: 'Filter tiga' }));
    await db()
      .updateTable('letter_recipients')
      .set({ read_at: '2026-07-03T03:00:00.000Z' })
      .where('letter_id', '=', read)
      .where('position_id', '=', kadis.positionId)
      .execute();
    const ids = async (filters: string, limit = 25) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/letters/inbox?limit=${limit}&${filters}${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await h.inject({ method: 'GET', url, as: kadis.session });
        expect(res.statusCode, res.body).toBe(200);
        seen.push(...(res.json().items as { id: string }[]).map((i) => i.id));
        cursor = res.json().nextCursor;
      } while (cursor);
      return seen.filter((id) => [first, copy, read].includes(id));
    };
    expect(await ids('role=kepada')).toEqual([read, first]);
    expect(await ids('role=tembusan')).toEqual([copy]);
    expect(await ids('unread=true')).toEqual([copy, first]);
    expect(await ids('order=oldest')).toEqual([first, copy, read]);
    expect(await ids('order=oldest', 1)).toEqual([first, copy, read]);
    expect(await ids('order=oldest&unread=true&role=kepada', 1)).toEqual([first]);

    const newest = (await h.inject({ method: 'GET', url: '/api/letters/inbox?limit=1', as: kadis.session })).json();
    const mixed = await h.inject({
      method: 'GET',
      url: `/api/letters/inbox?limit=1&order=oldest&cursor=${newest.nextCursor}`,
      as: kadis.session,
    });
    expect(mixed.statusCode, mixed.body).toBe(422);
    expect(JSON.stringify(mixed.json())).toContain('cursor');
    const bad = await h.inject({ method: 'GET', url: '/api/letters/inbox?role=semua', as: kadis.session });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('role');
  });
});
