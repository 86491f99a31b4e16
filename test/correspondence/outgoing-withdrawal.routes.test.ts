/**
 * Taking an outgoing letter back before the signature, over HTTP: the signer returns it to the drafter (its reserved
 * number is voided and the resubmitted chain reserves a new one), and the drafter cancels it in every state before
 * the signature (pending steps closed, number voided with the reason, gone from the paraf and signature queues).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { type PositionAccount, positionAccount } from '../factories/correspondence.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let h: Harness;
let staf: PositionAccount;
let kabid: PositionAccount;
let kadis: PositionAccount;
let kabag: PositionAccount;
let outsider: PositionAccount;

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  staf = await positionAccount(h, a, { positionCode: 'PRANATA-TIK', name: 'Dewi Konseptor' });
  kabid = await positionAccount(h, a, { positionCode: 'KABID-APTIKA', name: 'Bayu Kabid' });
  // An acting holder (Plh) of the signer position returns the letter like the definitif holder would.
  kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Eka Plh Kadis', kind: 'plh' });
  kabag = await positionAccount(h, a, { positionCode: 'KABAG-ORG', name: 'Fajar Kabag' });
  outsider = await positionAccount(h, a, { positionCode: 'PRANATA-KOMINFO', name: 'Gita Luar Rantai' });
});
afterAll(async () => h?.close());

function post(as: Session, url: string, payload: object = {}, lang?: string) {
  return h.inject({ method: 'POST', url, as, payload, ...(lang ? { headers: { 'accept-language': lang } } : {}) });
}

interface DraftRead {
  status: string;
  number: string | null;
  steps: { id: string; round: number; role: string; positionId: string; status: string; note: string | null }[];
}

async function read(draftId: string, as = staf.session): Promise<DraftRead> {
  const res = await h.inject({ method: 'GET', url: `/api/letters/outgoing/${draftId}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as DraftRead;
}

/** A draft by the staff member with one paraf (the kabid) and the kadis as signer, in state draft. */
async function newDraft(parafChain: string[] = [kabid.positionId]): Promise<string> {
  const res = await post(staf.session, '/api/letters/outgoing', {
    typeCode: 'ND',
    kka: '000.1.5',
    security: 'biasa',
    urgency: 'biasa',
    signerPositionId: kadis.positionId,
    parafChain,
    addressees: { positions: [{ positionId: kabag.positionId, role: 'kepada' }] },
    content: {
      title: 'NOTA DINAS',
      hal: 'Rapat Koordinasi Satu Data',
      place: 'Karanganyar',
      body: [{ kind: 'paragraph', text: 'Mohon hadir pada rapat koordinasi.' }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function submit(draftId: string) {
  const res = await post(staf.session, `/api/letters/outgoing/${draftId}/submit`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { status: string; number: string | null };
}

/** The kabid gives the (only) paraf on the current version; answers the reserved number. */
async function paraf(draftId: string, version = 1): Promise<string> {
  const view = await read(draftId);
  const round = Math.max(...view.steps.map((s) => s.round));
  const step = view.steps.find((s) => s.round === round && s.role === 'paraf' && s.status === 'pending');
  const res = await post(kabid.session, `/api/approval-steps/${step?.id}/approve`, { version });
  expect(res.json().status, res.body).toBe('siap_tte');
  return res.json().number as string;
}

function numberRow(formatted: string) {
  return tenantDb({ db: h.db, tenantId: h.tenants.a.id })
    .selectFrom('numbers')
    .select(['state', 'reason', 'reference_id'])
    .where('formatted', '=', formatted)
    .executeTakeFirstOrThrow();
}

async function queue(kind: 'verify' | 'sign', as: Session): Promise<string[]> {
  const res = await h.inject({ method: 'GET', url: `/api/letters/outgoing/queue?kind=${kind}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { draftId: string }[]).map((i) => i.draftId);
}

async function notificationTitles(as: Session): Promise<string[]> {
  const res = await h.inject({ method: 'GET', url: '/api/notifications', as });
  return (res.json().items as { title: string }[]).map((n) => n.title);
}

describe('the signer returns a letter to its drafter', () => {
  it('voids the reserved number, records the note and tells the drafter; the resubmitted chain reserves a new number', async () => {
    const draftId = await newDraft();
    await submit(draftId);
    const first = await paraf(draftId);
    expect((await numberRow(first)).state).toBe('reserved');

    expect((await post(outsider.session, `/api/letters/outgoing/${draftId}/return`, { note: 'x' })).statusCode).toBe(404);
    const notSigner = await post(kabid.session, `/api/letters/outgoing/${draftId}/return`, { note: 'Bukan saya' });
    expect(notSigner.statusCode).toBe(403);
    expect((await post(kadis.session, `/api/letters/outgoing/${draftId}/return`, { note: '   ' })).statusCode).toBe(400);
    expect((await numberRow(first)).state).toBe('reserved');

    const note = 'Lampirkan daftar hadir rapat sebelumnya.';
    const returned = await post(kadis.session, `/api/letters/outgoing/${draftId}/return`, { note });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'perlu_revisi', number: null });
    const voided = await numberRow(first);
    expect(voided.state).toBe('void');
    expect(voided.reason).toContain(note);
    expect(voided.reference_id).toBe(draftId);

    const view = await read(draftId);
    expect(view.steps.find((s) => s.round === 1 && s.role === 'penandatangan')).toMatchObject({ status: 'returned', note });
    expect(await queue('sign', kadis.session)).not.toContain(draftId);
    expect(await notificationTitles(staf.session)).toContain('Dikembalikan penandatangan: Rapat Koordinasi Satu Data');

    await submit(draftId);
    const second = await paraf(draftId);
    expect(second).not.toBe(first);
    expect((await numberRow(second)).state).toBe('reserved');
    expect((await numberRow(first)).state).toBe('void');
    const signed = await post(kadis.session, `/api/letters/outgoing/${draftId}/sign`);
    expect(signed.statusCode, signed.body).toBe(200);
    expect((await numberRow(second)).state).toBe('used');
  });

  it('refuses a return while the letter is not waiting for the signature (409, Indonesian and English)', async () => {
    const draftId = await newDraft();
    await submit(draftId);
    const early = await post(kadis.session, `/api/letters/outgoing/${draftId}/return`, { note: 'Terlalu dini' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/tidak sedang menunggu tanda tangan/);
    const en = await post(kadis.session, `/api/letters/outgoing/${draftId}/return`, { note: 'Too early' }, 'en');
    expect(en.json().error.message).toMatch(/not waiting for the signature/);
    expect((await read(draftId)).status).toBe('dalam_persetujuan');
  });
});

describe('the drafter cancels a letter', () => {
  async function cancel(draftId: string, reason = 'Kegiatan ditunda sampai tahun depan.', as = staf.session) {
    return post(as, `/api/letters/outgoing/${draftId}/cancel`, { reason });
  }

  it('cancels a draft never submitted', async () => {
    const draftId = await newDraft();
    const res = await cancel(draftId);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('dibatalkan');
    expect((await read(draftId)).status).toBe('dibatalkan');
    const again = await cancel(draftId);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/sudah dibatalkan/);
    expect((await post(staf.session, `/api/letters/outgoing/${draftId}/submit`)).statusCode).toBe(409);
  });

  it('cancels a letter under approval: its steps close, it leaves the verify queue and the verifier is told', async () => {
    const draftId = await newDraft();
    await submit(draftId);
    expect(await queue('verify', kabid.session)).toContain(draftId);
    expect((await cancel(draftId, 'Bukan saya', kabid.session)).statusCode).toBe(403);
    expect((await cancel(draftId, 'Bukan saya', outsider.session)).statusCode).toBe(404);
    expect((await post(staf.session, `/api/letters/outgoing/${draftId}/cancel`, { reason: '' })).statusCode).toBe(400);

    expect((await cancel(draftId)).json().status).toBe('dibatalkan');
    const view = await read(draftId);
    expect(view.steps.map((s) => s.status)).toEqual(['cancelled', 'cancelled']);
    expect(await queue('verify', kabid.session)).not.toContain(draftId);
    expect(await notificationTitles(kabid.session)).toContain('Konsep dibatalkan: Rapat Koordinasi Satu Data');
    const step = view.steps.find((s) => s.role === 'paraf');
    expect((await post(kabid.session, `/api/approval-steps/${step?.id}/approve`, { version: 1 })).statusCode).toBe(409);
  });

  it('cancels a letter returned for revision', async () => {
    const draftId = await newDraft();
    await submit(draftId);
    const step = (await read(draftId)).steps.find((s) => s.role === 'paraf');
    await post(kabid.session, `/api/approval-steps/${step?.id}/return`, { note: 'Perbaiki hal.' });
    expect((await read(draftId)).status).toBe('perlu_revisi');
    expect((await cancel(draftId)).json().status).toBe('dibatalkan');
    expect((await read(draftId)).steps.filter((s) => s.status === 'pending')).toEqual([]);
  });

  it('cancels a letter waiting for the signature: the number is voided with the reason and it leaves the sign queue', async () => {
    const draftId = await newDraft();
    await submit(draftId);
    const number = await paraf(draftId);
    expect(await queue('sign', kadis.session)).toContain(draftId);
    const reason = 'Rapat dibatalkan oleh pimpinan.';
    const res = await cancel(draftId, reason);
    expect(res.json()).toMatchObject({ status: 'dibatalkan', number: null });
    const voided = await numberRow(number);
    expect(voided.state).toBe('void');
    expect(voided.reason).toContain(reason);
    expect(await queue('sign', kadis.session)).not.toContain(draftId);
    const counts = (await h.inject({ method: 'GET', url: '/api/work-queues', as: kadis.session })).json();
    expect(counts.toSignLetters).toBe((await queue('sign', kadis.session)).length);
    expect((await post(kadis.session, `/api/letters/outgoing/${draftId}/sign`)).statusCode).toBe(409);
    expect((await post(kadis.session, `/api/letters/outgoing/${draftId}/return`, { note: 'x' })).statusCode).toBe(409);
  });

  it('refuses to cancel a signed letter (409, Indonesian and English) and keeps its number used', async () => {
    const draftId = await newDraft([]);
    const number = (await submit(draftId)).number as string;
    expect((await post(kadis.session, `/api/letters/outgoing/${draftId}/sign`)).statusCode).toBe(200);
    const refused = await cancel(draftId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/sudah ditandatangani/);
    const en = await post(staf.session, `/api/letters/outgoing/${draftId}/cancel`, { reason: 'Too late' }, 'en');
    expect(en.json().error.message).toMatch(/already been signed/);
    expect((await numberRow(number)).state).toBe('used');
    expect((await read(draftId)).status).toBe('terkirim');
  });
});

describe('a signature attempt that failed before the return', () => {
  it('withdraws the prepared document, which was never signable from the documents page, so the voided number is never signed', async () => {
    const admin = await h.loginAs(h.tenants.a, 'admin');
    const issued = await h.inject({ method: 'POST', url: `/api/signing/employees/${kadis.employeeId}/certificate`, as: admin });
    expect([201, 409], issued.body).toContain(issued.statusCode); // 409: the kadis already signed in an earlier test
    const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
    await db
      .updateTable('signer_certificates')
      .set({ not_after: '2026-01-01T00:00:00.000Z' })
      .where('employee_id', '=', kadis.employeeId)
      .execute();
    const draftId = await newDraft();
    await submit(draftId);
    await paraf(draftId);
    const failed = await post(kadis.session, `/api/letters/outgoing/${draftId}/sign`);
    expect(failed.statusCode, failed.body).toBe(422);
    const prepared = await db
      .selectFrom('letter_drafts')
      .select('document_id')
      .where('id', '=', draftId)
      .executeTakeFirstOrThrow();
    expect(prepared.document_id).not.toBeNull();
    const counts = async () => (await h.inject({ method: 'GET', url: '/api/work-queues', as: kadis.session })).json();
    // The prepared document is counted once, as the letter waiting for the signature, and is signed only from there.
    expect(await counts()).toMatchObject({ toSign: 1, toSignLetters: 1, toSignDocuments: 0 });
    const direct = await post(kadis.session, `/api/documents/${prepared.document_id}/sign`);
    expect(direct.statusCode, direct.body).toBe(409);
    expect(direct.json().error.message).toMatch(/halaman konsep/);

    const returned = await post(kadis.session, `/api/letters/outgoing/${draftId}/return`, {
      note: 'Sertifikat saya sedang diperbarui.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const document = await db
      .selectFrom('official_documents')
      .select('status')
      .where('id', '=', prepared.document_id as string)
      .executeTakeFirstOrThrow();
    expect(document.status).toBe('withdrawn');
    expect(await counts()).toMatchObject({ toSignDocuments: 0, toSignLetters: 0 });
    const renewed = await h.inject({ method: 'POST', url: `/api/signing/employees/${kadis.employeeId}/certificate`, as: admin });
    expect(renewed.statusCode, renewed.body).toBe(201);
    const late = await post(kadis.session, `/api/documents/${prepared.document_id}/sign`);
    expect(late.statusCode, late.body).toBe(409);
  });
});
