/**
 * Official documents end to end over HTTP: create, sign in turn (two and three signers), download,
 * pdfsig agrees, the public verification page, tampering, revocation and the bad inputs of issue #3.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { multipartFile } from '../factories/multipart.ts';
import { type SignerAccount, signerAccounts, suratTugasInput } from '../factories/signers.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { pdfsig, pdftotext, validSignatureCount } from '../support/poppler.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let staf: Session;
let signers: SignerAccount[];

beforeAll(async () => {
  h = await startHarness();
  staf = await h.loginAs(h.tenants.a, 'staf');
  signers = await signerAccounts(h, h.tenants.a, ['198503152010011002', '199001012015032001', '196705121990031003']);
});
afterAll(async () => h?.close());

async function create(input: object, as = staf) {
  const res = await h.inject({ method: 'POST', url: '/api/documents', as, payload: input });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string };
}

function sign(id: string, who: SignerAccount, body: object = {}) {
  return h.inject({ method: 'POST', url: `/api/documents/${id}/sign`, as: who.session, payload: body });
}

async function pdfOf(id: string, as: Session): Promise<Buffer> {
  const res = await h.inject({ method: 'GET', url: `/api/documents/${id}/pdf`, as });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return res.rawPayload;
}

function verify(code: string) {
  return h.inject({ method: 'GET', url: `/api/public/verifikasi/${code}` });
}

function upload(pdf: Buffer, code?: string) {
  const body = multipartFile(pdf, { fileName: 'naskah.pdf', contentType: 'application/pdf' });
  return h.inject({ method: 'POST', url: `/api/public/verifikasi${code ? `?code=${code}` : ''}`, ...body });
}

/** Flips one byte in the middle of the first signed range (well before any signature's /Contents). */
function flipSignedByte(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = Math.floor(pdf.indexOf('/ByteRange') / 2);
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41;
  return copy;
}

describe('signing in turn', () => {
  it('two signers: pdfsig finds both signatures valid, ETSI.CAdES.detached, and the page says valid', async () => {
    const doc = await create(suratTugasInput(signers.slice(0, 2)));
    expect((await sign(doc.id, signers[1]!)).json().error.code).toBe('forbidden');
    const first = await sign(doc.id, signers[0]!);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().status).toBe('signing');
    const second = await sign(doc.id, signers[1]!);
    expect(second.json().status).toBe('final');
    const pdf = await pdfOf(doc.id, staf);
    const report = await pdfsig(pdf);
    expect(validSignatureCount(report)).toBe(2);
    expect(report.match(/ETSI\.CAdES\.detached/g)?.length).toBe(2);
    const page = await verify(doc.code);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ status: 'valid', restricted: false, document: { number: '800.1.11.1/017/2026' } });
    expect(page.json().signers.map((s: { name: string }) => s.name)).toEqual(['Budi Santoso', 'Siti Aminah']);
    const text = await pdftotext(pdf);
    expect(text).toContain('SURAT TUGAS');
    expect(text).toContain('Ditandatangani secara elektronik');
  });

  it('three signers: all three signatures stay valid, the third does not break the first', async () => {
    const doc = await create(suratTugasInput(signers));
    for (const who of signers) expect((await sign(doc.id, who)).statusCode).toBe(200);
    const report = await pdfsig(await pdfOf(doc.id, signers[0]!.session));
    expect(validSignatureCount(report)).toBe(3);
    expect((await verify(doc.code)).json().status).toBe('valid');
  });

  it('refuses a non-signer (403), a signer out of turn (403) and a second signing of a final document (409)', async () => {
    const doc = await create(suratTugasInput(signers.slice(0, 1)));
    const stranger = await sign(doc.id, signers[2]!);
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().error.message).toMatch(/bukan penandatangan/);
    expect((await sign(doc.id, signers[0]!)).statusCode).toBe(200);
    const again = await sign(doc.id, signers[0]!);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/sudah final/);
    const audit = await h.inject({ method: 'GET', url: `/api/documents/${doc.id}`, as: staf });
    expect(audit.json().signers).toHaveLength(1);
  });
});

