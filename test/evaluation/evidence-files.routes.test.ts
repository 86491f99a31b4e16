/**
 * Evidence files (bukti dukung) of LKE criteria over HTTP: the OPD uploads while self-assessing and the evaluator while
 * evaluating (PDF/JPEG/PNG by their first bytes), both download, each side removes only its own; bad input writes
 * nothing; readers see nothing before the evaluation is final; another tenant's ids answer 404.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { ensureOpd, plannerIn } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const E = '/api/evaluation/evaluations';
const F = '/api/evaluation/evidence-files';
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(64)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(32)]);
let h: Harness;
let kominfo: Session;
let dinkes: Session;
let evaluator: Session;
let staf: Session;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests
type Json = Record<string, any>;
let ev: Json;

function ok(res: { statusCode: number; body: string; json(): unknown }, status = 200): Json {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Json;
}

/** Multipart text fields plus `file` parts. */
function multipart(fields: Record<string, string>, files: { data: Buffer; name: string }[]) {
  const boundary = `----pamong${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const f of files)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (as: Session, criterionId: string, files: { data: Buffer; name: string }[]) =>
  h.inject({
    method: 'POST',
    url: `${E}/${ev.id}/evidence-files?criterionId=${encodeURIComponent(criterionId)}`,
    as,
    ...multipart({}, files),
  });
const list = (as: Session) => h.inject({ method: 'GET', url: `${E}/${ev.id}/evidence-files`, as });
const remove = (as: Session, id: string) => h.inject({ method: 'DELETE', url: `${F}/${id}`, as });
const fieldsOf = (res: { json(): unknown }) => (res.json() as Json).error.fields.map((f: Json) => f.field);
const snapshot = async () => {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  return JSON.stringify([
    await db.selectFrom('evaluation_evidence_files').selectAll().orderBy('id').execute(),
    await db.selectFrom('files').select('id').orderBy('id').execute(),
  ]);
};

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  const kominfoId = await h.unitId(a, 'DISKOMINFO');
  kominfo = await plannerIn(h, a, kominfoId);
  dinkes = await plannerIn(h, a, await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan'));
  evaluator = await h.loginAs(a, 'evaluator');
  staf = await h.loginAs(a, 'staf');
  ev = ok(await h.inject({ method: 'POST', url: E, as: kominfo, payload: { unitId: kominfoId, year: 2026 } }), 201);
});
afterAll(async () => h?.close());

describe('evidence files of a criterion', () => {
  let unitFile: Json;

  it('are uploaded by the OPD while self-assessing and downloaded by the OPD and the evaluator', async () => {
    const made = ok(await upload(kominfo, '1.a.1', [{ data: PDF, name: 'Pedoman teknis.pdf' }]), 201);
    expect(made.items).toHaveLength(1);
    unitFile = made.items[0];
    expect(unitFile).toMatchObject({
      ...{ criterionId: '1.a.1', fileName: 'Pedoman teknis.pdf', contentType: 'application/pdf', size: PDF.length },
      ...{ side: 'unit', mayRemove: true, evaluationId: ev.id },
    });
    for (const who of [kominfo, evaluator]) {
      const res = await h.inject({ method: 'GET', url: unitFile.downloadUrl, as: who });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.equals(PDF)).toBe(true);
    }
    expect(ok(await list(evaluator)).items.map((i: Json) => [i.id, i.mayRemove])).toEqual([[unitFile.id, false]]);
    const audit = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', ev.id)
      .where('action', '=', 'evaluation.evidence_file.uploaded')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('are not seen by readers or another OPD before the evaluation is final', async () => {
    expect((await list(staf)).statusCode).toBe(403);
    expect((await h.inject({ method: 'GET', url: unitFile.downloadUrl, as: dinkes })).statusCode).toBe(403);
    expect((await upload(dinkes, '1.a.1', [{ data: PDF, name: 'x.pdf' }])).statusCode).toBe(403);
    expect((await upload(evaluator, '1.a.1', [{ data: PDF, name: 'x.pdf' }])).statusCode).toBe(409);
  });

  it('refuses bad input with field messages and writes nothing', async () => {
    const before = await snapshot();
    const unknown = await upload(kominfo, '9.z.9', [{ data: PDF, name: 'a.pdf' }]);
    expect(unknown.statusCode).toBe(422);
    expect(fieldsOf(unknown)).toEqual(['criterionId']);
    const fromField = await h.inject({
      method: 'POST',
      url: `${E}/${ev.id}/evidence-files`,
      as: kominfo,
      ...multipart({ criterionId: '9.z.9' }, [{ data: PDF, name: 'a.pdf' }]),
    });
    expect(fieldsOf(fromField)).toEqual(['criterionId']);
    const missing = await h.inject({
      method: 'POST',
      url: `${E}/${ev.id}/evidence-files`,
      as: kominfo,
      ...multipart({}, [{ data: PDF, name: 'a.pdf' }]),
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.fields[0].message).toMatch(/kriteria/);
    const types = await upload(kominfo, '1.a.1', [
      { data: PNG, name: 'foto.png' },
      { data: Buffer.concat([Buffer.from('MZ'), randomBytes(16)]), name: 'bukti.pdf' },
      { data: Buffer.from('teks biasa'), name: 'catatan.pdf' },
    ]);
    expect(types.statusCode).toBe(422);
    expect(fieldsOf(types)).toEqual(['file.1', 'file.2']);
    expect(types.json().error.fields[0].message).toMatch(/program/);
    const many = Array.from({ length: 6 }, (_, i) => ({ data: PDF, name: `b${i}.pdf` }));
    const tooMany = await upload(kominfo, '1.a.1', many);
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().error.fields[0].message).toContain('5');
    expect((await upload(kominfo, '1.a.1', [])).statusCode).toBe(422);
    expect(await snapshot()).toBe(before);
  });

  it('follow the stages: once submitted the evaluator uploads and removes only its own', async () => {
    const submitted = await h.inject({
      method: 'POST',
      url: `${E}/${ev.id}/submit`,
      as: kominfo,
      payload: { version: ev.version },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await upload(kominfo, '1.a.1', [{ data: PDF, name: 'late.pdf' }])).statusCode).toBe(409);
    expect((await remove(kominfo, unitFile.id)).statusCode).toBe(409);
    const mine = ok(await upload(evaluator, '1.a.2', [{ data: PNG, name: 'kertas kerja.png' }]), 201);
    const evaluatorFile = mine.items.find((i: Json) => i.side === 'evaluator');
    expect(evaluatorFile).toMatchObject({ criterionId: '1.a.2', contentType: 'image/png', fileName: 'kertas kerja.png' });
    expect((await remove(evaluator, unitFile.id)).statusCode).toBe(403);
    expect((await remove(kominfo, evaluatorFile.id)).statusCode).toBe(403);
    expect(ok(await remove(evaluator, evaluatorFile.id))).toEqual({ removed: true });
    expect(ok(await list(evaluator)).items.map((i: Json) => i.id)).toEqual([unitFile.id]);
    expect((await h.inject({ method: 'GET', url: evaluatorFile.downloadUrl, as: evaluator })).statusCode).toBe(404);
  });

  it('answers 404 to another tenant for the evaluation and the file', async () => {
    const b = await h.loginAs(h.tenants.b, 'evaluator');
    expect((await list(b)).statusCode).toBe(404);
    expect((await upload(b, '1.a.1', [{ data: PDF, name: 'x.pdf' }])).statusCode).toBe(404);
    expect((await h.inject({ method: 'GET', url: unitFile.downloadUrl, as: b })).statusCode).toBe(404);
    expect((await remove(b, unitFile.id)).statusCode).toBe(404);
  });
});
