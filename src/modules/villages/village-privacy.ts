/**
 * Identifiers of people (NIK, No KK) in Sakip Desa evidence: stored only as HMAC-SHA256 under a per-tenant random key
 * and as a masked display form. The key is made on first use, kept sealed under the platform master key in
 * `village_privacy_keys`, and never leaves this file.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { isInTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import {
  countReseal,
  emptyResealReport,
  type MasterKeyRotation,
  type ResealReport,
  resealSecret,
} from '../../platform/crypto/reseal.ts';
import { openSecret, sealSecret } from '../../platform/crypto/secret-box.ts';
import { ForbiddenError } from '../../shared/errors.ts';

const PURPOSE = 'villages-identity-key';

/** Keyed hashing of identifiers for one tenant. */
export interface IdentityHasher {
  /** HMAC-SHA256 (hex) of a 16-digit identifier, prefixed by its kind so a NIK and a No KK never collide. */
  readonly hash: (kind: 'nik' | 'kk', digits: string) => string;
  /** HMAC-SHA256 (hex) of any text (the submission body hash). */
  readonly hashText: (text: string) => string;
}

/** `3211********0001`: the first four and the last four digits of a 16-digit identifier. */
export function maskIdentifier(digits: string): string {
  return `${digits.slice(0, 4)}${'*'.repeat(Math.max(0, digits.length - 8))}${digits.slice(-4)}`;
}

const purposeOf = (tenantId: string) => `${PURPOSE}:${tenantId}`;

/** The stored key row, creating it when the tenant has none (a concurrent creator wins; its key is read back). */
async function sealedKey(ctx: RequestContext): Promise<string> {
  const db = tenantDb(ctx);
  const found = await db.selectFrom('village_privacy_keys').select('sealed_key').executeTakeFirst();
  if (found) return found.sealed_key;
  const sealed = sealSecret(ctx.platform.signing.masterKey, purposeOf(ctx.tenantId), randomBytes(32).toString('base64'));
  await db
    .insertInto('village_privacy_keys', { sealed_key: sealed, created_at: ctx.platform.now().toISOString() })
    .onConflict((oc) => oc.column('tenant_id').doNothing())
    .execute();
  return (await db.selectFrom('village_privacy_keys').select('sealed_key').executeTakeFirstOrThrow()).sealed_key;
}

/**
 * SECURITY: the tenant's identity hasher. The key is opened with the platform master key; when it cannot be opened
 * (the master key changed) hashing stops with an error instead of silently producing hashes that match nothing.
 */
export async function identityHasher(ctx: RequestContext): Promise<IdentityHasher> {
  const opened = openSecret(ctx.platform.signing.masterKey, purposeOf(ctx.tenantId), await sealedKey(ctx));
  if (opened === undefined) throw new Error('villages: the identity key cannot be opened with the current master key');
  const key = Buffer.from(opened, 'base64');
  const hmac = (text: string) => createHmac('sha256', key).update(text, 'utf8').digest('hex');
  return { hash: (kind, digits) => hmac(`${kind}:${digits}`), hashText: hmac };
}

/**
 * SECURITY: master-key rotation of the tenant's identity key: the same HMAC key is re-sealed under the new master key,
 * so every stored NIK / No KK hash stays valid (no duplicate households after a rotation). Reached only through
 * tenantDb; only the system (`pamong rotate-master-key`) may call it, inside the caller's per-tenant transaction.
 * A tenant without a key yet reports nothing; a key already sealed under the new master key is counted, not touched.
 */
export async function resealVillagePrivacyKey(tx: RequestContext, rotation: MasterKeyRotation): Promise<ResealReport> {
  if (tx.actor.kind !== 'system') throw new ForbiddenError();
  if (!rotation.dryRun && !isInTransaction(tx)) throw new Error('resealVillagePrivacyKey needs the caller’s transaction');
  const db = tenantDb(tx);
  const report = emptyResealReport();
  const row = await db.selectFrom('village_privacy_keys').select('sealed_key').executeTakeFirst();
  if (!row) return report;
  const outcome = resealSecret(rotation, purposeOf(tx.tenantId), row.sealed_key);
  countReseal(report, outcome, `village_privacy_keys:${tx.tenantId}`);
  if (outcome.kind === 'resealed' && !rotation.dryRun)
    await db
      .updateTable('village_privacy_keys')
      .set({ sealed_key: outcome.sealed })
      .where('sealed_key', '=', row.sealed_key)
      .execute();
  return report;
}
