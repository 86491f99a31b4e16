/**
 * Signing through the BSrE adapter against the fake BSrE process: success, the failures BSrE reports,
 * an unreachable or slow service — each ends in a clear message and no half-signed document.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { unscopedDb } from '../../src/db/system-db.ts';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { type SignerAccount, signerAccounts, suratTugasInput } from '../factories/signers.ts';
import { type FakeBsre, startFakeBsre } from '../support/fake-bsre/fake-bsre.ts';
import { type Harness, startHarness } from '../support/harness.ts';
import { pdfsig, validSignatureCount } from '../support/poppler.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

const PASSPHRASE = 'Rahasia#Bsre-2026';
const NIK = { ok: '3313012345670001', unregistered: '3313012345670002' };

let bsre: FakeBsre;
let h: Harness;
let dir: string;
let signer: SignerAccount;
let stranger: SignerAccount;

beforeAll(async () => {
  bsre = await startFakeBsre({ users: [{ nik: NIK.ok, passphrase: PASSPHRASE, status: 'ISSUE', name: 'Budi Santoso' }] });
  dir = mkdtempSync(join(tmpdir(), 'pamong-bsre-'));
  writeFileSync(join(dir, 'bsre-root.pem'), bsre.caCertificatePem);
  h = await startHarness({
    env: {
      SIGNING_PROVIDER: 'bsre',
      BSRE_URL: bsre.url,
      BSRE_USERNAME: bsre.username,
      BSRE_PASSWORD: bsre.password,
      BSRE_TIMEOUT_MS: '5000', // generous: a loaded CI machine must not turn a real answer into a timeout
      BSRE_TRUST_PEM: join(dir, 'bsre-root.pem'),
    },
  });
  [signer, stranger] = await signerAccounts(h, h.tenants.a, ['198503152010011002', '199001012015032001']);
  const scoped = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  await scoped.updateTable('employees').set({ nik: NIK.ok }).where('id', '=', signer!.employeeId).execute();
  await scoped.updateTable('employees').set({ nik: NIK.unregistered }).where('id', '=', stranger!.employeeId).execute();
});
afterAll(async () => {
  await h?.close();
  await bsre?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function newDocument(who: SignerAccount) {
  const res = await h.inject({ method: 'POST', url: '/api/documents', as: who.session, payload: suratTugasInput([who]) });
  return res.json() as { id: string; code: string };
}

function sign(id: string, who: SignerAccount, passphrase?: string) {
  return h.inject({
    method: 'POST',
    url: `/api/documents/${id}/sign`,
    as: who.session,
    payload: passphrase === undefined ? {} : { passphrase },
  });
}

async function expectUnsigned(id: string, who: SignerAccount) {
  const view = (await h.inject({ method: 'GET', url: `/api/documents/${id}`, as: who.session })).json();
  expect(view.status).toBe('signing');
  expect(view.signers.map((s: { status: string }) => s.status)).toEqual(['pending']);
}

describe('BSrE signing', () => {
  it('signs through BSrE: the document is final, pdfsig agrees and the page trusts the BSrE root', async () => {
    const doc = await newDocument(signer);
    const res = await sign(doc.id, signer, PASSPHRASE);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'final', signers: [{ status: 'signed', provider: 'bsre' }] });
    const list = await h.inject({ method: 'GET', url: '/api/documents', as: signer.session });
    expect(list.json().signingProvider).toBe('bsre');
    const pdf = (await h.inject({ method: 'GET', url: `/api/documents/${doc.id}/pdf`, as: signer.session })).rawPayload;
    expect(validSignatureCount(await pdfsig(pdf))).toBe(1);
    expect((await h.inject({ method: 'GET', url: `/api/public/verifikasi/${doc.code}` })).json().status).toBe('valid');
    const call = (await bsre.requests()).find((r) => r.path === '/api/sign/pdf');
    expect(call).toMatchObject({ authorized: true, passphraseGiven: true, fields: { nik: NIK.ok, tampilan: 'visible' } });
    expect(String(call?.fields.linkQR)).toContain(`/verifikasi/${doc.code}`);
  });

  it('maps a wrong passphrase, an unregistered NIK and a missing passphrase to 422 with nothing signed', async () => {
    const doc = await newDocument(signer);
    const wrong = await sign(doc.id, signer, 'salah');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields).toEqual([{ field: 'passphrase', message: 'Passphrase salah.' }]);
    expect((await sign(doc.id, signer)).json().error.fields[0].field).toBe('passphrase');
    await expectUnsigned(doc.id, signer);
    const other = await newDocument(stranger);
    const unregistered = await sign(other.id, stranger, PASSPHRASE);
    expect(unregistered.statusCode).toBe(422);
    expect(unregistered.json().error.message).toMatch(/NIK belum terdaftar di BSrE/);
    await expectUnsigned(other.id, stranger);
  });

  it('answers 503 when BSrE fails or is too slow, leaving the document unsigned', async () => {
    const doc = await newDocument(signer);
    await bsre.setBehaviour({ failWith500: true });
    const down = await sign(doc.id, signer, PASSPHRASE);
    expect(down.statusCode).toBe(503);
    expect(down.json().error.message).toMatch(/tidak tersedia/);
    await bsre.setBehaviour({ failWith500: false, delayMs: 8000 });
    const slow = await sign(doc.id, signer, PASSPHRASE);
    expect(slow.statusCode).toBe(503);
    expect(slow.json().error.message).toMatch(/tidak menjawab/);
    await bsre.setBehaviour({ delayMs: 0, successBody: 'truncated' });
    expect((await sign(doc.id, signer, PASSPHRASE)).statusCode).toBe(503);
    await bsre.setBehaviour({ successBody: 'signed' });
    await expectUnsigned(doc.id, signer);
  });

  it('never stores the passphrase anywhere in the database', async () => {
    const db = unscopedDb({ db: h.db });
    const audit = await db.selectFrom('audit_log').select('data').execute();
    const jobs = await db.selectFrom('jobs').select('payload').execute();
    const everything = JSON.stringify([audit, jobs]);
    expect(everything).not.toContain(PASSPHRASE);
    expect(everything).not.toContain('salah');
  });
});
