/** Registering incoming letters: bad uploads and metadata, visibility of rahasia letters, inbox paging, contacts. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createSamplePdf } from '../../src/platform/signing/signing.test-support.ts';
import { letterMetadata, letterMultipart, type PositionAccount, positionAccount } from '../factories/correspondence.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let pencatat: Session;
let staf: Session;
let kadis: PositionAccount;
let kabid: PositionAccount;
let outsider: PositionAccount;
let unitId: string;
let pdf: Buffer;

beforeAll(async () => {
  h = await startHarness({ env: { MAX_UPLOAD_MB: '1' } });
  const a = h.tenants.a;
  pencatat = await h.loginAs(a, 'pencatat');
  staf = await h.loginAs(a, 'staf');
  unitId = await h.unitId(a, 'DISKOMINFO');
  kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Rudi Kadis' });
  kabid = await positionAccount(h, a, {
    positionCode: 'KABID-APTIKA',
    positionName: 'Kepala Bidang Aptika',
    name: 'Bayu Aptika',
  });
  outsider = await positionAccount(h, a, { positionCode: 'KABID-IKP', positionName: 'Kepala Bidang IKP', name: 'Citra IKP' });
  pdf = await createSamplePdf();
});
afterAll(async () => h?.close());

function upload(metadata: unknown, file: Buffer | undefined, opts: { fileFirst?: boolean; lang?: string } = {}) {
  const body = letterMultipart(metadata, file, opts);
  const headers = opts.lang ? { ...body.headers, 'accept-language': opts.lang } : body.headers;
  return h.inject({ method: 'POST', url: '/api/letters/incoming', as: pencatat, payload: body.payload, headers });
}

async function letterCount(): Promise<number> {
  const rows = await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom('letters').select('id').execute();
  return rows.length;
}

describe('registering an incoming letter', () => {
  it('accepts the metadata before or after the file and routes the letter to the head of the unit', async () => {
    const res = await upload(letterMetadata(unitId), pdf, { fileFirst: true });
    expect(res.statusCode, res.body).toBe(201);
    const letter = (await h.inject({ method: 'GET', url: `/api/letters/${res.json().id}`, as: kadis.session })).json();
    expect(letter.recipients).toEqual([expect.objectContaining({ role: 'kepada', positionId: kadis.positionId })]);
    expect(letter).toMatchObject({
      kka: '000.1.5',
      urgency: 'segera',
      hasScan: true,
      sender: { organisation: 'Dinas Kominfo Provinsi Jawa Tengah' },
    });
    const scan = await h.inject({ method: 'GET', url: `/api/letters/${res.json().id}/scan`, as: kadis.session });
    expect(scan.headers['content-type']).toBe('application/pdf');
    expect(scan.rawPayload.equals(pdf)).toBe(true);
  });

  it('gives consecutive agenda numbers per unit', async () => {
    const first = (await upload(letterMetadata(unitId), pdf)).json().agendaNumber as string;
    const second = (await upload(letterMetadata(unitId), pdf)).json().agendaNumber as string;
    expect(Number.parseInt(second, 10)).toBe(Number.parseInt(first, 10) + 1);
  });

  it('refuses an executable, an encrypted PDF, a broken PDF and a non-PDF with 422, storing nothing', async () => {
    const before = await letterCount();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200, 1), Buffer.from('%PDF-1.7')]);
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(100)]);
    const cases: [Buffer, RegExp][] = [
      [exe, /executable/],
      [elf, /executable/],
      [await createSamplePdf({ encrypted: true }), /terenkripsi/],
      [pdf.subarray(0, Math.floor(pdf.length / 2)), /rusak/],
      [Buffer.from('%PDF-1.7\n%%EOF\n'), /rusak/],
      [Buffer.from('<html><script>alert(1)</script></html>'), /bukan PDF/],
    ];
    for (const [file, message] of cases) {
      const res = await upload(letterMetadata(unitId), file);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error.fields).toEqual([{ field: 'file', message: expect.stringMatching(message) }]);
    }
    const en = await upload(letterMetadata(unitId), await createSamplePdf({ encrypted: true }), { lang: 'en' });
    expect(en.json().error.fields[0].message).toMatch(/Encrypted/);
    expect(await letterCount()).toBe(before);
  });

  it('answers 413 to an upload over the configured limit', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const res = await upload(letterMetadata(unitId), big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/1 MB/);
  });

  it('refuses an unknown KKA and a received date in the future (422, field-level)', async () => {
    const kka = await upload(letterMetadata(unitId, { kka: '999.99.99' }), pdf);
    expect(kka.statusCode).toBe(422);
    expect(kka.json().error.fields).toEqual([{ field: 'metadata.kka', message: expect.stringContaining('999.99.99') }]);
    const future = await upload(letterMetadata(unitId, { receivedDate: '2099-01-01' }), pdf);
    expect(future.statusCode).toBe(422);
    expect(future.json().error.fields[0]).toMatchObject({ field: 'metadata.receivedDate' });
    const futureEn = await upload(letterMetadata(unitId, { receivedDate: '2099-01-01' }), pdf, { lang: 'en' });
    expect(futureEn.json().error.fields[0].message).toMatch(/cannot be after today/);
  });

  it('refuses a missing file, missing or malformed metadata, and a unit of another tenant', async () => {
    expect((await upload(letterMetadata(unitId), undefined)).json().error.fields[0].field).toBe('file');
    expect((await upload(undefined, pdf)).json().error.fields[0].field).toBe('metadata');
    expect((await upload('{bukan json', pdf)).statusCode).toBe(422);
    const invalid = await upload(letterMetadata(unitId, { security: 'penting' }), pdf);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields[0].field).toBe('metadata.security');
    const unitB = await h.unitId(h.tenants.b, 'DISKOMINFO');
    const foreign = await upload(letterMetadata(unitB), pdf);
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.fields[0].field).toBe('metadata.unitId');
    // Only the pencatat registers.
    const bySt = letterMultipart(letterMetadata(unitId), pdf);
    expect((await h.inject({ method: 'POST', url: '/api/letters/incoming', as: staf, ...bySt })).statusCode).toBe(403);
  });

  it('stores HTML in the subject verbatim and returns it as JSON text', async () => {
    const hal = '<script>alert("xss")</script><b>Rapat</b> & "Kordinasi"';
    const res = await upload(letterMetadata(unitId, { hal, summary: '<img src=x onerror=alert(1)>' }), pdf);
    const view = await h.inject({ method: 'GET', url: `/api/letters/${res.json().id}`, as: kadis.session });
    expect(view.headers['content-type']).toMatch(/^application\/json/);
    expect(view.json().hal).toBe(hal);
    expect(view.json().summary).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('visibility', () => {
  it('hides a rahasia letter (404) from everyone outside its chain, even with the read permission', async () => {
    const res = await upload(letterMetadata(unitId, { security: 'rahasia', hal: 'Hasil Audit Investigatif' }), pdf);
    const id = res.json().id as string;
    for (const who of [staf, outsider.session, kabid.session]) {
      for (const url of [
        `/api/letters/${id}`,
        `/api/letters/${id}/scan`,
        `/api/letters/${id}/tracking`,
        `/api/letters/${id}/lembar-disposisi.pdf`,
      ]) {
        const seen = await h.inject({ method: 'GET', url, as: who });
        expect(seen.statusCode, url).toBe(404);
      }
      const inbox = (await h.inject({ method: 'GET', url: '/api/letters/inbox', as: who })).json();
      expect(inbox.items.map((i: { id: string }) => i.id)).not.toContain(id);
    }
    // The registrar and the addressee see it; a disposition brings the Kabid into the chain.
    expect((await h.inject({ method: 'GET', url: `/api/letters/${id}`, as: pencatat })).statusCode).toBe(200);
    expect((await h.inject({ method: 'GET', url: `/api/letters/${id}`, as: kadis.session })).statusCode).toBe(200);
    await h.inject({
      method: 'POST',
      url: `/api/letters/${id}/dispositions`,
      as: kadis.session,
      payload: { to: [{ positionId: kabid.positionId }] },
    });
    expect((await h.inject({ method: 'GET', url: `/api/letters/${id}`, as: kabid.session })).statusCode).toBe(200);
    expect((await h.inject({ method: 'GET', url: `/api/letters/${id}`, as: outsider.session })).statusCode).toBe(404);
  });

  it('answers 409 with the reload message to an action on a version that changed meanwhile', async () => {
    const res = await upload(letterMetadata(unitId), pdf);
    const made = await h.inject({
      method: 'POST',
      url: `/api/letters/${res.json().id}/dispositions`,
      as: kadis.session,
      payload: { to: [{ positionId: kabid.positionId }] },
    });
    const [id] = made.json().ids;
    await h.inject({ method: 'POST', url: `/api/dispositions/${id}/open`, as: kabid.session, payload: {} });
    const stale = await h.inject({
      method: 'POST',
      url: `/api/dispositions/${id}/complete`,
      as: kabid.session,
      payload: { version: 1, note: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/baru saja diubah/);
  });
});

describe('inbox and contacts', () => {
  it('pages the inbox newest first by (received date, id) without gaps or repeats', async () => {
    const dates = ['2026-10-01', '2026-10-03', '2026-10-02', '2026-10-03'];
    for (const receivedDate of dates) await upload(letterMetadata(unitId, { receivedDate }), pdf);
    const seen: { id: string; receivedOn: string }[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/letters/inbox?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await h.inject({ method: 'GET', url, as: kadis.session })).json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const total = await letterCount();
    expect(seen.length).toBe(total);
    expect(new Set(seen.map((s) => s.id)).size).toBe(total);
    const keys = seen.map((s) => `${s.receivedOn}|${s.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
    const bad = await h.inject({ method: 'GET', url: '/api/letters/inbox?cursor=rusak', as: kadis.session });
    expect(bad.statusCode).toBe(422);
  });

  it('de-duplicates senders by organisation and name and finds them by search', async () => {
    const sender = { name: 'KEPALA  DINAS kominfo provinsi', organisation: 'dinas kominfo provinsi jawa tengah' };
    await upload(letterMetadata(unitId, { sender }), pdf);
    const found = (await h.inject({ method: 'GET', url: '/api/contacts?q=Kominfo%20jawa', as: pencatat })).json();
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({
      organisation: 'Dinas Kominfo Provinsi Jawa Tengah',
      email: 'kominfo@jatengprov.go.id',
    });
    const none = (await h.inject({ method: 'GET', url: '/api/contacts?q=Bappenas', as: pencatat })).json();
    expect(none.items).toEqual([]);
    const other = (
      await h.inject({ method: 'GET', url: '/api/contacts?q=kominfo', as: await h.loginAs(h.tenants.b, 'pencatat') })
    ).json();
    expect(other.items).toEqual([]);
  });
});
