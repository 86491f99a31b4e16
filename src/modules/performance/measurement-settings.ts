/**
 * The tenant's measurement settings (one `performance_settings` row, defaults when absent): the capaian engine's
 * choices and band table, the lock rule of realisasi periods and the early-warning threshold.
 */
import type { PerformanceSettingsTable } from '../../db/schema/performance-measurement.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import type { BandDefinition, CapaianSettings } from './capaian/index.ts';

/** Everything measurement needs to know about a tenant's choices. */
export interface MeasurementSettings {
  readonly capaian: CapaianSettings;
  /** A period locks this many days after it ends. */
  readonly lockAfterDays: number;
  /** Early warning when the projected year-end capaian (percent) is below this. */
  readonly earlyWarningBelow: string;
  /** False while the tenant has never saved its own settings. */
  readonly saved: boolean;
}

/** The default band table (e-sakip-bna's traffic light, domain notes §3.2); a tenant replaces it. */
export const DEFAULT_BANDS: readonly BandDefinition[] = [
  { code: 'merah', label: 'Merah (< 70)', min: null, max: '70', color: '#c92a2a' },
  { code: 'kuning', label: 'Kuning (70–90)', min: '70', max: '90', color: '#e67700' },
  { code: 'hijau', label: 'Hijau (≥ 90)', min: '90', max: null, color: '#2b8a3e' },
];

/** Defaults: (2T − R)/T for minimize, capped at 120 %, floored at 0, two decimals, 15 days to enter a period. */
export const DEFAULT_MEASUREMENT_SETTINGS: MeasurementSettings = {
  capaian: {
    minimizeFormula: 'inverse_difference',
    cap: '120',
    floor: '0',
    roundingDecimals: 2,
    bands: DEFAULT_BANDS,
    bandBoundary: 'min_inclusive',
  },
  lockAfterDays: 15,
  earlyWarningBelow: '90',
  saved: false,
};

/** Reads a stored row into settings (the bands column is JSON written by the settings service). */
export function measurementSettingsOfRow(row: PerformanceSettingsTable): MeasurementSettings {
  return {
    capaian: {
      minimizeFormula: row.minimize_formula,
      cap: row.cap,
      floor: row.floor,
      roundingDecimals: row.rounding_decimals,
      bands: JSON.parse(row.bands) as BandDefinition[],
      bandBoundary: row.band_boundary,
    },
    lockAfterDays: row.lock_after_days,
    earlyWarningBelow: row.early_warning_below,
    saved: true,
  };
}

/** The tenant's measurement settings, or the defaults when it has saved none. */
export async function loadMeasurementSettings(ctx: RequestContext): Promise<MeasurementSettings> {
  const row = await tenantDb(ctx).selectFrom('performance_settings').selectAll().executeTakeFirst();
  return row ? measurementSettingsOfRow(row) : DEFAULT_MEASUREMENT_SETTINGS;
}
