/**
 * Work queues over HTTP: the counters change as letters are registered, read and disposed, as drafts move through
 * paraf, and for a Plh delegate only during the delegation period; delegation refusals (403, 422, 404).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createSamplePdf } from '../../src/platform/signing/signing.test-support.ts';
import { newId } from '../../src/shared/ids.ts';
import {
  actingAssignment,
  letterMetadata,
  letterMultipart,
  type PositionAccount,
  positionAccount,
  unreadCopies,
} from '../factories/correspondence.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

type Counts = {
  toSign: number;
  toSignLetters: number;
  toSignDocuments: number;
  toVerify: number;
  incomingUnread: number;
  tembusanUnread: number;
  dispositionsToAct: number;
  overdue: number;
};

let h: Harness;
let pencatat: Session;
let kadis: PositionAccount;
let kabid: PositionAccount;
let staf: PositionAccount;
let delegate: PositionAccount;
let unitId: string;
let pdf: Buffer;

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  pencatat = await h.loginAs(a, 'pencatat');
  unitId = await h.unitId(a, 'DISKOMINFO');
  kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Wulan Kadis' });
  kabid = await positionAccount(h, a, { positionCode: 'KABID-WQ', name: 'Yoga Kabid' });
  staf = await positionAccount(h, a, { positionCode: 'STAF-WQ', name: 'Zahra Konseptor' });
  delegate = await positionAccount(h, a, { positionCode: 'SEKDIS-WQ', name: 'Xena Sekdis' });
  pdf = await createSamplePdf();
});
afterAll(async () => h?.close());

async function counts(as: Session): Promise<Counts> {
  const res = await h.inject({ method: 'GET', url: '/api/work-queues', as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Counts;
}

function post(as: Session, url: string, payload: object = {}) {
  return h.inject({ method: 'POST', url, as, payload });
}

async function register(): Promise<string> {
  const res = await h.inject({
    method: 'POST',
    url: '/api/letters/incoming',
    as: pencatat,
    ...letterMultipart(letterMetadata(unitId), pdf),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Today and a later day in the tenant's zone (Karanganyar: WIB). */
