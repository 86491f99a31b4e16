import { api, queryString } from '../../app/api.ts';
import type { MfaRequired, SessionView } from '../../app/session-types.ts';

/** A government body offered on the login page. */
export interface TenantOption {
  slug: string;
  code: string;
  name: string;
}

/** Whether single sign-on is configured for a tenant. */
export interface OidcConfig {
  enabled: boolean;
  label?: string;
}

/** Secret and provisioning URI for an authenticator app. */
export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}

/** Login credentials. `tenant` is the tenant slug (or a typed code). */
export interface LoginInput {
  tenant: string;
  username: string;
  password: string;
}

/** Lists tenants for the login picker (public). */
export const fetchTenants = () => api<{ tenants: TenantOption[] }>('/api/tenants').then((r) => r.tenants);

/** Reads the SSO settings of a tenant (public). */
export const fetchOidcConfig = (tenant: string) => api<OidcConfig>(`/api/auth/oidc/config${queryString({ tenant })}`);

/** The URL that starts an SSO login for a tenant. */
export const oidcStartUrl = (tenant: string) => `/api/auth/oidc/start${queryString({ tenant })}`;

/** Password login; answers a session or asks for the second factor. */
export const login = (input: LoginInput) => api<SessionView | MfaRequired>('/api/auth/login', { method: 'POST', body: input });

/** Completes a login with a TOTP code. */
export const verifyTotp = (code: string) => api<SessionView>('/api/auth/totp', { method: 'POST', body: { code } });

/** Changes the signed-in user's password. */
export const changePassword = (input: { currentPassword: string; newPassword: string }) =>
  api<void>('/api/auth/password', { method: 'POST', body: input });

/** Starts TOTP enrolment: a new secret that is not active until enabled with a code. */
export const setupTotp = () => api<TotpSetup>('/api/auth/totp/setup', { method: 'POST', body: {} });

/** Activates TOTP with a code from the authenticator app. */
export const enableTotp = (code: string) => api<void>('/api/auth/totp/enable', { method: 'POST', body: { code } });

/** Turns TOTP off, confirmed with a current code. */
export const disableTotp = (code: string) => api<void>('/api/auth/totp/disable', { method: 'POST', body: { code } });

/** True when the login answer asks for a TOTP code. */
export function isMfaRequired(answer: SessionView | MfaRequired): answer is MfaRequired {
  return 'mfaRequired' in answer && answer.mfaRequired === true;
}

/** Minimum length of a new password (the server enforces it too). */
export const MIN_PASSWORD_LENGTH = 10;
