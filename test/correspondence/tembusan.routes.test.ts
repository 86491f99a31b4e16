/**
 * Tembusan (read-only copies) over HTTP: positions chosen at registration of an incoming letter receive it with the
 * tembusan role (inbox, "tembusan unread" queue) and cannot dispose it; positions of another tenant are refused; an
 * outgoing letter addressed to another regency as tembusan arrives there as tembusan, not as kepada.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createWorker } from '../../src/platform/jobs/index.ts';
import { createSamplePdf } from '../../src/platform/signing/signing.test-support.ts';
import { letterMetadata, letterMultipart, type PositionAccount, positionAccount } from '../factories/correspondence.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let h: Harness;
let pencatat: Session;
let kadis: PositionAccount;
let kabid: PositionAccount;
let kabag: PositionAccount;
let sekdaB: PositionAccount;
let unitId: string;
let pdf: Buffer;

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  pencatat = await h.loginAs(a, 'pencatat');
  unitId = await h.unitId(a, 'DISKOMINFO');
  kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Rudi Kadis' });
  kabid = await positionAccount(h, a, { positionCode: 'KABID-APTIKA', name: 'Bayu Aptika' });
  kabag = await positionAccount(h, a, { positionCode: 'KABAG-ORG', name: 'Fajar Kabag' });
  sekdaB = await positionAccount(h, h.tenants.b, { positionCode: 'SEKDA', name: 'Hadi Plh Sekda B', kind: 'plh' });
  pdf = await createSamplePdf();
});
afterAll(async () => h?.close());

function register(metadata: unknown, lang?: string) {
  const body = letterMultipart(metadata, pdf);
  const headers = lang ? { ...body.headers, 'accept-language': lang } : body.headers;
  return h.inject({ method: 'POST', url: '/api/letters/incoming', as: pencatat, payload: body.payload, headers });
}

async function inboxLine(as: Session, predicate: (item: { id: string; hal: string }) => boolean) {
  const inbox = (await h.inject({ method: 'GET', url: '/api/letters/inbox', as })).json();
  return (inbox.items as { id: string; hal: string; role: string; unread: boolean }[]).find(predicate);
}

async function counts(as: Session): Promise<{ incomingUnread: number; tembusanUnread: number }> {
  return (await h.inject({ method: 'GET', url: '/api/work-queues', as })).json();
}

function dispose(as: Session, letterId: string, positionId: string) {
  return h.inject({ method: 'POST', url: `/api/letters/${letterId}/dispositions`, as, payload: { to: [{ positionId }] } });
}

describe('tembusan at registration of an incoming letter', () => {
  it('copies the letter to the chosen positions: tembusan in their inbox and queue, not disposable', async () => {
    const before = await counts(kabid.session);
    const res = await register(letterMetadata(unitId, { tembusan: [kabid.positionId, kabag.positionId, kabid.positionId] }));
    expect(res.statusCode, res.body).toBe(201);
    const letterId = res.json().id as string;

    // Read by the registrar: opening the letter as a recipient would mark it read.
    const letter = (await h.inject({ method: 'GET', url: `/api/letters/${letterId}`, as: pencatat })).json();
    const roles = (letter.recipients as { positionId: string; role: string }[]).map((r) => `${r.role}:${r.positionId}`);
    expect(roles.sort()).toEqual(
      [`kepada:${kadis.positionId}`, `tembusan:${kabid.positionId}`, `tembusan:${kabag.positionId}`].sort(),
    );
    expect(await inboxLine(kabid.session, (i) => i.id === letterId)).toMatchObject({ role: 'tembusan', unread: true });
    expect(await inboxLine(kadis.session, (i) => i.id === letterId)).toMatchObject({ role: 'kepada' });
    const after = await counts(kabid.session);
    expect(after.tembusanUnread).toBe(before.tembusanUnread + 1);
    expect(after.incomingUnread).toBe(before.incomingUnread);

    const refused = await dispose(kabid.session, letterId, kabag.positionId);
    expect(refused.statusCode).toBe(403);
    expect((await dispose(kadis.session, letterId, kabag.positionId)).statusCode).toBe(201);
  });

  it('keeps the head as kepada only when it is also chosen as tembusan', async () => {
    const res = await register(letterMetadata(unitId, { tembusan: [kadis.positionId] }));
    expect(res.statusCode, res.body).toBe(201);
    const letter = (await h.inject({ method: 'GET', url: `/api/letters/${res.json().id}`, as: kadis.session })).json();
    expect(letter.recipients).toEqual([expect.objectContaining({ role: 'kepada', positionId: kadis.positionId })]);
  });

  it('refuses a position of another tenant (422 per field, Indonesian and English) and stores nothing', async () => {
    const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
    const before = (await db.selectFrom('letters').select('id').execute()).length;
    const tembusan = [kabid.positionId, sekdaB.positionId];
    const res = await register(letterMetadata(unitId, { tembusan }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([{ field: 'metadata.tembusan.1', message: 'Jabatan tujuan tidak ditemukan.' }]);
    const en = await register(letterMetadata(unitId, { tembusan }), 'en');
    expect(en.json().error.fields[0].message).toBe('The target position was not found.');
    expect((await db.selectFrom('letters').select('id').execute()).length).toBe(before);
    const tooMany = await register(letterMetadata(unitId, { tembusan: Array.from({ length: 31 }, () => kabid.positionId) }));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields[0].field).toBe('metadata.tembusan');
  });
});

describe('an outgoing letter to another regency as tembusan', () => {
  it('arrives there as tembusan of the receiving unit head, which cannot dispose it', async () => {
    const hal = 'Tembusan Laporan Satu Data Antardaerah';
    const made = await h.inject({
      method: 'POST',
      url: '/api/letters/outgoing',
      as: kabid.session,
      payload: {
        typeCode: 'SD',
        kka: '000.1.5',
        security: 'biasa',
        urgency: 'biasa',
        signerPositionId: kadis.positionId,
        parafChain: [],
        addressees: {
          positions: [{ positionId: kabag.positionId, role: 'kepada' }],
          regencies: [{ tenant: h.tenants.b.code, role: 'tembusan' }],
        },
        content: { title: 'SURAT DINAS', hal, place: 'Karanganyar', body: [{ kind: 'paragraph', text: 'Laporan terlampir.' }] },
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const draftId = made.json().id as string;
    await h.inject({ method: 'POST', url: `/api/letters/outgoing/${draftId}/submit`, as: kabid.session, payload: {} });
    const signed = await h.inject({
      method: 'POST',
      url: `/api/letters/outgoing/${draftId}/sign`,
      as: kadis.session,
      payload: {},
    });
    expect(signed.statusCode, signed.body).toBe(200);
    await createWorker({ db: h.db, jobs: h.app.jobs, workerId: 'test-tembusan' }).drain();

    const arrived = await inboxLine(sekdaB.session, (i) => i.hal === hal);
    expect(arrived, 'delivered to tenant b').toBeDefined();
    expect(arrived).toMatchObject({ role: 'tembusan', unread: true });
    expect((await counts(sekdaB.session)).tembusanUnread).toBeGreaterThanOrEqual(1);
    const letterB = (await h.inject({ method: 'GET', url: `/api/letters/${arrived?.id}`, as: sekdaB.session })).json();
    expect((letterB.recipients as { role: string }[]).map((r) => r.role)).toEqual(['tembusan']);
    const refused = await dispose(sekdaB.session, arrived?.id as string, sekdaB.positionId);
    expect(refused.statusCode).toBe(403);
  });
});
