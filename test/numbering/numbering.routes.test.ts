/** Numbering over HTTP: schemes, template validation, register paging, void, sisipan, outage numbers. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { markNumberUsed, reserveNumber } from '../../src/modules/numbering/index.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let h: Harness;
let admin: Session;
let pencatat: Session;
let staf: Session;

const ctxA = (role = 'staf') => systemContext(h.db, h.platform, h.tenants.a.id, `uji-${role}`, permissionsForRoles([role]));

/** Reserves and uses a SURAT number of a unit in tenant A; returns its id and seq. */
async function usedSurat(unitCode: string, date: string) {
  const num = await reserveNumber(ctxA(), { schemeCode: 'SURAT', unitCode, kka: '000.8.3.3', date });
  await markNumberUsed(ctxA('pimpinan'), num.id, { type: 'letter', id: `L-${num.id}` });
  return num;
}

beforeAll(async () => {
  h = await startHarness();
  [admin, pencatat, staf] = await Promise.all([
    h.loginAs(h.tenants.a, 'admin'),
    h.loginAs(h.tenants.a, 'pencatat'),
    h.loginAs(h.tenants.a, 'staf'),
  ]);
});
afterAll(async () => h?.close());

describe('schemes', () => {
  it('lists the default schemes to any ASN', async () => {
    const res = await h.inject({ method: 'GET', url: '/api/numbering/schemes', as: staf });
    expect(res.statusCode, res.body).toBe(200);
    const surat = res.json().items.find((s: { code: string }) => s.code === 'SURAT');
    expect(surat).toMatchObject({
      template: '{KKA}/{URUT}/{UNIT}/{YYYY}',
      counterScope: 'unit',
      insertionQuota: 10,
      active: true,
    });
    const agenda = res.json().items.find((s: { code: string }) => s.code === 'AGENDA');
    expect(agenda).toMatchObject({ template: '{URUT:4}/AGD/{YYYY}', counterScope: 'unit' });
  });

  it('refuses bad templates with field messages in Indonesian and English', async () => {
    const payload = { template: '{KKA}/{NOMOR}/{UNIT}' };
    const id = await h.inject({ method: 'PUT', url: '/api/numbering/schemes/NOTA', as: admin, payload });
    expect(id.statusCode).toBe(422);
    const messages = id.json().error.fields.map((f: { field: string; message: string }) => `${f.field}: ${f.message}`);
    expect(messages).toEqual([expect.stringMatching(/^template: Token \{NOMOR\} tidak dikenal/)]);
    const en = await h.inject({
      method: 'PUT',
      url: '/api/numbering/schemes/NOTA',
      as: admin,
      headers: { 'accept-language': 'en' },
      payload: { template: '{KKA}/{UNIT}' },
    });
    expect(en.json().error.fields).toEqual([
      { field: 'template', message: 'The template must contain {URUT} (the sequence number).' },
    ]);
    const badType = await h.inject({
      method: 'PUT',
      url: '/api/numbering/schemes/NOTA',
      as: admin,
      payload: { insertionQuota: -1 },
    });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().error.fields[0].field).toBe('body.insertionQuota');
  });

  it('edits a scheme for numbering.manage only, 404 for an unknown code, and previews templates', async () => {
    const payload = { template: '{SIFAT}-{URUT:3}/{UNIT}/{KKA}/{BULAN_ROMAWI}/{YY}', insertionQuota: 5 };
    expect((await h.inject({ method: 'PUT', url: '/api/numbering/schemes/NOTA', as: staf, payload })).statusCode).toBe(403);
    const saved = await h.inject({ method: 'PUT', url: '/api/numbering/schemes/NOTA', as: pencatat, payload });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ template: payload.template, insertionQuota: 5 });
    const num = await reserveNumber(ctxA(), {
      schemeCode: 'NOTA',
      unitCode: 'DISKOMINFO',
      kka: '800.1',
      securityClass: 'rahasia',
      date: '2026-10-09',
    });
    expect(num.formatted).toBe('R-001/DISKOMINFO/800.1/X/26');
    expect((await h.inject({ method: 'PUT', url: '/api/numbering/schemes/TIDAK_ADA', as: admin, payload })).statusCode).toBe(404);
    const preview = await h.inject({
      method: 'POST',
      url: '/api/numbering/preview',
      as: admin,
      payload: { template: 'NOMOR {URUT:2} TAHUN {YYYY}', seq: 7, date: '2026-05-01' },
    });
    expect(preview.json()).toEqual({ formatted: 'NOMOR 07 TAHUN 2026', length: 19 });
  });

  it('adds a scheme of the tenant own and refuses a second with the same code', async () => {
    const payload = { code: 'SURAT_TUGAS', name: 'Surat tugas', template: '{KKA}/{URUT}/ST/{YYYY}', counterScope: 'tenant' };
    const made = await h.inject({ method: 'POST', url: '/api/numbering/schemes', as: admin, payload });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ code: 'SURAT_TUGAS', insertionSuffix: '.A', insertionQuota: 10 });
    expect((await h.inject({ method: 'POST', url: '/api/numbering/schemes', as: admin, payload })).statusCode).toBe(409);
  });
});

