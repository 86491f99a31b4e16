import type { DatabaseHandle } from '../../src/db/handle.ts';
import type { UsersTable } from '../../src/db/schema/identity.ts';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';

/** Inserts a plain active account (no password, no TOTP, no SSO link) with overridable columns; returns its id. */
export async function insertTestUser(
  db: DatabaseHandle,
  tenantId: string,
  overrides: Partial<Omit<UsersTable, 'tenant_id'>> & { email: string },
): Promise<string> {
  const id = overrides.id ?? newId();
  await tenantDb({ db, tenantId })
    .insertInto('users', {
      employee_id: null,
      nip: null,
      password_hash: null,
      totp_secret: null,
      totp_enabled: 0,
      totp_last_step: null,
      oidc_subject: null,
      must_change_password: 0,
      password_changed_at: null,
      display_name: `Pegawai ${overrides.email}`,
      status: 'active',
      created_at: new Date().toISOString(),
      ...overrides,
      id,
    })
    .execute();
  return id;
}
