/** Reading stored capaian: an indicator's results of a year with band label/colour and not-computable messages. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { type BandDefinition, type BilingualMessage, ENGINE_VERSION, NOT_COMPUTABLE_MESSAGES } from './capaian/index.ts';
import { YEAR_PERIOD } from './capaian-inputs.ts';
import { hashOfSettings } from './capaian-rows.ts';
import { STORE_REASON_MESSAGES } from './capaian-store.messages.ts';
import type { StoredCapaianListView, StoredCapaianView } from './measurement-settings.contract.ts';
import { tenantYear } from './measurement-settings.service.ts';
import { loadMeasurementSettings } from './measurement-settings.ts';
import { periodsOfFrequency } from './realization-periods.ts';

const UNKNOWN_BAND_COLOR = '#868e96';

/** The bilingual message of a stored reason (the engine's, or the store's own). */
export function reasonMessage(reason: string | null): BilingualMessage | null {
  if (reason === null) return null;
  const messages: Readonly<Record<string, BilingualMessage>> = { ...NOT_COMPUTABLE_MESSAGES, ...STORE_REASON_MESSAGES };
  return messages[reason] ?? null;
}

/** A band code with its label and colour from the tenant's table (a code no longer in the table keeps its code). */
function bandOf(code: string | null, bands: readonly BandDefinition[]): StoredCapaianView['band'] {
  if (code === null) return null;
  const band = bands.find((b) => b.code === code);
  return { code, label: band?.label ?? code, color: band?.color ?? UNKNOWN_BAND_COLOR };
}

/** An indicator's stored capaian for a year (default the current one), chronological, `Y` last (404 for an indicator of another tenant). */
export async function listIndicatorCapaian(
  ctx: RequestContext,
  indicatorId: string,
  year?: number,
): Promise<StoredCapaianListView> {
  const db = tenantDb(ctx);
  // SECURITY: the indicator is looked up inside the tenant first; another tenant's id is a 404.
  const indicator = await db.selectFrom('indicators').select('frequency').where('id', '=', indicatorId).executeTakeFirst();
  if (!indicator) throw new NotFoundError('indicator');
  const shownYear = year ?? (await tenantYear(ctx));
  const settings = (await loadMeasurementSettings(ctx)).capaian;
  const hash = hashOfSettings(settings);
  const rows = await db
    .selectFrom('capaian_results')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .where('year', '=', shownYear)
    .execute();
  const order = [...periodsOfFrequency(indicator.frequency).filter((p) => p !== YEAR_PERIOD), YEAR_PERIOD];
  const rank = (period: string) => (order.includes(period) ? order.indexOf(period) : order.length);
  rows.sort((a, b) => rank(a.period) - rank(b.period) || a.period.localeCompare(b.period));
  const items = rows.map(
    (row): StoredCapaianView => ({
      period: row.period,
      state: row.state,
      value: row.value,
      raw: row.raw,
      band: bandOf(row.band, settings.bands),
      formula: row.formula,
      realisasi: row.realisasi,
      targetUsed: row.target_used,
      reason: row.reason,
      reasonMessage: reasonMessage(row.reason),
      detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
      engineVersion: row.engine_version,
      settingsHash: row.settings_hash,
      current: row.engine_version === ENGINE_VERSION && row.settings_hash === hash,
      computedAt: row.computed_at,
    }),
  );
  return { indicatorId, year: shownYear, engineVersion: ENGINE_VERSION, settingsHash: hash, items };
}