function day(offset: number): string {
  const at = new Date(h.platform.now().getTime() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(at);
}

function delegation(overrides: Record<string, unknown> = {}) {
  return {
    positionId: kadis.positionId,
    delegateEmployeeId: delegate.employeeId,
    startsOn: day(0),
    endsOn: day(6),
    reason: 'Cuti tahunan',
    ...overrides,
  };
}

describe('work-queue counters', () => {
  it('follow incoming letters: registered → unread, opened → read, disposed → to act, overdue, completed', async () => {
    const before = await counts(kadis.session);
    const letterId = await register();
    expect((await counts(kadis.session)).incomingUnread).toBe(before.incomingUnread + 1);
    // A tembusan row of the same letter for the kabid's position counts as tembusan, not as incoming.
    const kabidBefore = await counts(kabid.session);
    const tenantA = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
    const letter = await tenantA.selectFrom('letters').select('received_on').where('id', '=', letterId).executeTakeFirstOrThrow();
    await tenantA
      .insertInto('letter_recipients', {
        id: newId(),
        letter_id: letterId,
        position_id: kabid.positionId,
        role: 'tembusan',
        received_on: letter.received_on,
        read_at: null,
        read_by_employee_id: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const copied = await counts(kabid.session);
    expect(copied.tembusanUnread).toBe(kabidBefore.tembusanUnread + 1);
    expect(copied.incomingUnread).toBe(kabidBefore.incomingUnread);

    expect((await h.inject({ method: 'GET', url: `/api/letters/${letterId}`, as: kadis.session })).statusCode).toBe(200);
    expect((await counts(kadis.session)).incomingUnread).toBe(before.incomingUnread);
    expect((await h.inject({ method: 'GET', url: `/api/letters/${letterId}`, as: kabid.session })).statusCode).toBe(200);
    expect((await counts(kabid.session)).tembusanUnread).toBe(kabidBefore.tembusanUnread);

    const made = await post(kadis.session, `/api/letters/${letterId}/dispositions`, {
      to: [{ positionId: kabid.positionId }],
      deadline: day(3),
    });
    expect(made.statusCode, made.body).toBe(201);
    const [dispositionId] = made.json().ids as [string];
    const toAct = await counts(kabid.session);
    expect(toAct.dispositionsToAct).toBe(kabidBefore.dispositionsToAct + 1);
    expect(toAct.overdue).toBe(kabidBefore.overdue);

    // The deadline passes (moved into the past here): the open disposition becomes overdue.
    await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .updateTable('dispositions')
      .set({ deadline: day(-2) })
      .where('id', '=', dispositionId)
      .execute();
    expect((await counts(kabid.session)).overdue).toBe(kabidBefore.overdue + 1);

    const opened = await post(kabid.session, `/api/dispositions/${dispositionId}/open`);
    expect(opened.json().status).toBe('dibaca');
    expect((await counts(kabid.session)).dispositionsToAct).toBe(kabidBefore.dispositionsToAct + 1);
    const done = await h.inject({
      method: 'POST',
      url: `/api/dispositions/${dispositionId}/complete`,
      as: kabid.session,
      ...letterMultipart({ version: opened.json().version, note: 'Sudah dihadiri.' }, undefined),
    });
    expect(done.statusCode, done.body).toBe(200);
    const after = await counts(kabid.session);
    expect(after.dispositionsToAct).toBe(kabidBefore.dispositionsToAct);
    expect(after.overdue).toBe(kabidBefore.overdue);
  });

  it('follow outgoing drafts: the due paraf is to verify, the approved draft is to sign, with both queue lists', async () => {
    const kabidBefore = await counts(kabid.session);
    const kadisBefore = await counts(kadis.session);
    const created = await post(staf.session, '/api/letters/outgoing', {
      typeCode: 'SD',
      kka: '000.1.5',
      security: 'biasa',
      urgency: 'biasa',
      signerPositionId: kadis.positionId,
      parafChain: [kabid.positionId],
      addressees: { positions: [{ positionId: delegate.positionId, role: 'kepada' }] },
      content: { title: 'SURAT DINAS', hal: 'Antrean kerja', place: 'Karanganyar', body: [{ kind: 'paragraph', text: 'Uji.' }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const draftId = created.json().id as string;
    expect((await counts(kabid.session)).toVerify).toBe(kabidBefore.toVerify);
    expect((await post(staf.session, `/api/letters/outgoing/${draftId}/submit`)).statusCode).toBe(200);
    expect((await counts(kabid.session)).toVerify).toBe(kabidBefore.toVerify + 1);

    const verifyQueue = await h.inject({ method: 'GET', url: '/api/letters/outgoing/queue?kind=verify', as: kabid.session });
    const item = verifyQueue.json().items.find((i: { draftId: string }) => i.draftId === draftId);
    expect(item).toMatchObject({ hal: 'Antrean kerja', status: 'dalam_persetujuan' });
    const approved = await post(kabid.session, `/api/approval-steps/${item.stepId}/approve`, { version: 1 });
    expect(approved.json().status).toBe('siap_tte');

    expect((await counts(kabid.session)).toVerify).toBe(kabidBefore.toVerify);
    const toSign = await counts(kadis.session);
    expect(toSign.toSignLetters).toBe(kadisBefore.toSignLetters + 1);
    expect(toSign.toSign).toBe(toSign.toSignLetters + toSign.toSignDocuments);
    const signQueue = await h.inject({ method: 'GET', url: '/api/letters/outgoing/queue?kind=sign', as: kadis.session });
    expect(signQueue.json().items.map((i: { draftId: string }) => i.draftId)).toContain(draftId);
    const notMine = await h.inject({ method: 'GET', url: '/api/letters/outgoing/queue?kind=sign', as: kabid.session });
    expect(notMine.json().items.map((i: { draftId: string }) => i.draftId)).not.toContain(draftId);
    const bad = await h.inject({ method: 'GET', url: '/api/letters/outgoing/queue?kind=semua', as: kadis.session });
    expect(bad.statusCode).toBe(400);
  });
});

describe('absence delegation (Plh)', () => {
  it('gives the delegate the position queues during the period and takes them away when it ends', async () => {
    const alone = await counts(delegate.session);
    const letterId = await register();
    expect((await counts(delegate.session)).incomingUnread).toBe(alone.incomingUnread);
    expect((await h.inject({ method: 'GET', url: `/api/letters/${letterId}`, as: delegate.session })).statusCode).toBe(404);

    // A delegation starting tomorrow gives nothing yet.
    const later = await post(kadis.session, '/api/org/delegations', delegation({ startsOn: day(1), endsOn: day(2) }));
    expect(later.statusCode, later.body).toBe(201);
    expect(later.json()).toMatchObject({ active: false, delegateName: 'Xena Sekdis' });
    expect((await counts(delegate.session)).incomingUnread).toBe(alone.incomingUnread);

    const made = await post(kadis.session, '/api/org/delegations', delegation());
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ active: true, positionId: kadis.positionId, endsOn: day(6) });
    const head = await counts(kadis.session);
    const during = await counts(delegate.session);
    expect(during.incomingUnread).toBe(alone.incomingUnread + head.incomingUnread);
    expect(during.toSignLetters).toBe(alone.toSignLetters + head.toSignLetters);
    expect((await h.inject({ method: 'GET', url: `/api/letters/${letterId}`, as: delegate.session })).statusCode).toBe(200);

    const listed = await h.inject({
      method: 'GET',
      url: `/api/org/delegations?positionId=${kadis.positionId}`,
      as: kadis.session,
    });
    expect(listed.json().items.map((d: { id: string }) => d.id)).toEqual(
      expect.arrayContaining([made.json().id, later.json().id]),
    );
    const mine = await h.inject({ method: 'GET', url: '/api/org/delegations', as: kadis.session });
    expect(mine.json().myPositions.map((p: { id: string }) => p.id)).toContain(kadis.positionId);

    const ended = await h.inject({ method: 'DELETE', url: `/api/org/delegations/${made.json().id}`, as: kadis.session });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ active: false, endsOn: day(-1) });
    const afterwards = await counts(delegate.session);
    expect(afterwards.incomingUnread).toBe(alone.incomingUnread);
    expect(afterwards.toSignLetters).toBe(alone.toSignLetters);
    expect((await h.inject({ method: 'GET', url: `/api/letters/${letterId}`, as: delegate.session })).statusCode).toBe(404);
    const again = await h.inject({ method: 'DELETE', url: `/api/org/delegations/${made.json().id}`, as: kadis.session });
    expect(again.statusCode).toBe(422);

    const audit = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', made.json().id)
      .execute();
    expect(audit.map((r) => r.action).sort()).toEqual(['organization.delegation.created', 'organization.delegation.ended']);
  });

  it('refuses a non-holder (403), more than 90 days (422) and a delegate of another regency (404)', async () => {
    const stranger = await post(kabid.session, '/api/org/delegations', delegation());
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().error.message).toMatch(/definitif/);

    const tooLong = await h.inject({
      method: 'POST',
      url: '/api/org/delegations',
      as: kadis.session,
      payload: delegation({ endsOn: day(90) }),
      headers: { 'accept-language': 'en' },
    });
    expect(tooLong.statusCode).toBe(422);
    expect(JSON.stringify(tooLong.json().error)).toMatch(/at most 90 days/);
    expect((await post(kadis.session, '/api/org/delegations', delegation({ endsOn: day(89) }))).statusCode).toBe(201);
    const backwards = await post(kadis.session, '/api/org/delegations', delegation({ startsOn: day(3), endsOn: day(2) }));
    expect(backwards.statusCode).toBe(422);
    expect(JSON.stringify(backwards.json().error)).toMatch(/sebelum tanggal mulai/);
    const self = await post(kadis.session, '/api/org/delegations', delegation({ delegateEmployeeId: kadis.employeeId }));
    expect(self.statusCode).toBe(422);

    const employeeOfB = await tenantDb({ db: h.db, tenantId: h.tenants.b.id })
      .selectFrom('employees')
      .select('id')
      .executeTakeFirstOrThrow();
    const foreign = await post(kadis.session, '/api/org/delegations', delegation({ delegateEmployeeId: employeeOfB.id }));
    expect(foreign.statusCode).toBe(404);
    const adminB = await h.loginAs(h.tenants.b, 'admin');
    const crossTenant = await post(adminB, '/api/org/delegations', delegation({ delegateEmployeeId: employeeOfB.id }));
    expect(crossTenant.statusCode).toBe(404);
  });
});

describe('counter caps', () => {
  const addUnread = (letterIds: string[], positionId: string, role: 'kepada' | 'tembusan') =>
    unreadCopies(h, h.tenants.a, letterIds, positionId, role);

  it('count each queue exactly below 100 and as 100 ("99+") from 100 on, a letter to two held positions once', async () => {
    await register();
    const reader = await positionAccount(h, h.tenants.a, { positionCode: 'STAF-CAP', name: 'Intan Cap' });
    const acting = await positionAccount(h, h.tenants.a, { positionCode: 'KASI-CAP', name: 'Joko Cap' });
    await actingAssignment(h, h.tenants.a, reader.employeeId, acting.positionId);
    const letters = Array.from({ length: 99 }, () => newId());
    // 60 letters to my own position, 39 others and 20 of the 60 again to the position I act for: 99 letters.
    await addUnread(letters.slice(0, 60), reader.positionId, 'kepada');
    await addUnread([...letters.slice(60), ...letters.slice(0, 20)], acting.positionId, 'kepada');
    expect(await counts(reader.session)).toMatchObject({ incomingUnread: 99, tembusanUnread: 0 });
    await addUnread([newId()], acting.positionId, 'kepada');
    expect(await counts(reader.session)).toMatchObject({ incomingUnread: 100, tembusanUnread: 0 });
    await addUnread([newId(), newId()], reader.positionId, 'kepada');
    expect((await counts(reader.session)).incomingUnread).toBe(100);
    await addUnread(
      Array.from({ length: 101 }, () => newId()),
      acting.positionId,
      'tembusan',
    );
    // The position I act for alone (its holder's own view): 101 tembusan and 60 letters to it, capped at 100.
    expect(await counts(acting.session)).toMatchObject({ incomingUnread: 60, tembusanUnread: 100 });
  });
});
