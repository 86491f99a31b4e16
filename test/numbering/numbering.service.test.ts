/** Number allocation on both databases: concurrency, yearly reset, void, use, scopes and outage numbers. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import {
  ensureNumberSchemes,
  markNumberUsed,
  recordManualNumber,
  reserveNumber,
  voidNumber,
} from '../../src/modules/numbering/index.ts';
import { type RequestContext, systemContext } from '../../src/platform/access/context.ts';
import { DomainError } from '../../src/shared/errors.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { type Harness, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let h: Harness;
let n = 0;

/** A fresh context per call, as separate requests would have. */
function ctxAs(role: string, tenant = h.tenants.a): RequestContext {
  return systemContext(h.db, h.platform, tenant.id, `uji-${role}-${++n}`, permissionsForRoles([role]));
}

const surat = { schemeCode: 'SURAT', unitCode: 'DISKOMINFO', kka: '000.8.3.3' };

async function numbersOf(schemeCode: string, year: number) {
  return tenantDb({ db: h.db, tenantId: h.tenants.a.id })
    .selectFrom('numbers')
    .innerJoin('number_schemes', (j) =>
      j.onRef('number_schemes.tenant_id', '=', 'numbers.tenant_id').onRef('number_schemes.id', '=', 'numbers.scheme_id'),
    )
    .select(['numbers.seq', 'numbers.suffix', 'numbers.state', 'numbers.formatted', 'numbers.scope_key', 'numbers.reason'])
    .where('number_schemes.code', '=', schemeCode)
    .where('numbers.year', '=', year)
    .orderBy('numbers.seq')
    .execute();
}

