/**
 * Tenant settings of the capaian engine: validation, the normalised snapshot stored with every capaian,
 * and its SHA-256. A settings object is prepared once (WeakMap cache), so recomputing a whole regency
 * does not re-validate or re-hash it per indicator.
 */
import { createHash } from 'node:crypto';
import type { Decimal } from 'decimal.js';
import { type ParsedBand, parseBands, validateBandTable } from './bands.ts';
import type { BandDefinition, BilingualMessage, CapaianSettings, CapaianSettingsSnapshot } from './capaian.types.ts';
import { ENGINE_VERSION } from './capaian.types.ts';
import { parseDecimal, plainText } from './decimal.ts';
import { DECIMAL_KIT, type EngineNumber, type NumberKit } from './numeric.ts';

/** Decimals used when a tenant has not chosen (§ "results shown with the rounding the tenant sets"). */
export const DEFAULT_ROUNDING_DECIMALS = 2;

/** A problem in the settings, field-named, in both languages. */
export interface SettingsProblem {
  readonly field: string;
  readonly message: BilingualMessage;
}

/** Settings checked and parsed once, ready for the formulas. */
export interface PreparedSettings {
  readonly cap: Decimal | null;
  readonly floor: Decimal | null;
  readonly decimals: number;
  readonly bands: readonly ParsedBand[];
  readonly snapshot: CapaianSettingsSnapshot;
  readonly hash: string;
}

/** A value of the cap/floor fields: null, or a decimal. */
function boundProblem(field: 'cap' | 'floor', text: string | null): SettingsProblem[] {
  if (text === null || parseDecimal(text)) return [];
  return [
    { field, message: { id: 'Batas harus berupa angka desimal atau kosong.', en: 'The limit must be a decimal or empty.' } },
  ];
}

/** Every problem in the settings; an empty list means they are usable. */
export function validateSettings(settings: CapaianSettings): SettingsProblem[] {
  const problems = [...boundProblem('cap', settings.cap), ...boundProblem('floor', settings.floor)];
  if (settings.minimizeFormula !== 'inverse_difference' && settings.minimizeFormula !== 'ratio')
    problems.push({
      field: 'minimizeFormula',
      message: { id: 'Rumus polaritas negatif tidak dikenal.', en: 'Unknown minimize formula.' },
    });
  const decimals = settings.roundingDecimals ?? DEFAULT_ROUNDING_DECIMALS;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)
    problems.push({
      field: 'roundingDecimals',
      message: { id: 'Pembulatan 0 sampai 6 desimal.', en: 'Rounding is 0 to 6 decimals.' },
    });
  const cap = parseDecimal(settings.cap);
  const floor = parseDecimal(settings.floor);
  if (cap && floor && cap.lt(floor))
    problems.push({
      field: 'cap',
      message: { id: 'Batas atas lebih kecil daripada batas bawah.', en: 'The cap is below the floor.' },
    });
  const boundary = settings.bandBoundary ?? 'min_inclusive';
  if (boundary !== 'min_inclusive' && boundary !== 'max_inclusive')
    problems.push({
      field: 'bandBoundary',
      message: { id: 'Jenis batas kategori tidak dikenal.', en: 'Unknown band boundary.' },
    });
  for (const band of validateBandTable(settings.bands)) problems.push({ field: `bands.${band.index}`, message: band.message });
  return problems;
}

/** The band rows with bounds written canonically (so '90.0' and '90' hash alike). */
function canonicalBands(bands: readonly BandDefinition[]): BandDefinition[] {
  return bands.map((band) => {
    const min = parseDecimal(band.min);
    const max = parseDecimal(band.max);
    return {
      code: band.code,
      label: band.label,
      min: min ? plainText(min) : null,
      max: max ? plainText(max) : null,
      color: band.color,
    };
  });
}

/** The normalised snapshot of valid settings (defaults filled in, numbers canonical). */
export function settingsSnapshot(settings: CapaianSettings): CapaianSettingsSnapshot {
  const cap = parseDecimal(settings.cap);
  const floor = parseDecimal(settings.floor);
  return {
    engineVersion: ENGINE_VERSION,
    minimizeFormula: settings.minimizeFormula,
    cap: cap ? plainText(cap) : null,
    floor: floor ? plainText(floor) : null,
    roundingDecimals: settings.roundingDecimals ?? DEFAULT_ROUNDING_DECIMALS,
    bandBoundary: settings.bandBoundary ?? 'min_inclusive',
    bands: canonicalBands(settings.bands),
  };
}

/** SHA-256 (hex) of the snapshot's JSON (keys in a fixed order by construction). */
export function settingsHash(snapshot: CapaianSettingsSnapshot): string {
  return createHash('sha256').update(JSON.stringify(snapshot)).digest('hex');
}

const prepared = new WeakMap<CapaianSettings, PreparedSettings | readonly SettingsProblem[]>();

/** Validates and parses settings once per object; the problems when they are not usable. */
export function prepareSettings(settings: CapaianSettings): PreparedSettings | readonly SettingsProblem[] {
  const cached = prepared.get(settings);
  if (cached) return cached;
  const problems = validateSettings(settings);
  const snapshot = settingsSnapshot(settings);
  const result: PreparedSettings | readonly SettingsProblem[] =
    problems.length > 0
      ? problems
      : {
          cap: parseDecimal(settings.cap),
          floor: parseDecimal(settings.floor),
          decimals: snapshot.roundingDecimals,
          bands: parseBands(settings.bands),
          snapshot,
          hash: settingsHash(snapshot),
        };
  prepared.set(settings, result);
  return result;
}

/** The numbers of prepared settings (cap, floor, band bounds) in one arithmetic. */
export interface SettingsNumbers<N> {
  readonly cap: N | null;
  readonly floor: N | null;
  readonly bands: readonly ParsedBand<N>[];
}

const converted = new WeakMap<NumberKit<never>, WeakMap<PreparedSettings, SettingsNumbers<unknown>>>();

/** The numbers of prepared settings in the kit's arithmetic (decimal.js: the settings themselves; others once each). */
export function settingsNumbers<N extends EngineNumber<N>>(settings: PreparedSettings, kit: NumberKit<N>): SettingsNumbers<N> {
  if ((kit as unknown) === DECIMAL_KIT) return settings as unknown as SettingsNumbers<N>;
  let byKit = converted.get(kit as NumberKit<never>);
  if (!byKit) {
    byKit = new WeakMap();
    converted.set(kit as NumberKit<never>, byKit);
  }
  const cached = byKit.get(settings) as SettingsNumbers<N> | undefined;
  if (cached) return cached;
  const convert = (value: Decimal | null) => (value ? kit.parse(plainText(value)) : null);
  const numbers: SettingsNumbers<N> = {
    cap: convert(settings.cap),
    floor: convert(settings.floor),
    bands: settings.bands.map((row) => ({ band: row.band, min: convert(row.min), max: convert(row.max) })),
  };
  byKit.set(settings, numbers);
  return numbers;
}
