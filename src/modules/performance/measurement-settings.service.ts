/**
 * The tenant's measurement settings as a use case: read them (anyone who reads plans), save them (the planning
 * coordinator only) and recompute every stored capaian of the current and previous year in the same transaction,
 * and recompute a year on request.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { tenantTimeZoneOf } from '../organization/index.ts';
import { type CapaianSettings, ENGINE_VERSION, settingsSnapshot } from './capaian/index.ts';
import { hashOfSettings } from './capaian-rows.ts';
import { recomputeTenantYear } from './capaian-store.service.ts';
import type {
  MeasurementSettingsInput,
  MeasurementSettingsView,
  RecomputeYearView,
  SaveMeasurementSettingsView,
} from './measurement-settings.contract.ts';
import { loadMeasurementSettings, type MeasurementSettings } from './measurement-settings.ts';
import { enforce, mayManageRegencyPlan } from './performance.policy.ts';
import { currentPlanner } from './planner.ts';

/** SECURITY: measurement settings and recomputes are the planning coordinator's (mayManageRegencyPlan). */
async function enforceCoordinator(ctx: RequestContext): Promise<void> {
  enforce(mayManageRegencyPlan(await currentPlanner(ctx)));
}

/** True when the actor may change the settings (shown so the screen can be read-only). */
async function mayManage(ctx: RequestContext): Promise<boolean> {
  if (!ctx.actor.permissions.has('performance.plan.manage')) return false;
  return mayManageRegencyPlan(await currentPlanner(ctx)).allowed;
}

/** The stored row's time of the last save, or null when the tenant runs on the defaults. */
async function savedAt(ctx: RequestContext): Promise<string | null> {
  const row = await tenantDb(ctx).selectFrom('performance_settings').select('updated_at').executeTakeFirst();
  return row?.updated_at ?? null;
}

/** The view of settings. */
function viewOf(settings: MeasurementSettings, updatedAt: string | null, canManage: boolean): MeasurementSettingsView {
  const snapshot = settingsSnapshot(settings.capaian);
  return {
    minimizeFormula: snapshot.minimizeFormula,
    cap: snapshot.cap,
    floor: snapshot.floor,
    roundingDecimals: snapshot.roundingDecimals,
    bandBoundary: snapshot.bandBoundary,
    bands: snapshot.bands.map((b) => ({ code: b.code, label: b.label, min: b.min ?? null, max: b.max ?? null, color: b.color })),
    lockAfterDays: settings.lockAfterDays,
    earlyWarningBelow: settings.earlyWarningBelow,
    saved: settings.saved,
    updatedAt,
    engineVersion: ENGINE_VERSION,
    settingsHash: hashOfSettings(settings.capaian),
    canManage,
  };
}

/** The tenant's measurement settings (defaults until saved) and whether the reader may change them. */
export async function getMeasurementSettings(ctx: RequestContext): Promise<MeasurementSettingsView> {
  return viewOf(await loadMeasurementSettings(ctx), await savedAt(ctx), await mayManage(ctx));
}

/** The current year in the tenant's time zone. */
export async function tenantYear(ctx: RequestContext): Promise<number> {
  const timeZone = await tenantTimeZoneOf(ctx, ctx.tenantId);
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(ctx.platform.now()));
}

/** The capaian part of the input, canonical (cap/floor/bands as the engine normalises them). */
function capaianOf(input: MeasurementSettingsInput): CapaianSettings {
  const snapshot = settingsSnapshot({
    minimizeFormula: input.minimizeFormula,
    cap: input.cap,
    floor: input.floor,
    roundingDecimals: input.roundingDecimals,
    bandBoundary: input.bandBoundary,
    bands: input.bands,
  });
  const { engineVersion: _, ...settings } = snapshot;
  return settings;
}

/** Writes the settings row (insert or update). */
async function writeSettings(tx: RequestContext, input: MeasurementSettingsInput, capaian: CapaianSettings): Promise<void> {
  const db = tenantDb(tx);
  const row = {
    minimize_formula: capaian.minimizeFormula,
    cap: capaian.cap,
    floor: capaian.floor,
    rounding_decimals: capaian.roundingDecimals ?? 2,
    band_boundary: capaian.bandBoundary ?? 'min_inclusive',
    bands: JSON.stringify(capaian.bands),
    lock_after_days: input.lockAfterDays,
    early_warning_below: input.earlyWarningBelow,
    updated_at: tx.platform.now().toISOString(),
    updated_by: tx.actor.userId,
  };
  const existing = await db.selectFrom('performance_settings').select('tenant_id').executeTakeFirst();
  if (existing) await db.updateTable('performance_settings').set(row).execute();
  else await db.insertInto('performance_settings', row).execute();
}

/**
 * Saves the settings (coordinator only; 409 when someone saved since `updatedAt` was read) and recomputes every
 * stored capaian of the current and previous year in the same transaction; answers how many results changed.
 */
export async function saveMeasurementSettings(
  ctx: RequestContext,
  input: MeasurementSettingsInput,
): Promise<SaveMeasurementSettingsView> {
  await enforceCoordinator(ctx);
  const year = await tenantYear(ctx);
  const capaian = capaianOf(input);
  const recomputed = await inTransaction(ctx, async (tx) => {
    if ((await savedAt(tx)) !== input.updatedAt) throw new ConflictError('performance.capaianStore.staleSettings');
    await writeSettings(tx, input, capaian);
    const years: RecomputeYearView[] = [];
    for (const y of [year - 1, year]) years.push(await recomputeTenantYear(tx, y, capaian));
    const { updatedAt: _, ...data } = input;
    await recordAudit(tx, 'performance.measurement_settings_saved', {
      objectType: 'performance_settings',
      data: { ...data, settingsHash: hashOfSettings(capaian), changed: years.map((y) => ({ year: y.year, changed: y.changed })) },
    });
    return years;
  });
  return {
    settings: await getMeasurementSettings(ctx),
    recomputed,
    changed: recomputed.reduce((sum, y) => sum + y.changed, 0),
  };
}

/** Recomputes every stored capaian of a year on the coordinator's request (audited). */
export async function recomputeYearOnRequest(ctx: RequestContext, year: number): Promise<RecomputeYearView> {
  await enforceCoordinator(ctx);
  return inTransaction(ctx, async (tx) => {
    const summary = await recomputeTenantYear(tx, year);
    await recordAudit(tx, 'performance.capaian_recomputed', { objectType: 'capaian_results', data: { ...summary } });
    return summary;
  });
}
