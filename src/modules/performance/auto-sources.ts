/**
 * The catalogue of automatic realisasi sources (pure): where an indicator may take its realisasi from instead of
 * manual entry. Each entry names the measure it reads from e-Office; the scheduled job (auto-realizations.job.ts)
 * computes it per period and stores it as a submitted realisasi that a person still verifies.
 */

/** The measures of correspondence's `dispositionMeasures` an automatic source can read. */
export interface MeasureValues {
  readonly completedCount: number;
  readonly medianDays: string | null;
}

/** One automatic source: its key, labels (id/en), the unit it measures in and how "better" goes. */
export interface AutoSource {
  readonly key: string;
  readonly label: { readonly id: string; readonly en: string };
  readonly unitOfMeasure: { readonly id: string; readonly en: string };
  /** The polarity that usually fits (fewer days is better; more completed is better). */
  readonly suggestedPolarity: 'maximize' | 'minimize';
  /** The realisasi (decimal string) from the measures; null when there is nothing to measure. */
  readonly valueOf: (measures: MeasureValues) => string | null;
}

/** Keys of the catalogue, in display order. */
export const AUTO_SOURCE_KEYS = ['eoffice.disposition_median_days', 'eoffice.disposition_completed_count'] as const;
/** A key of the catalogue. */
export type AutoSourceKey = (typeof AUTO_SOURCE_KEYS)[number];

const CATALOGUE: Readonly<Record<AutoSourceKey, AutoSource>> = {
  'eoffice.disposition_median_days': {
    key: 'eoffice.disposition_median_days',
    label: {
      id: 'Median hari penyelesaian disposisi (e-Office)',
      en: 'Median days to complete a disposition (e-Office)',
    },
    unitOfMeasure: { id: 'hari', en: 'days' },
    suggestedPolarity: 'minimize',
    valueOf: (m) => m.medianDays,
  },
  'eoffice.disposition_completed_count': {
    key: 'eoffice.disposition_completed_count',
    label: {
      id: 'Jumlah disposisi yang diselesaikan (e-Office)',
      en: 'Number of dispositions completed (e-Office)',
    },
    unitOfMeasure: { id: 'disposisi', en: 'dispositions' },
    suggestedPolarity: 'maximize',
    valueOf: (m) => String(m.completedCount),
  },
};

/** True when the key names a catalogue entry. */
export function isAutoSourceKey(key: string): key is AutoSourceKey {
  return (AUTO_SOURCE_KEYS as readonly string[]).includes(key);
}

/** The catalogue entry of a key, or null for an unknown (e.g. retired) key. */
export function autoSourceOf(key: string | null): AutoSource | null {
  return key !== null && isAutoSourceKey(key) ? CATALOGUE[key] : null;
}

/** Every catalogue entry, in display order. */
export function autoSources(): readonly AutoSource[] {
  return AUTO_SOURCE_KEYS.map((key) => CATALOGUE[key]);
}
