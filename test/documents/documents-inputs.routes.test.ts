/** Kop settings and the bad inputs of issue #3: foreign and encrypted PDFs, oversized uploads, the rate limit. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { signPdfLocally } from '../../src/platform/signing/index.ts';
import { createSamplePdf, createTestSigningKey } from '../../src/platform/signing/signing.test-support.ts';
import { multipartFile } from '../factories/multipart.ts';
import { signerAccounts, suratTugasInput } from '../factories/signers.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { pdftotext } from '../support/poppler.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let admin: Session;
const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  h = await startHarness({ env: { MAX_UPLOAD_MB: '1', VERIFY_MAX_PER_MINUTE: '5' } });
  admin = await h.loginAs(h.tenants.a, 'admin');
});
afterAll(async () => h?.close());

const KOP = {
  lines: ['PEMERINTAH KABUPATEN KARANGANYAR', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
  address: 'Jalan Lawu Nomor 385, Karanganyar',
  phone: '(0271) 495039',
  website: 'diskominfo.karanganyarkab.go.id',
  email: 'diskominfo@karanganyarkab.go.id',
  postalCode: '57712',
};

function upload(pdf: Buffer, remoteAddress = '10.0.0.1') {
  return h.inject({
    method: 'POST',
    url: '/api/public/verifikasi',
    remoteAddress,
    ...multipartFile(pdf, { fileName: 'x.pdf', contentType: 'application/pdf' }),
  });
}

describe('kop naskah dinas', () => {
  it('the admin saves the regency kop and a lambang; the sample letter prints them', async () => {
    const before = await h.inject({ method: 'GET', url: '/api/documents/kop', as: admin });
    expect(before.json()).toMatchObject({ saved: false, lines: ['PEMERINTAH KABUPATEN KARANGANYAR'] });
    const saved = await h.inject({ method: 'PUT', url: '/api/documents/kop', as: admin, payload: KOP });
    expect(saved.statusCode, saved.body).toBe(200);
    const lambang = await h.inject({
      method: 'POST',
      url: '/api/documents/kop/lambang',
      as: admin,
      ...multipartFile(PNG_1x1, { fileName: 'lambang.png', contentType: 'image/png' }),
    });
    expect(lambang.json()).toMatchObject({ saved: true, hasLambang: true });
    const preview = await h.inject({ method: 'GET', url: '/api/documents/kop/preview', as: admin });
    expect(preview.headers['content-type']).toBe('application/pdf');
    const text = await pdftotext(preview.rawPayload);
    for (const expected of ['DINAS KOMUNIKASI DAN INFORMATIKA', 'Jalan Lawu Nomor 385', '57712'])
      expect(text).toContain(expected);
  });

  it('gives a dinas its own kop but refuses one for a bagian (sub-unit)', async () => {
    const dinas = await h.unitId(h.tenants.a, 'DISKOMINFO');
    expect(
      (await h.inject({ method: 'PUT', url: `/api/documents/kop/units/${dinas}`, as: admin, payload: KOP })).statusCode,
    ).toBe(200);
    const bagian = await h.unitId(h.tenants.a, 'BAG-ORG');
    const refused = await h.inject({ method: 'PUT', url: `/api/documents/kop/units/${bagian}`, as: admin, payload: KOP });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/kop perangkat daerahnya/);
  });

  it('refuses a non-image lambang, bad kop fields, and non-admins', async () => {
    const notImage = await h.inject({
      method: 'POST',
      url: '/api/documents/kop/lambang',
      as: admin,
      ...multipartFile(Buffer.from('<svg/>'), { fileName: 'l.svg', contentType: 'image/svg+xml' }),
    });
    expect(notImage.statusCode).toBe(422);
    const bad = await h.inject({
      method: 'PUT',
      url: '/api/documents/kop',
      as: admin,
      payload: { ...KOP, lines: [], postalCode: '12' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['body.lines', 'body.postalCode']);
    const staf = await h.loginAs(h.tenants.a, 'staf');
    expect((await h.inject({ method: 'PUT', url: '/api/documents/kop', as: staf, payload: KOP })).statusCode).toBe(403);
  });
});

describe('bad input on the public verification', () => {
  it('calls a validly signed PDF from another CA a foreign signature', async () => {
    const foreign = await createTestSigningKey({ name: 'Penanda Asing' });
    const pdf = await signPdfLocally(
      {
        pdf: await createSamplePdf(),
        signerName: 'Penanda Asing',
        reason: 'uji',
        location: 'luar',
        signingTime: new Date(),
        visible: {
          page: 0,
          rect: { x: 300, y: 100, width: 220, height: 70 },
          qrUrl: 'https://contoh.example/v',
          lines: ['Penanda Asing'],
        },
      },
      foreign.key,
    );
    const res = await upload(pdf, '10.0.0.2');
    expect(res.json()).toMatchObject({ outcome: 'foreign_signature', code: null });
    expect(res.json().signatures).toMatchObject([{ signer: 'Penanda Asing', validSignature: true, trusted: false }]);
  });

  it('says an encrypted PDF is encrypted', async () => {
    expect((await upload(await createSamplePdf({ encrypted: true }), '10.0.0.3')).json().outcome).toBe('encrypted');
  });

  it('answers an upload over the limit with 413 naming the limit, before reading it all', async () => {
    const res = await upload(Buffer.alloc(2 * 1024 * 1024, 0x20), '10.0.0.4');
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/1 MB/);
  });

  it('rate limits the public page per address (429 with a wait), other addresses unaffected', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++)
      codes.push(
        (await h.inject({ method: 'GET', url: '/api/public/verifikasi/ABCDEFGHJKLMNPQRSTUV', remoteAddress: '10.9.9.9' }))
          .statusCode,
      );
    expect(codes).toEqual([404, 404, 404, 404, 404, 429, 429]);
    const other = await h.inject({
      method: 'GET',
      url: '/api/public/verifikasi/ABCDEFGHJKLMNPQRSTUV',
      remoteAddress: '10.9.9.10',
    });
    expect(other.statusCode).toBe(404);
  });

  it('refuses document content that breaks the rules with field-level messages (no 500)', async () => {
    const staf = await h.loginAs(h.tenants.a, 'staf');
    const res = await h.inject({
      method: 'POST',
      url: '/api/documents',
      as: staf,
      payload: { kind: 'Surat Tugas!', layout: 'lain', body: [], signers: [] },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields.map((f: { field: string }) => f.field);
    for (const f of ['kind', 'layout', 'body', 'signers', 'title', 'place', 'date']) expect(fields).toContain(`body.${f}`);
  });

  it('refuses a print order that does not name every signer once (422), and stores no document', async () => {
    const [first, second] = await signerAccounts(h, h.tenants.a, ['198503152010011002', '199001012015032001'], 'urut');
    const count = async () =>
      (await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom('official_documents').select('id').execute()).length;
    const before = await count();
    const res = await h.inject({
      method: 'POST',
      url: '/api/documents',
      as: first.session,
      payload: suratTugasInput([first, second], { printOrder: [0, 0] }),
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.fields[0]).toMatchObject({ field: 'body' });
    expect(res.json().error.fields[0].message).toMatch(/Urutan cetak tanda tangan/);
    expect(await count()).toBe(before);
  });
});

describe('a changed signing master key', () => {
  it('answers 503 with a message for the admin, and signs nothing, when the stored key cannot be opened', async () => {
    const [signer] = await signerAccounts(h, h.tenants.a, ['199207072019031004'], 'kunci');
    const doc = (
      await h.inject({ method: 'POST', url: '/api/documents', as: signer!.session, payload: suratTugasInput([signer!]) })
    ).json();
    const scoped = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
    // The CA key as if sealed under another master key (the sealed text no longer opens).
    await scoped.updateTable('signing_authorities').set({ private_key_sealed: 'v1.AAAA.BBBB.CCCC' }).execute();
    const res = await h.inject({ method: 'POST', url: `/api/documents/${doc.id}/sign`, as: signer!.session, payload: {} });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.message).toMatch(/SIGNING_MASTER_KEY/);
    const view = (await h.inject({ method: 'GET', url: `/api/documents/${doc.id}`, as: signer!.session })).json();
    expect(view.status).toBe('signing');
  });
});
