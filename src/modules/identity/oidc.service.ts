import * as client from 'openid-client';
import { inTransaction } from '../../db/executor.ts';
import { type TenantScope, tenantDb } from '../../db/tenant-db.ts';
import type { PublicContext } from '../../platform/http/public-context.ts';
import { UnauthorizedError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findTenantByRef, type Tenant } from '../organization/index.ts';
import { findUserByLogin, findUserByOidcSubject, rolesOf, type UserRecord } from './identity.repository.ts';
import { contextForUser, type OpenedSession, openSession } from './login.service.ts';
import { discoverProvider, type OidcSettings } from './oidc-discovery.ts';

/** Name of the short-lived cookie that binds a pending SSO login to the browser that started it. */
export const OIDC_FLOW_COOKIE = 'pamong_oidc';
/** How long a started SSO login may take before its state expires. */
export const OIDC_STATE_TTL_MS = 10 * 60_000;

/** Path of the callback; the redirect URI registered at the provider is the base URL plus this. */
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/** An SSO login was refused. `reason` is for the server log only; the browser gets the message key. */
export class OidcLoginRefused extends UnauthorizedError {
  constructor(
    readonly reason: string,
    messageKey = 'identity.oidcFailed',
  ) {
    // The browser only learns the message key; the detailed reason would help an attacker probe.
    super(messageKey, { reason: 'login' });
  }
}

/** A started SSO login: where to send the browser, and the state to keep in the flow cookie. */
export interface OidcStart {
  readonly authorizationUrl: URL;
  readonly state: string;
}

/** The callback URL the provider redirects to, from the configured public base URL. */
export function oidcRedirectUri(pub: PublicContext): string {
  return `${pub.platform.baseUrl.replace(/\/+$/, '')}${OIDC_CALLBACK_PATH}`;
}

async function tenantWithSso(pub: PublicContext, tenantRef: string): Promise<{ tenant: Tenant; oidc: OidcSettings } | undefined> {
  const tenant = await findTenantByRef(pub, tenantRef);
  const oidc = tenant?.settings.oidc;
  return tenant && oidc ? { tenant, oidc } : undefined;
}

/** Whether the tenant offers SSO, and the label of its button. Unknown tenants simply have none. */
export async function oidcConfigView(pub: PublicContext, tenantRef: string): Promise<{ enabled: boolean; label?: string }> {
  const found = await tenantWithSso(pub, tenantRef);
  return found ? { enabled: true, label: found.oidc.label ?? 'SSO' } : { enabled: false };
}

/**
 * Starts an SSO login: stores state, PKCE verifier and nonce in the tenant's `oidc_states` (10 min)
 * and returns the provider's authorisation URL. The state is `<tenantId>.<random>`, so the callback
 * knows which tenant to look in without trusting anything else the browser says.
 */
export async function startOidcLogin(pub: PublicContext, tenantRef: string): Promise<OidcStart> {
  const found = await tenantWithSso(pub, tenantRef);
  if (!found) throw new OidcLoginRefused(`SSO not configured for tenant ${tenantRef}`, 'identity.oidcDisabled');
  const now = pub.platform.now();
  const config = await discoverProvider(found.oidc, pub.platform.security.sessionSecret, now);
  const state = `${found.tenant.id}.${client.randomState()}`;
  const codeVerifier = client.randomPKCECodeVerifier();
  const nonce = client.randomNonce();
  const scope: TenantScope = { db: pub.db, tenantId: found.tenant.id };
  await inTransaction(scope, async (tx) => {
    await tenantDb(tx).deleteFrom('oidc_states').where('oidc_states.expires_at', '<', now.toISOString()).execute();
    await tenantDb(tx)
      .insertInto('oidc_states', {
        state,
        code_verifier: codeVerifier,
        nonce,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + OIDC_STATE_TTL_MS).toISOString(),
      })
      .execute();
  });
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: oidcRedirectUri(pub),
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { authorizationUrl, state };
}

function tenantIdOfState(state: string | null): string | undefined {
  return /^([0-9a-f-]{36})\.[A-Za-z0-9_-]{20,100}$/.exec(state ?? '')?.[1];
}

/** SECURITY: takes a pending state out of its tenant (single use); undefined when unknown or expired. */
async function takeState(scope: TenantScope, state: string, now: Date) {
  const row = await tenantDb(scope)
    .selectFrom('oidc_states')
    .selectAll()
    .where('oidc_states.state', '=', state)
    .executeTakeFirst();
  if (!row) return undefined;
  const deleted = await tenantDb(scope).deleteFrom('oidc_states').where('oidc_states.state', '=', state).executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1 || row.expires_at <= now.toISOString()) return undefined;
  return row;
}