async function refusal(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('atomic allocation', () => {
  it('hands out 100 distinct consecutive numbers to 100 parallel reservations on one counter', async () => {
    const reserved = await Promise.all(
      Array.from({ length: 100 }, () => reserveNumber(ctxAs('staf'), { ...surat, date: '2026-06-15' })),
    );
    const seqs = reserved.map((r) => r.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(new Set(reserved.map((r) => r.formatted)).size).toBe(100);
    expect(reserved.find((r) => r.seq === 42)?.formatted).toBe('000.8.3.3/42/DISKOMINFO/2026');
    const rows = await numbersOf('SURAT', 2026);
    expect(rows.filter((r) => r.scope_key === 'unit:DISKOMINFO').map((r) => r.seq)).toEqual(seqs);
  });

  it('leaves no gap without a void record, and never reuses a voided number', async () => {
    const first = await reserveNumber(ctxAs('staf'), { ...surat, unitCode: 'BAG-ORG', date: '2026-03-02' });
    await voidNumber(ctxAs('staf'), first.id, 'Naskah dibatalkan sebelum ditandatangani');
    const second = await reserveNumber(ctxAs('staf'), { ...surat, unitCode: 'BAG-ORG', date: '2026-03-02' });
    expect(second.seq).toBe(first.seq + 1);
    const rows = (await numbersOf('SURAT', 2026)).filter((r) => r.scope_key === 'unit:BAG-ORG');
    expect(rows.map((r) => [r.seq, r.state])).toEqual([
      [first.seq, 'void'],
      [second.seq, 'reserved'],
    ]);
    expect(rows[0]?.reason).toBe('Naskah dibatalkan sebelum ditandatangani');
    expect((await refusal(voidNumber(ctxAs('staf'), first.id, 'sekali lagi'))).status).toBe(409);
  });

  it('starts a new sequence on 1 January (dates in Asia/Jakarta, instants read in the tenant time zone)', async () => {
    const dec = await reserveNumber(ctxAs('staf'), { schemeCode: 'KEPUTUSAN', date: '2026-12-31' });
    const dec2 = await reserveNumber(ctxAs('staf'), { schemeCode: 'KEPUTUSAN', date: '2026-12-31' });
    const jan = await reserveNumber(ctxAs('staf'), { schemeCode: 'KEPUTUSAN', date: '2027-01-01' });
    // 17:30 UTC on 31 December is 00:30 WIB on 1 January: the 2027 counter, not 2026's.
    const instant = await reserveNumber(ctxAs('staf'), { schemeCode: 'KEPUTUSAN', date: '2026-12-31T17:30:00Z' });
    expect([dec.year, dec2.year, jan.year, instant.year]).toEqual([2026, 2026, 2027, 2027]);
    expect(dec2.seq).toBe(dec.seq + 1);
    expect([jan.seq, instant.seq]).toEqual([1, 2]);
    expect(jan.formatted).toBe('1 TAHUN 2027');
  });
});

describe('number states', () => {
  it('moves RESERVED to USED once per reference and refuses another reference or a void number', async () => {
    const num = await reserveNumber(ctxAs('staf'), { ...surat, date: '2026-07-01' });
    await markNumberUsed(ctxAs('pimpinan'), num.id, { type: 'letter', id: 'L-1' });
    await markNumberUsed(ctxAs('pimpinan'), num.id, { type: 'letter', id: 'L-1' });
    expect((await refusal(markNumberUsed(ctxAs('pimpinan'), num.id, { type: 'letter', id: 'L-2' }))).status).toBe(409);
    expect((await refusal(voidNumber(ctxAs('staf'), num.id, 'ditarik kembali'))).status).toBe(403);
    await voidNumber(ctxAs('pencatat'), num.id, 'Surat ditarik kembali oleh pimpinan');
    expect((await refusal(markNumberUsed(ctxAs('pimpinan'), num.id, { type: 'letter', id: 'L-1' }))).messageKey).toBe(
      'numbering.alreadyVoid',
    );
  });

  it('refuses a number of another tenant as not found', async () => {
    const num = await reserveNumber(ctxAs('staf'), { ...surat, date: '2026-07-01' });
    expect((await refusal(voidNumber(ctxAs('admin', h.tenants.b), num.id, 'bukan milik saya'))).status).toBe(404);
  });
});

describe('what a number needs', () => {
  it('names every missing value and unknown unit as a field problem', async () => {
    const missing = await refusal(reserveNumber(ctxAs('staf'), { schemeCode: 'SURAT', date: '2026-01-05' }));
    expect(missing.status).toBe(422);
    expect(missing.fields.map((f) => f.field).sort()).toEqual(['kka', 'unitCode']);
    const unknown = await refusal(reserveNumber(ctxAs('staf'), { ...surat, unitCode: 'TIDAK-ADA', date: '2026-01-05' }));
    expect(unknown.fields).toEqual([expect.objectContaining({ field: 'unitCode', message: 'numbering.unknownUnit' })]);
    const badDate = await refusal(reserveNumber(ctxAs('staf'), { ...surat, date: '2026-02-30' }));
    expect(badDate.fields[0]?.field).toBe('date');
    expect((await refusal(reserveNumber(ctxAs('operator_desa'), { ...surat, date: '2026-01-05' }))).status).toBe(403);
  });

  it('keeps one counter per jenis only when the template prints {JENIS}', async () => {
    const admin = ctxAs('admin');
    await tenantDb(admin)
      .updateTable('number_schemes')
      .set({ template: '{URUT}/{JENIS}/{YYYY}', counter_scope: 'tenant' })
      .where('code', '=', 'PERATURAN')
      .execute();
    const a1 = await reserveNumber(ctxAs('staf'), { schemeCode: 'PERATURAN', documentTypeCode: 'PERBUP', date: '2026-02-01' });
    const b1 = await reserveNumber(ctxAs('staf'), { schemeCode: 'PERATURAN', documentTypeCode: 'PERDA', date: '2026-02-01' });
    const a2 = await reserveNumber(ctxAs('staf'), { schemeCode: 'PERATURAN', documentTypeCode: 'PERBUP', date: '2026-02-01' });
    expect([a1.formatted, b1.formatted, a2.formatted]).toEqual(['1/PERBUP/2026', '1/PERDA/2026', '2/PERBUP/2026']);
  });

  it('seeds default schemes idempotently', async () => {
    expect(await ensureNumberSchemes(ctxAs('admin'))).toBe(0);
    const codes = await tenantDb(ctxAs('admin')).selectFrom('number_schemes').select('code').execute();
    expect(codes.map((c) => c.code).sort()).toEqual(['AGENDA', 'KEPUTUSAN', 'NOTA', 'PERATURAN', 'SURAT']);
  });
});

describe('outage numbers', () => {
  it('steps over a manual number recorded ahead of the counter, before any reconciliation', async () => {
    const first = await reserveNumber(ctxAs('staf'), { schemeCode: 'AGENDA', unitCode: 'SETDA', date: '2026-04-01' });
    await recordManualNumber(ctxAs('pencatat'), 'AGENDA', {
      seq: first.seq + 1,
      date: '2026-04-02',
      unitCode: 'SETDA',
      note: 'Ditulis tangan saat jaringan putus',
    });
    const next = await reserveNumber(ctxAs('staf'), { schemeCode: 'AGENDA', unitCode: 'SETDA', date: '2026-04-03' });
    expect(next.seq).toBe(first.seq + 2);
    expect(next.formatted).toBe(`${String(first.seq + 2).padStart(4, '0')}/AGD/2026`);
  });
});