describe('register and void', () => {
  it('pages the register by seq with a cursor, and a voided number keeps its row', async () => {
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(await reserveNumber(ctxA(), { schemeCode: 'SURAT', unitCode: 'SETDA', kka: '000.1', date: '2025-03-01' }));
    const voided = await h.inject({
      method: 'POST',
      url: `/api/numbering/numbers/${made[2]!.id}/void`,
      as: pencatat,
      payload: { reason: 'Konsep dibatalkan' },
    });
    expect(voided.statusCode, voided.body).toBe(204);
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const query: string = `scheme=SURAT&year=2025&limit=2${after ? `&after=${after}` : ''}`;
      const page = await h.inject({ method: 'GET', url: `/api/numbering/register?${query}`, as: staf });
      expect(page.statusCode, page.body).toBe(200);
      seen.push(...page.json().items.map((i: { seq: number }) => i.seq));
      after = page.json().nextCursor;
    } while (after);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const voids = await h.inject({ method: 'GET', url: '/api/numbering/register?scheme=SURAT&year=2025&state=void', as: staf });
    expect(voids.json().items).toEqual([expect.objectContaining({ seq: 3, state: 'void', reason: 'Konsep dibatalkan' })]);
    const again = await reserveNumber(ctxA(), { schemeCode: 'SURAT', unitCode: 'SETDA', kka: '000.1', date: '2025-03-02' });
    expect(again.seq).toBe(6);
    const bad = await h.inject({ method: 'GET', url: '/api/numbering/register?scheme=SURAT&year=2025&after=xyz', as: staf });
    expect(bad.statusCode).toBe(422);
  });
});

