/**
 * `pamong rotate-master-key`: re-seals every secret kept under the signing master key (CA and signer private keys,
 * the Sakip Desa identity key) from SIGNING_MASTER_KEY_OLD to SIGNING_MASTER_KEY, one transaction per tenant.
 */

import { inTransaction } from '../../db/executor.ts';
import type { DatabaseHandle } from '../../db/handle.ts';
import { recordAudit } from '../../modules/audit/index.ts';
import { resealCertificateKeys } from '../../modules/documents/index.ts';
import { listTenants, type Tenant } from '../../modules/organization/index.ts';
import { resealVillagePrivacyKey } from '../../modules/villages/index.ts';
import { type PlatformServices, systemContext } from '../../platform/access/context.ts';
import type { Config } from '../../platform/config/config.ts';
import {
  emptyResealReport,
  type MasterKeyRotation,
  mergeResealReports,
  type ResealReport,
} from '../../platform/crypto/reseal.ts';
import type { CliCommand, CliOutput } from '../command.ts';
import { openRuntime } from '../runtime.ts';

/** The environment variable that carries the current (old) master key; never an argument, so never in shell history. */
export const OLD_MASTER_KEY_VARIABLE = 'SIGNING_MASTER_KEY_OLD';

/** One tenant's outcome: the counts, whether they were committed, and an unexpected failure if any. */
export interface TenantRotation extends ResealReport {
  readonly tenantId: string;
  readonly code: string;
  readonly slug: string;
  /** True when the tenant's rows were re-sealed and committed (never in a dry run, never with an unreadable row). */
  readonly written: boolean;
  readonly error?: string;
}

/**
 * SECURITY: the old key comes from SIGNING_MASTER_KEY_OLD and the new one from the configuration, where
 * SIGNING_MASTER_KEY must be set explicitly; a missing old key or an unchanged key is refused.
 */
export function rotationKeysFrom(env: NodeJS.ProcessEnv, config: Config): { oldKey: string; newKey: string } {
  const oldKey = env[OLD_MASTER_KEY_VARIABLE];
  if (!oldKey)
    throw new Error(`${OLD_MASTER_KEY_VARIABLE} belum diisi: isi dengan kunci induk yang sekarang / set it to the current key`);
  if (!env.SIGNING_MASTER_KEY)
    throw new Error('SIGNING_MASTER_KEY belum diisi: isi dengan kunci induk yang baru / set it to the new master key');
  const newKey = config.signing.masterKey;
  if (oldKey === newKey)
    throw new Error(`${OLD_MASTER_KEY_VARIABLE} sama dengan SIGNING_MASTER_KEY: tidak ada yang diputar / the keys are equal`);
  return { oldKey, newKey };
}

/** Thrown inside a tenant's transaction to roll it back (dry run, or a row neither key opens) with its counts. */
class TenantRolledBack extends Error {
  constructor(readonly report: ResealReport) {
    super('tenant rolled back');
  }
}

async function rotateTenant(
  owner: { db: DatabaseHandle; platform: PlatformServices },
  tenant: Tenant,
  rotation: MasterKeyRotation,
): Promise<TenantRotation> {
  // SECURITY: a system context of exactly this tenant; each module re-seals its own rows through tenantDb.
  const ctx = systemContext(owner.db, owner.platform, tenant.id, 'cli:rotate-master-key', new Set());
  const who = { tenantId: tenant.id, code: tenant.code, slug: tenant.slug };
  try {
    const report = await inTransaction(ctx, async (tx) => {
      const tenantReport = mergeResealReports([
        await resealCertificateKeys(tx, rotation),
        await resealVillagePrivacyKey(tx, rotation),
      ]);
      // SECURITY: all or nothing per tenant: one unreadable row leaves every row of the tenant as it was.
      if (rotation.dryRun || tenantReport.unreadable.length > 0) throw new TenantRolledBack(tenantReport);
      await recordAudit(tx, 'signing.master_key_rotated', {
        data: { resealed: tenantReport.resealed, alreadyNew: tenantReport.alreadyNew },
      });
      return tenantReport;
    });
    return { ...who, ...report, written: true };
  } catch (err) {
    if (err instanceof TenantRolledBack) return { ...who, ...err.report, written: false };
    return { ...who, ...emptyResealReport(), written: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Re-seals the sealed secrets of every tenant (platform tenant last); a failing tenant does not stop the others. */
export async function rotateMasterKey(
  owner: { db: DatabaseHandle; platform: PlatformServices },
  rotation: MasterKeyRotation,
): Promise<TenantRotation[]> {
  const results: TenantRotation[] = [];
  for (const tenant of await listTenants(owner)) results.push(await rotateTenant(owner, tenant, rotation));
  return results;
}

/** True when every tenant's rows opened (and, outside a dry run, were committed). */
export function rotationSucceeded(results: readonly TenantRotation[]): boolean {
  return results.every((r) => !r.error && r.unreadable.length === 0);
}

function printRotation(out: CliOutput, results: readonly TenantRotation[], dryRun: boolean): void {
  const verb = dryRun ? 'akan dikunci ulang (would re-seal)' : 'dikunci ulang (re-sealed)';
  for (const r of results) {
    const state = r.error ? 'GAGAL' : r.unreadable.length > 0 ? 'TIDAK DIUBAH' : dryRun ? 'SIAP' : 'SELESAI';
    out.line(
      `${state.padEnd(12)} ${r.code} ${r.slug}: ${verb} ${r.resealed}, sudah kunci baru (already new) ${r.alreadyNew}, ` +
        `tak terbaca (unreadable) ${r.unreadable.length}`,
    );
    for (const row of r.unreadable) out.line(`  tak terbaca dengan kunci lama maupun baru (opens with neither key): ${row}`);
    if (r.error) out.line(`  galat (error): ${r.error}`);
  }
}

/** `pamong rotate-master-key [--dry-run]`. */
export const rotateMasterKeyCommand: CliCommand = {
  words: ['rotate-master-key'],
  summary: 'Putar kunci induk penyegel: kunci lama dari SIGNING_MASTER_KEY_OLD, baru dari SIGNING_MASTER_KEY',
  usage: 'SIGNING_MASTER_KEY_OLD=<kunci lama> SIGNING_MASTER_KEY=<kunci baru> pamong rotate-master-key [--dry-run] [--json]',
  options: { 'dry-run': { type: 'boolean' } },
  async run({ values, config, out }) {
    const cfg = config();
    const dryRun = Boolean(values['dry-run']);
    const rotation: MasterKeyRotation = { ...rotationKeysFrom(process.env, cfg), dryRun };
    const rt = await openRuntime(cfg);
    try {
      const results = await rotateMasterKey(rt, rotation);
      const ok = rotationSucceeded(results);
      out.result({ ok, dryRun, tenants: results }, () => printRotation(out, results, dryRun));
      if (!ok) out.error('Ada baris yang tidak terbaca atau pemda yang gagal; pemda itu tidak diubah (see above).');
      return ok ? 0 : 1;
    } finally {
      await rt.close();
    }
  },
};
