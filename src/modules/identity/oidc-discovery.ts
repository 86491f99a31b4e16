import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import { openSecret, sealSecret } from '../../platform/crypto/secret-box.ts';
import type { TenantSettings } from '../organization/index.ts';

/** A tenant's OpenID provider settings (issuer, client id and secret, button label). */
export type OidcSettings = NonNullable<TenantSettings['oidc']>;

const CACHE_MS = 5 * 60_000;
const SECRET_PURPOSE = 'oidc-client';

/** SECURITY: seals a tenant's OIDC client secret for its settings; only the sealed form is stored. */
export function sealOidcClientSecret(masterSecret: string, clientSecret: string): string {
  return sealSecret(masterSecret, SECRET_PURPOSE, clientSecret);
}
const DISCOVERY_TIMEOUT_SECONDS = 10;
const cache = new Map<string, { config: client.Configuration; expiresAt: number }>();

function cacheKey(settings: OidcSettings): string {
  const secret = createHash('sha256').update(settings.clientSecret).digest('hex');
  return `${settings.issuer}\u0000${settings.clientId}\u0000${secret}`;
}

/**
 * The client configuration for a tenant's provider, from the issuer's discovery document. Cached in
 * memory per issuer and client for a few minutes: it is only metadata (login state lives in the
 * database), so several app processes may each hold their own copy. Plain `http://` issuers are
 * accepted only because local test providers use them; production issuers are https.
 */
export async function discoverProvider(settings: OidcSettings, masterSecret: string, now: Date): Promise<client.Configuration> {
  const key = cacheKey(settings);
  const cached = cache.get(key);
  if (cached && cached.expiresAt > now.getTime()) return cached.config;
  const clientSecret = openSecret(masterSecret, SECRET_PURPOSE, settings.clientSecret);
  if (clientSecret === undefined)
    throw new Error('the OIDC client secret cannot be opened: set it again with `pamong tenant oidc`');
  const issuer = new URL(settings.issuer);
  const config = await client.discovery(issuer, settings.clientId, undefined, client.ClientSecretBasic(clientSecret), {
    timeout: DISCOVERY_TIMEOUT_SECONDS,
    execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
  });
  cache.set(key, { config, expiresAt: now.getTime() + CACHE_MS });
  return config;
}

/** Forgets every cached discovery document (after a tenant changes its SSO settings, and in tests). */
export function forgetDiscoveredProviders(): void {
  cache.clear();
}