describe('sisipan (back-dated insertions)', () => {
  it('inserts 15.A, 15.B after a used number for numbering.manage only, with a reason, within the quota', async () => {
    let base = await usedSurat('BAG-ORG', '2026-02-10');
    while (base.seq < 15) base = await usedSurat('BAG-ORG', '2026-02-10');
    const body = {
      afterSeq: 15,
      date: '2026-02-11',
      reason: 'Surat susulan yang terlewat',
      unitCode: 'BAG-ORG',
      kka: '000.8.3.3',
    };
    const url = '/api/numbering/schemes/SURAT/insert';
    expect((await h.inject({ method: 'POST', url, as: staf, payload: body })).statusCode).toBe(403);
    expect((await h.inject({ method: 'POST', url, as: admin, payload: { ...body, reason: '' } })).statusCode).toBe(400);
    const a = await h.inject({ method: 'POST', url, as: pencatat, payload: body });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ formatted: '000.8.3.3/15.A/BAG-ORG/2026', suffix: 'A', insertion: true });
    const b = await h.inject({ method: 'POST', url, as: admin, payload: body });
    expect(b.json().formatted).toBe('000.8.3.3/15.B/BAG-ORG/2026');
    const before = await h.inject({ method: 'POST', url, as: admin, payload: { ...body, date: '2026-02-01' } });
    expect(before.statusCode).toBe(422);
    expect(before.json().error.fields[0].field).toBe('date');
    await h.inject({ method: 'PUT', url: '/api/numbering/schemes/SURAT', as: admin, payload: { insertionQuota: 2 } });
    const over = await h.inject({ method: 'POST', url, as: admin, payload: body });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.message).toMatch(/Kuota sisipan tahun ini \(2\)/);
  });

  it('refuses an insertion after a number that is not used or does not exist', async () => {
    const reserved = await reserveNumber(ctxA(), {
      schemeCode: 'SURAT',
      unitCode: 'DISKOMINFO',
      kka: '000.1',
      date: '2024-05-05',
    });
    const url = '/api/numbering/schemes/SURAT/insert';
    const body = { date: '2024-05-06', reason: 'Sisipan uji coba', unitCode: 'DISKOMINFO', kka: '000.1' };
    const notUsed = await h.inject({ method: 'POST', url, as: admin, payload: { ...body, afterSeq: reserved.seq } });
    expect(notUsed.statusCode).toBe(422);
    expect(notUsed.json().error.fields[0].message).toMatch(/sudah dipakai/);
    const missing = await h.inject({ method: 'POST', url, as: admin, payload: { ...body, afterSeq: 999 } });
    expect(missing.json().error.fields[0]).toMatchObject({ field: 'afterSeq' });
  });
});

describe('outage mode', () => {
  it('records manual numbers, refuses a collision (409), and reconciliation moves the counter past them', async () => {
    const url = '/api/numbering/schemes/KEPUTUSAN';
    const first = await reserveNumber(ctxA(), { schemeCode: 'KEPUTUSAN', date: '2023-08-01' });
    expect(first.seq).toBe(1);
    const collide = await h.inject({
      method: 'POST',
      url: `${url}/manual`,
      as: pencatat,
      payload: { seq: 1, date: '2023-08-02', note: 'Nomor ditulis tangan' },
    });
    expect(collide.statusCode).toBe(409);
    expect(collide.json().error.message).toMatch(/1 TAHUN 2023/);
    for (const seq of [2, 3, 5]) {
      const res = await h.inject({
        method: 'POST',
        url: `${url}/manual`,
        as: pencatat,
        payload: { seq, date: '2023-08-03', note: 'Saat gangguan jaringan' },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ formatted: `${seq} TAHUN 2023`, manual: true, state: 'used' });
    }
    const report = await h.inject({ method: 'POST', url: `${url}/reconcile`, as: pencatat, payload: { year: 2023 } });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().counters).toEqual([
      expect.objectContaining({ scopeKey: 'tenant', counterBefore: 1, counterAfter: 5, gaps: [4], voidedGaps: [] }),
    ]);
    expect(report.json().counters[0].manualNumbers.map((m: { seq: number }) => m.seq)).toEqual([2, 3, 5]);
    const next = await reserveNumber(ctxA(), { schemeCode: 'KEPUTUSAN', date: '2023-08-04' });
    expect(next.seq).toBe(6);
    const closed = await h.inject({
      method: 'POST',
      url: `${url}/reconcile`,
      as: admin,
      payload: { year: 2023, voidGaps: true },
    });
    expect(closed.json().counters[0]).toMatchObject({ counterAfter: 6, gaps: [4], voidedGaps: [4] });
    const voids = await h.inject({
      method: 'GET',
      url: '/api/numbering/register?scheme=KEPUTUSAN&year=2023&state=void',
      as: staf,
    });
    expect(voids.json().items.map((i: { seq: number; formatted: string }) => [i.seq, i.formatted])).toEqual([
      [4, '4 TAHUN 2023'],
    ]);
    expect((await h.inject({ method: 'POST', url: `${url}/reconcile`, as: staf, payload: { year: 2023 } })).statusCode).toBe(403);
  });
});
