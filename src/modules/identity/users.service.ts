import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { authorize } from '../../platform/access/authorize.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { CreateUserInput, UserListItem } from './identity.contract.ts';
import { canManageUsers, canSetRoles } from './identity.policy.ts';
import {
  countActiveWithRole,
  findUserById,
  findUserByLogin,
  listUsersWithRoles,
  replaceRoles,
  revokeSessions,
  rolesOf,
} from './identity.repository.ts';
import { hashPassword } from './passwords.ts';
import { temporaryPassword } from './session-tokens.ts';

/** Lists the tenant's accounts with their roles. */
export async function listUsers(ctx: RequestContext): Promise<UserListItem[]> {
  authorize(canManageUsers(ctx.actor));
  const rows = await listUsersWithRoles(ctx);
  return rows.map(({ user, roles }) => ({
    id: user.id,
    displayName: user.display_name,
    email: user.email,
    nip: user.nip,
    roles,
    status: user.status,
    totpEnabled: user.totp_enabled === 1,
  }));
}

/** Options for creating an account outside a request (CLI, seed). */
export interface NewUser extends CreateUserInput {
  employeeId?: string | null;
  mustChangePassword?: boolean;
}

/** The pegawai an account belongs to: the one given, or else the pegawai with the account's NIP, if any. */
async function employeeForAccount(ctx: RequestContext, input: NewUser): Promise<string | null> {
  if (input.employeeId !== undefined) return input.employeeId;
  if (!input.nip) return null;
  const row = await tenantDb(ctx).selectFrom('employees').select('id').where('nip', '=', input.nip).executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Creates an account; e-mail and NIP must be free in the tenant. An account created with a NIP is linked to the
 * pegawai with that NIP, so letters addressed to the jabatan that pegawai holds reach the account.
 */
export async function createUser(ctx: RequestContext, input: NewUser): Promise<{ id: string }> {
  authorize(canManageUsers(ctx.actor));
  const email = input.email?.toLowerCase() ?? null;
  for (const login of [email, input.nip]) {
    if (login && (await findUserByLogin(ctx, login))) throw new ConflictError('identity.duplicateLogin');
  }
  const employeeId = await employeeForAccount(ctx, input);
  const hash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    const id = newId();
    await tenantDb(tx)
      .insertInto('users', {
        id,
        employee_id: employeeId,
        email,
        nip: input.nip ?? null,
        display_name: input.displayName,
        password_hash: hash,
        totp_secret: null,
        totp_enabled: 0,
        totp_last_step: null,
        oidc_subject: null,
        status: 'active',
        must_change_password: input.mustChangePassword ? 1 : 0,
        created_at: ctx.platform.now().toISOString(),
        password_changed_at: null,
      })
      .execute();
    await replaceRoles(tx, id, input.roles);
    await recordAudit(tx, 'identity.user_created', { objectType: 'user', objectId: id, data: { roles: input.roles } });
    return { id };
  });
}

/** Replaces a user's roles (a permission change, audited with before and after). */
export async function setUserRoles(ctx: RequestContext, userId: string, roles: readonly string[]): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user) throw new NotFoundError('user');
    const before = await rolesOf(tx, userId);
    const admins = await countActiveWithRole(tx, 'admin');
    if (!canSetRoles(ctx.actor, { userId, isAdmin: before.includes('admin') }, roles, admins)) {
      throw new ForbiddenError('identity.lastAdmin');
    }
    const unique = [...new Set(roles)].sort();
    await replaceRoles(tx, userId, unique);
    await recordAudit(tx, 'identity.roles_changed', { objectType: 'user', objectId: userId, data: { before, after: unique } });
  });
}

/** Gives a user a temporary password (shown once), forces a change at next login and ends their sessions. */
export async function resetUserPassword(ctx: RequestContext, userId: string): Promise<string> {
  authorize(canManageUsers(ctx.actor));
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user) throw new NotFoundError('user');
    const nowIso = ctx.platform.now().toISOString();
    await tenantDb(tx)
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 1, password_changed_at: nowIso })
      .where('users.id', '=', userId)
      .execute();
    await revokeSessions(tx, { userId }, nowIso);
    await recordAudit(tx, 'identity.password_reset', { objectType: 'user', objectId: userId });
  });
  return password;
}

/** Switches off a user's authenticator (a lost phone); the user sets it up again after logging in. */
export async function resetUserTotp(ctx: RequestContext, userId: string): Promise<void> {
  authorize(canManageUsers(ctx.actor));
  await inTransaction(ctx, async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user) throw new NotFoundError('user');
    await tenantDb(tx)
      .updateTable('users')
      .set({ totp_secret: null, totp_enabled: 0, totp_last_step: null })
      .where('users.id', '=', userId)
      .execute();
    await recordAudit(tx, 'identity.totp_reset', { objectType: 'user', objectId: userId });
  });
}
