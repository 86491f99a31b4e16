import type { z } from 'zod';
import type {
  ChangePasswordInput,
  LoginInput,
  MfaRequiredView,
  OidcConfigView,
  SessionView,
  TotpSetupView,
} from '../../../../src/modules/identity/identity.contract.ts';
import { api, queryString } from '../../app/api.ts';

/** A government body offered on the login page (`GET /api/tenants`; declared inline by the route, no contract). */
export interface TenantOption {
  slug: string;
  code: string;
  name: string;
}

/** Whether single sign-on is configured for a tenant. */
export type OidcConfig = z.infer<typeof OidcConfigView>;

/** Secret and provisioning URI for an authenticator app. */
export type TotpSetup = z.infer<typeof TotpSetupView>;

/** Lists tenants for the login picker (public). */
export const fetchTenants = () => api<{ tenants: TenantOption[] }>('/api/tenants').then((r) => r.tenants);

/** Reads the SSO settings of a tenant (public). */
export const fetchOidcConfig = (tenant: string) => api<OidcConfig>(`/api/auth/oidc/config${queryString({ tenant })}`);

/** The URL that starts an SSO login for a tenant. */
export const oidcStartUrl = (tenant: string) => `/api/auth/oidc/start${queryString({ tenant })}`;

/** Password login; answers a session or asks for the second factor. */
export const login = (input: LoginInput) =>
  api<SessionView | MfaRequiredView>('/api/auth/login', { method: 'POST', body: input });

/** Completes a login with a TOTP code. */
export const verifyTotp = (code: string) => api<SessionView>('/api/auth/totp', { method: 'POST', body: { code } });

/** Changes the signed-in user's password. */
export const changePassword = (input: ChangePasswordInput) => api<void>('/api/auth/password', { method: 'POST', body: input });

/** Starts TOTP enrolment: a new secret that is not active until enabled with a code. */
export const setupTotp = () => api<TotpSetup>('/api/auth/totp/setup', { method: 'POST', body: {} });

/** Activates TOTP with a code from the authenticator app. */
export const enableTotp = (code: string) => api<void>('/api/auth/totp/enable', { method: 'POST', body: { code } });

/** Turns TOTP off, confirmed with a current code. */
export const disableTotp = (code: string) => api<void>('/api/auth/totp/disable', { method: 'POST', body: { code } });

/** True when the login answer asks for a TOTP code. */
export function isMfaRequired(answer: SessionView | MfaRequiredView): answer is MfaRequiredView {
  return 'mfaRequired' in answer && answer.mfaRequired === true;
}

/** Minimum length of a new password (the server enforces it too). */
export const MIN_PASSWORD_LENGTH = 10;
