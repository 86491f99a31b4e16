/** Master-key rotation of the documents module: the tenant's CA and signer private keys, re-sealed in place. */
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
import { ForbiddenError } from '../../shared/errors.ts';
import { sealedKeyPurpose } from './certificates.service.ts';

type SealedKeyTable = 'signing_authorities' | 'signer_certificates';

const SEALED_KEY_TABLES: readonly { table: SealedKeyTable; kind: 'ca' | 'signer' }[] = [
  { table: 'signing_authorities', kind: 'ca' },
  { table: 'signer_certificates', kind: 'signer' },
];

async function resealTable(
  tx: RequestContext,
  rotation: MasterKeyRotation,
  { table, kind }: (typeof SEALED_KEY_TABLES)[number],
  report: ResealReport,
): Promise<void> {
  const db = tenantDb(tx);
  const rows = await db.selectFrom(table).select(['id', 'private_key_sealed']).orderBy('id').execute();
  for (const row of rows) {
    const outcome = resealSecret(rotation, sealedKeyPurpose(kind, tx.tenantId), row.private_key_sealed);
    countReseal(report, outcome, `${table}:${row.id}`);
    if (outcome.kind !== 'resealed' || rotation.dryRun) continue;
    await db
      .updateTable(table)
      .set({ private_key_sealed: outcome.sealed })
      .where('id', '=', row.id)
      .where('private_key_sealed', '=', row.private_key_sealed)
      .execute();
  }
}

/**
 * SECURITY: re-seals every CA and signer private key of the context's tenant from the old master key to the new one,
 * reached only through tenantDb (one tenant, bound into the purpose). Only the system (the `pamong rotate-master-key`
 * command) may call it, inside the caller's per-tenant transaction, so the caller can roll the tenant back whole
 * when a row is unreadable. Rows already sealed under the new key are counted and left alone.
 */
export async function resealCertificateKeys(tx: RequestContext, rotation: MasterKeyRotation): Promise<ResealReport> {
  if (tx.actor.kind !== 'system') throw new ForbiddenError();
  if (!rotation.dryRun && !isInTransaction(tx)) throw new Error('resealCertificateKeys needs the caller’s transaction');
  const report = emptyResealReport();
  for (const target of SEALED_KEY_TABLES) await resealTable(tx, rotation, target, report);
  return report;
}
