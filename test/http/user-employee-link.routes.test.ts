/** An account created with a pegawai's NIP belongs to that pegawai: letters to the jabatan they hold reach it. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

let h: Harness;
let admin: Session;

beforeAll(async () => {
  h = await startHarness();
  admin = await h.loginAs(h.tenants.a, 'admin');
});
afterAll(async () => h?.close());

async function create(nip: string | undefined, email: string) {
  const res = await h.inject({
    method: 'POST',
    url: '/api/users',
    as: admin,
    payload: { displayName: 'Akun Uji', email, ...(nip ? { nip } : {}), password: 'kata-sandi-panjang-2026', roles: ['staf'] },
  });
  expect(res.statusCode, res.body).toBe(201);
  return tenantDb({ db: h.db, tenantId: h.tenants.a.id })
    .selectFrom('users')
    .select('employee_id')
    .where('id', '=', res.json().id)
    .executeTakeFirstOrThrow();
}

describe('accounts and pegawai', () => {
  it('links an account created with a pegawai NIP to that pegawai, and leaves others unlinked', async () => {
    const employee = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .selectFrom('employees')
      .select('id')
      .where('nip', '=', '196705121990031003')
      .executeTakeFirstOrThrow();
    expect((await create('196705121990031003', 'agus@uji.go.id')).employee_id).toBe(employee.id);
    expect((await create('199912312020121001', 'tanpa.pegawai@uji.go.id')).employee_id).toBeNull();
    expect((await create(undefined, 'hanya.email@uji.go.id')).employee_id).toBeNull();
  });

  it('does not link to a pegawai of another regency with the same NIP', async () => {
    const nip = '196705121990031003';
    const inB = await tenantDb({ db: h.db, tenantId: h.tenants.b.id })
      .selectFrom('employees')
      .select('id')
      .where('nip', '=', nip)
      .executeTakeFirstOrThrow();
    const adminB = await h.loginAs(h.tenants.b, 'admin');
    const res = await h.inject({
      method: 'POST',
      url: '/api/users',
      as: adminB,
      payload: { displayName: 'Agus B', email: 'agus.b@uji.go.id', nip, password: 'kata-sandi-panjang-2026', roles: ['staf'] },
    });
    const row = await tenantDb({ db: h.db, tenantId: h.tenants.b.id })
      .selectFrom('users')
      .select('employee_id')
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.employee_id).toBe(inB.id);
  });
});
