/**
 * The tenant's village category bands: stored rows (all sharing one `version`), or the Sumedang defaults when none.
 * Saving replaces the whole table after the engine's predikat-table check (422 field messages, nothing written).
 */
import { createHash } from 'node:crypto';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { bandsAscending, predikatTableProblems } from '../evaluation/index.ts';
import { enforceIdm } from './idm.policy.ts';
import { currentIdmViewer } from './idm-viewer.ts';
import { DEFAULT_VILLAGE_BANDS, type VillageBandSettings } from './ranking/index.ts';
import type { VillageBandSettingsInput, VillageBandSettingsView, VillageBandView } from './village-evaluation.contract.ts';
import { mayEvaluateVillages, mayReadVillageResults } from './village-evaluation.policy.ts';
import { bandRange, villagePredikatTable } from './village-worksheet.ts';

/** The bands in force with their settings version (0 = defaults). */
export interface LoadedBands {
  readonly bands: VillageBandSettings;
  readonly version: number;
  readonly isDefault: boolean;
}

/** The tenant's bands, highest first; the defaults when the tenant saved none. */
export async function loadBands(ctx: RequestContext): Promise<LoadedBands> {
  const rows = await tenantDb(ctx).selectFrom('village_band_settings').selectAll().execute();
  if (rows.length === 0) return { bands: DEFAULT_VILLAGE_BANDS, version: 0, isDefault: true };
  const bands = rows.map((r) => ({ code: r.code, label: r.label, lo: r.lo, hi: r.hi, inferred: r.inferred === 1 }));
  const ordered = bandsAscending(villagePredikatTable(bands)).reverse();
  return {
    bands: ordered.map((p) => bands.find((b) => b.code === p.code)!),
    version: Number(rows[0]!.version),
    isDefault: false,
  };
}

/** A short hash of a band table, stored with a final evaluation so a later change of the table is visible. */
export function bandsHash(bands: VillageBandSettings): string {
  const canonical = bandsAscending(villagePredikatTable(bands)).map((b) => [b.code, b.lo, b.hi]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 16);
}

/** The bands as views with their shown ranges. */
export function bandViews(bands: VillageBandSettings): VillageBandView[] {
  const lowest = bandsAscending(villagePredikatTable(bands))[0]?.code;
  return bands.map((b) => ({ ...b, ...bandRange(b, b.code === lowest) }));
}

async function settingsView(ctx: RequestContext, canEdit: boolean): Promise<VillageBandSettingsView> {
  const loaded = await loadBands(ctx);
  return {
    bands: bandViews(loaded.bands),
    version: loaded.version,
    isDefault: loaded.isDefault,
    hash: bandsHash(loaded.bands),
    canEdit,
  };
}

/** The band settings, for regency staff and DPMD. */
export async function getBandSettings(ctx: RequestContext): Promise<VillageBandSettingsView> {
  const viewer = await currentIdmViewer(ctx);
  enforceIdm(mayReadVillageResults(viewer));
  return settingsView(ctx, mayEvaluateVillages(viewer).allowed);
}

/** Replaces the band table (DPMD); 422 with the engine's problems, 409 on a stale version. */
export async function saveBandSettings(ctx: RequestContext, input: VillageBandSettingsInput): Promise<VillageBandSettingsView> {
  enforceIdm(mayEvaluateVillages(await currentIdmViewer(ctx)));
  const problems = predikatTableProblems(villagePredikatTable(input.bands)).map((p) => ({
    field: 'body.bands',
    message: `villages.evaluation.band.${p.code}`,
    params: { detail: p.message },
  }));
  if (problems.length > 0) throw new ValidationError(problems);
  await inTransaction(ctx, async (tx) => {
    const current = await loadBands(tx);
    if (current.version !== input.version) throw new ConflictError('villages.evaluation.staleVersion');
    const now = tx.platform.now().toISOString();
    const version = current.version + 1;
    await tenantDb(tx).deleteFrom('village_band_settings').execute();
    await tenantDb(tx)
      .insertInto(
        'village_band_settings',
        input.bands.map((b) => ({ ...b, inferred: b.inferred ? 1 : 0, version, updated_by: tx.actor.userId, updated_at: now })),
      )
      .execute();
    await recordAudit(tx, 'villages.bands_saved', {
      objectType: 'village_band_settings',
      objectId: ctx.tenantId,
      data: { version },
    });
  });
  return settingsView(ctx, true);
}