describe('public verification', () => {
  let signedPdf: Buffer;
  let code: string;

  beforeAll(async () => {
    const doc = await create(suratTugasInput(signers.slice(0, 1)));
    await sign(doc.id, signers[0]!);
    signedPdf = await pdfOf(doc.id, staf);
    code = doc.code;
  });

  it('an uploaded copy of the signed file matches the record; a flipped byte is "changed" and pdfsig says invalid', async () => {
    expect((await upload(signedPdf)).json().outcome).toBe('matches_record');
    const tampered = flipSignedByte(signedPdf);
    const res = await upload(tampered);
    expect(res.json()).toMatchObject({ outcome: 'changed', code });
    expect(validSignatureCount(await pdfsig(tampered))).toBe(0);
  });

  it('handles a non-PDF, a truncated PDF and an unknown code without revealing anything', async () => {
    expect((await upload(Buffer.from('bukan pdf sama sekali'))).json().outcome).toBe('not_pdf');
    const truncated = signedPdf.subarray(0, Math.floor(signedPdf.length * 0.6));
    expect((await upload(truncated, code)).json().outcome).toBe('changed');
    expect((await upload(Buffer.alloc(0))).json().outcome).toBe('not_pdf');
    for (const bad of ['ABCDEFGHJKLMNPQRSTUV', 'x', '../../etc']) {
      const res = await verify(encodeURIComponent(bad));
      expect(res.statusCode).toBe(404);
      expect(JSON.stringify(res.json())).not.toMatch(/tenant|karanganyar/i);
    }
  });

  it('says "changed after signing" when the stored file is altered on disk', async () => {
    const doc = await create(suratTugasInput(signers.slice(0, 1)));
    await sign(doc.id, signers[0]!);
    const pdf = await pdfOf(doc.id, staf);
    const sha = (await h.inject({ method: 'GET', url: `/api/documents/${doc.id}`, as: staf })).json().sha256 as string;
    const stored = findStoredFile(h.storageDir, sha);
    writeFileSync(stored, flipSignedByte(pdf));
    expect((await verify(doc.code)).json().status).toBe('changed');
  });

  it('shows only existence and validity for a rahasia document', async () => {
    const doc = await create(suratTugasInput(signers.slice(0, 1), { security: 'rahasia' }));
    await sign(doc.id, signers[0]!);
    const view = (await verify(doc.code)).json();
    expect(view).toMatchObject({ status: 'valid', restricted: true, document: null, signers: [] });
    expect(JSON.stringify(view)).not.toContain('800.1.11.1');
  });

  it('reports "certificate revoked" after an admin revokes the signer certificate, and refuses new signatures', async () => {
    const [, , signer] = signers;
    const doc = await create(suratTugasInput([signer!]));
    await sign(doc.id, signer!);
    const admin = await h.loginAs(h.tenants.a, 'admin');
    const list = await h.inject({ method: 'GET', url: '/api/signing/certificates', as: admin });
    const cert = list.json().items.find((c: { employeeId: string }) => c.employeeId === signer!.employeeId);
    expect(cert.status).toBe('valid');
    const revoke = await h.inject({
      method: 'POST',
      url: `/api/signing/certificates/${cert.id}/revoke`,
      as: admin,
      payload: { reason: 'Pensiun' },
    });
    expect(revoke.statusCode).toBe(204);
    expect((await verify(doc.code)).json().status).toBe('revoked');
    const next = await create(suratTugasInput([signer!]));
    const refused = await sign(next.id, signer!);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/dicabut/);
    const reissue = await h.inject({
      method: 'POST',
      url: `/api/signing/employees/${signer!.employeeId}/certificate`,
      as: admin,
    });
    expect(reissue.statusCode).toBe(201);
    expect((await sign(next.id, signer!)).statusCode).toBe(200);
  });
});

describe('expired certificates', () => {
  it('refuses to sign with an expired certificate (422, nothing signed) until the admin issues a new one', async () => {
    const [signer] = signers;
    const first = await create(suratTugasInput([signer!]));
    await sign(first.id, signer!);
    await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .updateTable('signer_certificates')
      .set({ not_after: '2026-01-01T00:00:00.000Z' })
      .where('employee_id', '=', signer!.employeeId)
      .execute();
    const doc = await create(suratTugasInput([signer!]));
    const refused = await sign(doc.id, signer!);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/kedaluwarsa/);
    expect((await h.inject({ method: 'GET', url: `/api/documents/${doc.id}`, as: staf })).json().status).toBe('signing');
    const mine = (await h.inject({ method: 'GET', url: '/api/documents', as: signer!.session })).json();
    expect(mine.myCertificate).toMatchObject({ status: 'expired', notAfter: '2026-01-01T00:00:00.000Z' });
    const admin = await h.loginAs(h.tenants.a, 'admin');
    const list = (await h.inject({ method: 'GET', url: '/api/signing/certificates', as: admin })).json();
    expect(
      list.items
        .filter((c: { employeeId: string }) => c.employeeId === signer!.employeeId)
        .map((c: { status: string }) => c.status),
    ).toContain('expired');
    expect(
      (await h.inject({ method: 'POST', url: `/api/signing/employees/${signer!.employeeId}/certificate`, as: admin })).statusCode,
    ).toBe(201);
    expect((await sign(doc.id, signer!)).statusCode).toBe(200);
  });
});

/** The local storage keeps files content-addressed: …/sha256/<first two>/<hash>. */
function findStoredFile(root: string, sha: string): string {
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else if (name === sha || name.startsWith(sha)) return path;
    }
  }
  throw new Error(`stored file ${sha} not found under ${root}`);
}
