import { z } from 'zod';
import { TENANT_ROLES } from '../../shared/permissions.ts';

/** `POST /api/auth/login`: tenant slug or Kemendagri code, NIP or e-mail, password. */
export const LoginInput = z.object({
  tenant: z.string().trim().min(1).max(100),
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const TenantView = z.object({ id: z.string(), code: z.string(), slug: z.string(), name: z.string(), kind: z.string() });
export type TenantView = z.infer<typeof TenantView>;

export const UserView = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  nip: z.string().nullable(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
});
export type UserView = z.infer<typeof UserView>;

/** The logged-in user, the tenant and the CSRF token to echo in `x-csrf-token`. */
export const SessionView = z.object({ user: UserView, tenant: TenantView, csrfToken: z.string() });
export type SessionView = z.infer<typeof SessionView>;

/** Answer of a correct password for an account with TOTP: the second step is still due. */
export const MfaRequiredView = z.object({ mfaRequired: z.literal(true), csrfToken: z.string() });
export type MfaRequiredView = z.infer<typeof MfaRequiredView>;

export const TotpCodeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'identity.totpFormat'),
});
export type TotpCodeInput = z.infer<typeof TotpCodeInput>;

export const TotpSetupView = z.object({ secret: z.string(), otpauthUri: z.string() });

/** Passwords: at least 10 characters (NIST SP 800-63B style: length over composition rules). */
export const NewPassword = z.string().min(10, 'identity.passwordTooShort').max(1000);

export const ChangePasswordInput = z.object({ currentPassword: z.string().min(1).max(1000), newPassword: NewPassword });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const RoleCode = z.enum(TENANT_ROLES);

export const CreateUserInput = z
  .object({
    displayName: z.string().trim().min(1).max(200),
    email: z.email('identity.emailFormat').max(200).optional(),
    nip: z
      .string()
      .trim()
      .regex(/^\d{18}$/, 'identity.nipFormat')
      .optional(),
    password: NewPassword,
    roles: z.array(RoleCode).max(TENANT_ROLES.length),
  })
  .refine((u) => u.email || u.nip, { message: 'identity.emailOrNip', path: ['email'] });
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const SetRolesInput = z.object({ roles: z.array(RoleCode).max(TENANT_ROLES.length) });
export type SetRolesInput = z.infer<typeof SetRolesInput>;

export const UserIdParams = z.object({ userId: z.uuid() });

export const UserListItem = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  nip: z.string().nullable(),
  roles: z.array(z.string()),
  status: z.string(),
  totpEnabled: z.boolean(),
});
export const UserListView = z.object({ users: z.array(UserListItem) });
export type UserListItem = z.infer<typeof UserListItem>;

export const TemporaryPasswordView = z.object({ temporaryPassword: z.string() });

export const OidcConfigView = z.object({ enabled: z.boolean(), label: z.string().optional() });

/** Identity messages (id/en), merged into the server translations. */
export const identityMessages = {
  id: {
    totpFormat: 'Kode harus 6 digit angka.',
    totpInvalid: 'Kode autentikator salah atau sudah dipakai.',
    totpNotSetUp: 'Autentikator belum disiapkan.',
    passwordTooShort: 'Kata sandi minimal 10 karakter.',
    wrongPassword: 'Kata sandi saat ini salah.',
    emailFormat: 'Format e-mail tidak valid.',
    nipFormat: 'NIP harus 18 digit angka.',
    emailOrNip: 'Isi e-mail atau NIP.',
    duplicateLogin: 'E-mail atau NIP sudah dipakai pengguna lain.',
    lastAdmin: 'Peran admin tidak dapat dicabut dari admin terakhir atau dari diri sendiri.',
    oidcDisabled: 'Masuk tunggal (SSO) tidak aktif untuk pemda ini.',
    oidcFailed: 'Masuk tunggal (SSO) gagal: {{reason}}',
    oidcUnknownUser: 'Akun SSO ini belum terdaftar di Pamong.',
  },
  en: {
    totpFormat: 'The code must be 6 digits.',
    totpInvalid: 'Wrong or already used authenticator code.',
    totpNotSetUp: 'The authenticator has not been set up.',
    passwordTooShort: 'The password needs at least 10 characters.',
    wrongPassword: 'The current password is wrong.',
    emailFormat: 'Invalid e-mail address.',
    nipFormat: 'NIP must be 18 digits.',
    emailOrNip: 'Fill in an e-mail or a NIP.',
    duplicateLogin: 'That e-mail or NIP is already used by another user.',
    lastAdmin: 'The admin role cannot be taken from the last admin or from yourself.',
    oidcDisabled: 'Single sign-on is not enabled for this regency.',
    oidcFailed: 'Single sign-on failed: {{reason}}',
    oidcUnknownUser: 'This SSO account is not registered in Pamong.',
  },
};