interface ProviderIdentity {
  readonly subject: string;
  readonly email: string | undefined;
  readonly emailVerified: boolean;
}

/** Exchanges the code (PKCE, state and nonce checked by openid-client) and reads who logged in. */
async function exchangeCode(
  config: client.Configuration,
  oidc: OidcSettings,
  callbackUrl: URL,
  row: { state: string; code_verifier: string; nonce: string },
) {
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: row.code_verifier,
    expectedState: row.state,
    expectedNonce: row.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims?.sub) throw new OidcLoginRefused('ID token without subject');
  // Many providers put e-mail claims only in the userinfo answer for the code flow.
  const info = claims.email === undefined ? await client.fetchUserInfo(config, tokens.access_token, claims.sub) : claims;
  const identity: ProviderIdentity = {
    subject: `${oidc.issuer}|${claims.sub}`,
    email: typeof info.email === 'string' ? info.email.toLowerCase() : undefined,
    emailVerified: info.email_verified === true,
  };
  return identity;
}

/**
 * SECURITY: maps a provider identity to an existing account: by the stored subject first, else by a
 * verified e-mail (then the subject is stored). Never creates accounts, and never re-links an
 * account that is already tied to another subject.
 */
async function matchUser(scope: TenantScope, identity: ProviderIdentity): Promise<{ user: UserRecord; linked: boolean }> {
  const bySubject = await findUserByOidcSubject(scope, identity.subject);
  if (bySubject) return { user: bySubject, linked: false };
  const byEmail = identity.email && identity.emailVerified ? await findUserByLogin(scope, identity.email) : undefined;
  if (!byEmail || byEmail.oidc_subject !== null) {
    throw new OidcLoginRefused(`no Pamong account for ${identity.subject}`, 'identity.oidcUnknownUser');
  }
  return { user: byEmail, linked: true };
}

/** Checks the callback's state against the browser's flow cookie and the tenant's stored states. */
async function pendingLogin(pub: PublicContext, callbackUrl: URL, flowCookie: string | undefined) {
  const state = callbackUrl.searchParams.get('state');
  const tenantId = tenantIdOfState(state);
  if (!state || !tenantId) throw new OidcLoginRefused('malformed state');
  if (flowCookie !== state) throw new OidcLoginRefused('state does not belong to this browser');
  const found = await tenantWithSso(pub, tenantId);
  if (found?.tenant.id !== tenantId) throw new OidcLoginRefused('SSO not configured for the tenant of the state');
  const scope: TenantScope = { db: pub.db, tenantId };
  const row = await takeState(scope, state, pub.platform.now());
  if (!row) throw new OidcLoginRefused('unknown, used or expired state');
  return { ...found, scope, row };
}

/**
 * Completes an SSO login from the provider's redirect to the callback. `flowCookie` is the value of
 * the OIDC_FLOW_COOKIE the start route set. Opens a session; when the account has TOTP on, the
 * session is half-open and the second step is still due.
 */
export async function completeOidcLogin(
  pub: PublicContext,
  callbackUrl: URL,
  flowCookie: string | undefined,
): Promise<OpenedSession> {
  const { tenant, oidc, scope, row } = await pendingLogin(pub, callbackUrl, flowCookie);
  const providerError = callbackUrl.searchParams.get('error');
  if (providerError) throw new OidcLoginRefused(`provider answered ${providerError.slice(0, 100)}`);
  const config = await discoverProvider(oidc, pub.platform.security.sessionSecret, pub.platform.now());
  const identity = await exchangeCode(config, oidc, callbackUrl, row).catch((error: unknown) => {
    throw error instanceof OidcLoginRefused ? error : new OidcLoginRefused(`code exchange failed: ${String(error)}`);
  });
  const { user, linked } = await matchUser(scope, identity);
  if (user.status !== 'active') throw new OidcLoginRefused(`account ${user.id} is disabled`);
  const ctx = contextForUser(pub, tenant.id, user, await rolesOf(scope, user.id), null);
  return inTransaction(ctx, async (tx) => {
    if (linked)
      await tenantDb(tx).updateTable('users').set({ oidc_subject: identity.subject }).where('users.id', '=', user.id).execute();
    const opened = await openSession(tx, pub, tenant, user.totp_enabled === 1);
    const data = { issuer: oidc.issuer, matchedBy: linked ? 'email' : 'subject', mfaPending: opened.mfaPending };
    await recordAudit(tx, 'auth.login_sso', { objectType: 'session', objectId: opened.sessionId, data });
    return opened;
  });
}
