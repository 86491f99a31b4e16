/**
 * Outgoing letters (naskah keluar / nota dinas) over HTTP: draft → paraf chain suggested from the hierarchy →
 * approvals bound to versions → number reserved, then final at signing → delivery to an internal inbox, to another
 * regency's incoming queue and by e-mail with the signed PDF to a real SMTP peer; returns, versions and their diff.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createWorker } from '../../src/platform/jobs/index.ts';
import { newId } from '../../src/shared/ids.ts';
import { type PositionAccount, positionAccount } from '../factories/correspondence.ts';
import { type Harness, type HarnessTenant, type Session, startHarness } from '../support/harness.ts';
import { pdftotext } from '../support/poppler.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let h: Harness;
let smtp: SmtpPeer;
let staf: PositionAccount;
let kasi: PositionAccount;
let kabid: PositionAccount;
let kadis: PositionAccount;
let kabag: PositionAccount;
let outsider: PositionAccount;
let sekdaB: PositionAccount;

async function addUnit(tenant: HarnessTenant, code: string, parentCode: string, kind: string) {
  const db = tenantDb({ db: h.db, tenantId: tenant.id });
  const parentId = await h.unitId(tenant, parentCode);
  await db
    .insertInto('units', {
      id: newId(),
      parent_id: parentId,
      code,
      name: code,
      kind,
      region_id: null,
      sort_order: 0,
      status: 'active',
    })
    .execute();
}

async function headOf(tenant: HarnessTenant, spec: Parameters<typeof positionAccount>[2]) {
  const account = await positionAccount(h, tenant, spec);
  await tenantDb({ db: h.db, tenantId: tenant.id })
    .updateTable('positions')
    .set({ is_head: 1 })
    .where('id', '=', account.positionId)
    .execute();
  return account;
}

beforeAll(async () => {
  smtp = await startSmtpPeer();
  h = await startHarness({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'Pamong Uji <pamong@uji.go.id>' } });
  const a = h.tenants.a;
  await addUnit(a, 'BID-APTIKA', 'DISKOMINFO', 'bidang');
  await addUnit(a, 'SEKSI-TIK', 'BID-APTIKA', 'seksi');
  kabid = await headOf(a, { positionCode: 'KABID-APTIKA', unitCode: 'BID-APTIKA', name: 'Bayu Kabid' });
  kasi = await headOf(a, { positionCode: 'KASI-TIK', unitCode: 'SEKSI-TIK', name: 'Citra Kasi' });
  staf = await positionAccount(h, a, { positionCode: 'PRANATA-TIK', unitCode: 'SEKSI-TIK', name: 'Dewi Konseptor' });
  // Acting holders (Plh) act for the position like the definitif holder would.
  kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Eka Plh Kadis', kind: 'plh' });
  kabag = await positionAccount(h, a, { positionCode: 'KABAG-ORG', name: 'Fajar Plh Kabag', kind: 'plh' });
  outsider = await positionAccount(h, a, { positionCode: 'PRANATA-KOMINFO', name: 'Gita Luar Rantai' });
  sekdaB = await positionAccount(h, h.tenants.b, { positionCode: 'SEKDA', name: 'Hadi Plh Sekda B', kind: 'plh' });
});
afterAll(async () => {
  await h?.close();
  await smtp?.stop();
});

function drain() {
  return createWorker({ db: h.db, jobs: h.app.jobs, workerId: 'test-outgoing' }).drain();
}

function post(as: Session, url: string, payload: object = {}) {
  return h.inject({ method: 'POST', url, as, payload });
}

function draftInput(overrides: Record<string, unknown> = {}) {
  return {
    typeCode: 'SD',
    kka: '000.1.5',
    security: 'biasa',
    urgency: 'segera',
    signerPositionId: kadis.positionId,
    addressees: { positions: [{ positionId: kabag.positionId, role: 'kepada' }] },
    content: {
      title: 'SURAT DINAS',
      hal: 'Permohonan Data Satu Data',
      place: 'Karanganyar',
      body: [
        { kind: 'paragraph', text: 'Dalam rangka penyusunan Satu Data Kabupaten, kami mohon data berikut.' },
        { kind: 'paragraph', text: 'Data dikirim paling lambat 10 Desember 2026.' },
      ],
    },
    ...overrides,
  };
}

async function createDraft(overrides: Record<string, unknown> = {}) {
  const res = await post(staf.session, '/api/letters/outgoing', draftInput(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string; version: number; parafChain: string[]; number: string | null };
}

async function stepsOf(draftId: string, as = staf.session) {
  const res = await h.inject({ method: 'GET', url: `/api/letters/outgoing/${draftId}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    status: string;
    version: number;
    steps: { id: string; round: number; positionId: string; status: string; role: string }[];
  };
}

async function pendingStep(draftId: string, positionId: string) {
  const view = await stepsOf(draftId);
  const round = Math.max(...view.steps.map((s) => s.round));
  return view.steps.find((s) => s.round === round && s.positionId === positionId) as { id: string };
}

function numberState(formatted: string) {
  return tenantDb({ db: h.db, tenantId: h.tenants.a.id })
    .selectFrom('numbers')
    .select('state')
    .where('formatted', '=', formatted)
    .executeTakeFirstOrThrow();
}

describe('the outgoing-letter journey', () => {
  it('staff drafts → two paraf → the head signs → number final → delivered in the regency and to tenant b', async () => {
    const draft = await createDraft({
      addressees: {
        positions: [{ positionId: kabag.positionId, role: 'kepada' }],
        regencies: [{ tenant: h.tenants.b.code, role: 'kepada' }],
      },
    });
    // The chain is suggested from the hierarchy: the seksi head, then the bidang head, up to the signer's unit.
    expect(draft.parafChain).toEqual([kasi.positionId, kabid.positionId]);
    expect(draft.status).toBe('draft');

    const submitted = await post(staf.session, `/api/letters/outgoing/${draft.id}/submit`);
    expect(submitted.json().status).toBe('dalam_persetujuan');
    const first = await pendingStep(draft.id, kasi.positionId);
    const second = await pendingStep(draft.id, kabid.positionId);

    expect((await post(outsider.session, `/api/approval-steps/${first.id}/approve`, { version: 1 })).statusCode).toBe(403);
    expect((await post(kabid.session, `/api/approval-steps/${second.id}/approve`, { version: 1 })).statusCode).toBe(409);
    const early = await post(kadis.session, `/api/letters/outgoing/${draft.id}/sign`);
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().error.message).toMatch(/paraf/);

    expect((await post(kasi.session, `/api/approval-steps/${first.id}/approve`, { version: 1 })).json().status).toBe(
      'dalam_persetujuan',
    );
    const approved = await post(kabid.session, `/api/approval-steps/${second.id}/approve`, { version: 1 });
    expect(approved.statusCode, approved.body).toBe(200);
    const number = approved.json().number as string;
    expect(approved.json().status).toBe('siap_tte');
    expect(number).toMatch(/^000\.1\.5\/\d+\/SEKSI-TIK\/\d{4}$/);
    expect((await numberState(number)).state).toBe('reserved');

    expect((await post(outsider.session, `/api/letters/outgoing/${draft.id}/sign`)).statusCode).toBe(404);
    const signed = await post(kadis.session, `/api/letters/outgoing/${draft.id}/sign`);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().status).toBe('terkirim');
    expect((await numberState(number)).state).toBe('used');

    const view = (await h.inject({ method: 'GET', url: `/api/letters/outgoing/${draft.id}`, as: staf.session })).json();
    const inbox = (await h.inject({ method: 'GET', url: '/api/letters/inbox', as: kabag.session })).json();
    expect(inbox.items.find((i: { id: string }) => i.id === view.letterId)).toMatchObject({ role: 'kepada', unread: true });
    const scan = await h.inject({ method: 'GET', url: `/api/letters/${view.letterId}/scan`, as: kabag.session });
    expect(scan.statusCode).toBe(200);
    expect(await pdftotext(scan.rawPayload)).toContain(number);

    await drain();
    const inboxB = (await h.inject({ method: 'GET', url: '/api/letters/inbox', as: sekdaB.session })).json();
    const arrived = inboxB.items.find((i: { hal: string }) => i.hal === 'Permohonan Data Satu Data');
    expect(arrived, JSON.stringify(inboxB)).toBeDefined();
    expect(arrived.senderName).toMatch(/^Pemerintah /);
    const letterB = (await h.inject({ method: 'GET', url: `/api/letters/${arrived.id}`, as: sekdaB.session })).json();
    expect(letterB.theirNumber).toBe(number);
    const scanB = await h.inject({ method: 'GET', url: `/api/letters/${arrived.id}/scan`, as: sekdaB.session });
    expect(await pdftotext(scanB.rawPayload)).toContain(number);
  });

  it('a return with a note sends it back; the revision is a new version, the diff shows the change, old approvals are refused', async () => {
    const draft = await createDraft();
    await post(staf.session, `/api/letters/outgoing/${draft.id}/submit`);
    const first = await pendingStep(draft.id, kasi.positionId);
    expect((await post(kasi.session, `/api/approval-steps/${first.id}/return`, {})).statusCode).toBe(400);
    const returned = await post(kasi.session, `/api/approval-steps/${first.id}/return`, {
      note: 'Tambahkan tenggat yang jelas.',
    });
    expect(returned.json().status).toBe('perlu_revisi');
    expect((await post(kasi.session, `/api/approval-steps/${first.id}/approve`, { version: 1 })).statusCode).toBe(409);

    const revised = draftInput();
    revised.content.body[1] = { kind: 'paragraph', text: 'Data dikirim paling lambat 5 Desember 2026 pukul 12.00 WIB.' };
    const put = await h.inject({
      method: 'PUT',
      url: `/api/letters/outgoing/${draft.id}`,
      as: staf.session,
      payload: { ...revised, version: 1 },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().version).toBe(2);

    const diff = (
      await h.inject({ method: 'GET', url: `/api/letters/outgoing/${draft.id}/versions/1/diff/2`, as: kasi.session })
    ).json();
    expect(diff.lines.filter((l: { op: string }) => l.op === 'removed').map((l: { text: string }) => l.text)).toEqual([
      'content.body[2].text: Data dikirim paling lambat 10 Desember 2026.',
    ]);
    expect(diff.lines.filter((l: { op: string }) => l.op === 'added').map((l: { text: string }) => l.text)).toEqual([
      'content.body[2].text: Data dikirim paling lambat 5 Desember 2026 pukul 12.00 WIB.',
    ]);

    await post(staf.session, `/api/letters/outgoing/${draft.id}/submit`);
    const again = await pendingStep(draft.id, kasi.positionId);
    expect(again.id).not.toBe(first.id);
    const stale = await post(kasi.session, `/api/approval-steps/${again.id}/approve`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/versi lama/);
    expect((await post(kasi.session, `/api/approval-steps/${again.id}/approve`, { version: 2 })).json().status).toBe(
      'dalam_persetujuan',
    );
  });

  it('e-mails the signed PDF to an external contact after the jobs run', async () => {
    await drain();
    smtp.messages.length = 0;
    const draft = await createDraft({
      parafChain: [],
      addressees: {
        external: [{ name: 'Ketua Forum Data', organisation: 'Forum Data Jawa Tengah', email: 'forum@data.uji.id' }],
      },
    });
    const submitted = await post(staf.session, `/api/letters/outgoing/${draft.id}/submit`);
    expect(submitted.json()).toMatchObject({ status: 'siap_tte' });
    const number = submitted.json().number as string;
    expect((await post(kadis.session, `/api/letters/outgoing/${draft.id}/sign`)).statusCode).toBe(200);
    await drain();
    // The SMTP peer acknowledges a message only after parsing it, so what the job sent is here once drained.
    const recipientsOf = (m: (typeof smtp.messages)[number]) => (m.to && 'text' in m.to ? m.to.text : '');
    const mail = smtp.messages.find((m) => recipientsOf(m).includes('forum@data.uji.id'));
    expect(mail, smtp.messages.map(recipientsOf).join(', ')).toBeDefined();
    const pdf = mail?.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf).toBeDefined();
    expect(await pdftotext(pdf?.content as Buffer)).toContain(number);
  });

  it('keeps the number reserved when signing fails, and a retry signs the same document', async () => {
    const draft = await createDraft({ parafChain: [] });
    const number = (await post(staf.session, `/api/letters/outgoing/${draft.id}/submit`)).json().number as string;
    const admin = await h.loginAs(h.tenants.a, 'admin');
    // The signer's certificate is issued, then revoked: the signature is refused (422).
    await post(admin, `/api/signing/employees/${kadis.employeeId}/certificate`);
    const certs = (await h.inject({ method: 'GET', url: '/api/signing/certificates', as: admin })).json();
    for (const c of certs.items.filter(
      (i: { employeeId: string; status: string }) => i.employeeId === kadis.employeeId && i.status !== 'revoked',
    ))
      await post(admin, `/api/signing/certificates/${c.id}/revoke`, { reason: 'uji gagal tanda tangan' });
    const refused = await post(kadis.session, `/api/letters/outgoing/${draft.id}/sign`);
    expect(refused.statusCode).toBe(422);
    expect((await stepsOf(draft.id)).status).toBe('siap_tte');
    expect((await numberState(number)).state).toBe('reserved');
    expect((await post(admin, `/api/signing/employees/${kadis.employeeId}/certificate`)).statusCode).toBe(201);
    expect((await post(kadis.session, `/api/letters/outgoing/${draft.id}/sign`)).statusCode).toBe(200);
    expect((await numberState(number)).state).toBe('used');
    const documents = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .selectFrom('official_documents')
      .select('id')
      .where('number', '=', number)
      .execute();
    expect(documents).toHaveLength(1);
  });

  it('refuses a rahasia letter with an external e-mail addressee, an unknown jenis and an unknown regency (422)', async () => {
    const secret = await post(
      staf.session,
      '/api/letters/outgoing',
      draftInput({ security: 'rahasia', addressees: { external: [{ name: 'Wartawan', email: 'redaksi@koran.uji.id' }] } }),
    );
    expect(secret.statusCode).toBe(422);
    expect(secret.json().error.fields).toContainEqual(expect.objectContaining({ field: 'addressees.external' }));
    const en = await h.inject({
      method: 'POST',
      url: '/api/letters/outgoing',
      as: staf.session,
      headers: { 'accept-language': 'en' },
      payload: draftInput({ typeCode: 'XYZ', addressees: { regencies: [{ tenant: '99.99', role: 'kepada' }] } }),
    });
    expect(en.statusCode).toBe(422);
    const fields = en.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['typeCode', 'addressees.regencies.0.tenant']));
    expect(en.json().error.fields).toContainEqual(
      expect.objectContaining({ field: 'typeCode', message: 'Unknown document type XYZ.' }),
    );
  });
});
