import { tenantDb } from '../../src/db/tenant-db.ts';
import { createUser } from '../../src/modules/identity/index.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { HARNESS_PASSWORD, type Harness, type HarnessTenant, type Session } from '../support/harness.ts';

/** A pegawai with a login account linked to it. */
export interface SignerAccount {
  readonly employeeId: string;
  readonly nip: string;
  readonly session: Session;
}

/** Gives pegawai of the small org (by NIP) accounts linked to them (role pimpinan) and logs each in. */
export async function signerAccounts(
  h: Harness,
  tenant: HarnessTenant,
  nips: readonly string[],
  prefix = 'ttd',
): Promise<SignerAccount[]> {
  const ctx = systemContext(h.db, h.platform, tenant.id, 'test', permissionsForRoles(['admin']));
  const accounts: SignerAccount[] = [];
  for (const nip of nips) {
    const employee = await tenantDb(ctx).selectFrom('employees').select('id').where('nip', '=', nip).executeTakeFirstOrThrow();
    const email = `${prefix}.${nip}@${tenant.slug}.uji.go.id`;
    await createUser(ctx, {
      displayName: `Penandatangan ${nip}`,
      email,
      password: HARNESS_PASSWORD,
      roles: ['pimpinan'],
      employeeId: employee.id,
    });
    const res = await h.app.http.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { tenant: tenant.slug, username: email, password: HARNESS_PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === 'pamong_session')?.value;
    if (res.statusCode !== 200 || !cookie) throw new Error(`signer login failed: ${res.body}`);
    accounts.push({
      employeeId: employee.id,
      nip,
      session: { cookie, csrfToken: res.json().csrfToken, userId: res.json().user.id },
    });
  }
  return accounts;
}

/** A surat tugas (title-block layout) signed by the given pegawai in order. */
export function suratTugasInput(signers: readonly { employeeId: string }[], overrides: Record<string, unknown> = {}) {
  return {
    kind: 'surat_tugas',
    layout: 'title_block',
    title: 'SURAT TUGAS',
    number: '800.1.11.1/017/2026',
    place: 'Karanganyar',
    date: '2026-11-28',
    about: 'Pendampingan Penyusunan Laporan Kinerja',
    body: [
      { kind: 'fields', rows: [{ label: 'Dasar', value: ['Peraturan Bupati Karanganyar tentang Tata Naskah Dinas'] }] },
      { kind: 'heading', text: 'MENUGASKAN:' },
      {
        kind: 'paragraph',
        text: 'Untuk melaksanakan pendampingan penyusunan laporan kinerja di lingkungan Pemerintah Kabupaten Karanganyar.',
      },
    ],
    signers: signers.map((s, i) => ({
      employeeId: s.employeeId,
      capacity: 'definitif',
      jabatan: `Pejabat Penandatangan ${i + 1}`,
    })),
    ...overrides,
  };
}
