import type { DatabaseHandle } from '../../db/handle.ts';
import type { Permission } from '../../shared/permissions.ts';
import type { ChatWebhook } from '../mail/chat-webhook.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { RemoteSigner } from '../signing/signing-types.ts';
import type { Storage } from '../storage/storage.ts';

/** Who is acting: a logged-in user, or the system itself (a job, a CLI command, a seed). */
export interface Actor {
  readonly kind: 'user' | 'system';
  readonly userId: string | null;
  /** Human-readable label for logs and the audit trail, e.g. a name or `job:org-import`. */
  readonly label: string;
  readonly roles: readonly string[];
  readonly permissions: ReadonlySet<Permission>;
  readonly sessionId: string | null;
}

/** Security settings the identity use cases need, from the configuration. */
export interface SecuritySettings {
  readonly sessionSecret: string;
  readonly sessionTtlHours: number;
  readonly loginThrottle: { readonly max: number; readonly windowMs: number };
  readonly secureCookies: boolean;
}

/** Electronic-signature settings: the sealing key, which signer signs, and extra trusted roots (BSrE). */
export interface SigningSettings {
  /** SECURITY: seals CA and signer private keys at rest. */
  readonly masterKey: string;
  readonly provider: 'local' | 'bsre';
  readonly signerCertificateDays: number;
  /** Present when a BSrE client is configured. */
  readonly remote?: RemoteSigner;
  /** DER certificates trusted besides each tenant's own CA (e.g. the BSrE roots). */
  readonly extraTrustAnchorsDer: readonly Buffer[];
  readonly verifyMaxPerMinute: number;
}

/** Work a module does for a freshly created tenant, inside the tenant-creation transaction. */
export type TenantSetupStep = (ctx: RequestContext) => Promise<unknown>;

/** The adapters a use case may need besides the database, injected once at start. */
export interface PlatformServices {
  readonly storage: Storage;
  readonly now: () => Date;
  readonly timezone: string;
  readonly baseUrl: string;
  readonly security: SecuritySettings;
  readonly signing: SigningSettings;
  /** E-mail over SMTP (switched off when SMTP_URL is unset). */
  readonly mail: Mailer;
  /** The WhatsApp-shaped notification webhook (switched off without a URL). */
  readonly chat: ChatWebhook;
  /** Steps other modules add to tenant creation (e.g. the tenant's signing CA). */
  readonly tenantSetup: readonly TenantSetupStep[];
}

/** The immutable first argument of every service function. Only this folder constructs one. */
export interface RequestContext {
  readonly db: DatabaseHandle;
  readonly tenantId: string;
  readonly actor: Actor;
  readonly requestId: string;
  readonly ip: string | null;
  readonly locale: 'id' | 'en';
  readonly platform: PlatformServices;
}

/** Builds the context of an authenticated request. */
export function userContext(input: {
  db: DatabaseHandle;
  platform: PlatformServices;
  tenantId: string;
  actor: Omit<Actor, 'kind'>;
  requestId: string;
  ip: string | null;
  locale: 'id' | 'en';
}): RequestContext {
  return Object.freeze({ ...input, actor: Object.freeze({ kind: 'user' as const, ...input.actor }) });
}

/**
 * SECURITY: a context acting as the system inside one tenant (jobs, CLI, seeds). It carries every
 * permission of the given roles; pass the narrowest role set that does the work.
 */
export function systemContext(
  db: DatabaseHandle,
  platform: PlatformServices,
  tenantId: string,
  label: string,
  permissions: ReadonlySet<Permission>,
): RequestContext {
  return Object.freeze({
    db,
    platform,
    tenantId,
    requestId: `system:${label}`,
    ip: null,
    locale: 'id' as const,
    actor: Object.freeze({ kind: 'system' as const, userId: null, label, roles: [], permissions, sessionId: null }),
  });
}
