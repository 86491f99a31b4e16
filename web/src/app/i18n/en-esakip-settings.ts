import type { idEsakipSettings } from './id-esakip-settings.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English texts of the e-SAKIP measurement settings screen (same keys as id-esakip-settings.ts). */
export const enEsakipSettings: Shape<typeof idEsakipSettings> = {
  esakipSettings: {
    tab: 'Settings',
    title: 'Performance measurement settings',
    savedBadge: 'Regency settings',
    defaultsBadge: 'Defaults (not saved yet)',
    readOnly: 'Only the planning coordinator (Bappeda) may change these settings.',
    minimizeFormula: 'Capaian formula for lower-is-better indicators',
    minimizeExample:
      'Stunting prevalence example: target 18 %, realisasi 21.6 % → (2T − R)/T = 80.0 %, while T/R = 83.3 %. The formula choice alone moves the capaian by 3.3 points.',
    formula: {
      inverse_difference: '(2T − R)/T — distance from the target (realisasi 21.6 % → 80.0 %)',
      ratio: 'T/R — target over realisasi (realisasi 21.6 % → 83.3 %)',
    },
    cap: 'Capaian cap (%)',
    capHint: 'Leave empty for none, e.g. 120.',
    floor: 'Capaian floor (%)',
    floorHint: 'Leave empty for none, e.g. 0.',
    roundingDecimals: 'Rounding (decimals)',
    lockAfterDays: 'Period locks after (days)',
    lockAfterDaysHint: 'Days after a period ends during which realisasi may still be entered (0–366).',
    earlyWarningBelow: 'Early warning below (%)',
    earlyWarningHint: 'Warn when the projected year-end capaian is below this value.',
    bandBoundary: 'Band boundary',
    boundary: { min_inclusive: 'Lower bound included [min, max)', max_inclusive: 'Upper bound included (min, max]' },
    bands: {
      title: 'Capaian bands (traffic lights)',
      caption: 'Capaian band table',
      code: 'Code',
      label: 'Label',
      min: 'From (%)',
      max: 'To (%)',
      color: 'Colour',
      open: 'open',
      cellLabel: '{{field}} row {{row}}',
      remove: 'Remove row {{row}}',
      add: 'Add band',
      hint: 'Order from the lowest value; each band starts where the previous one ends.',
    },
    engine: 'Engine {{version}} · settings hash {{hash}}…',
    save: 'Save and recompute',
    saveHint: 'This year’s and last year’s capaian are recomputed with the new settings.',
    saved_one: 'Settings saved; {{count}} capaian changed.',
    saved_other: 'Settings saved; {{count}} capaian changed.',
  },
};
