/** Pure helpers of the evaluation pages: predikat colours, score texts and worksheet look-ups (decimal texts in). */
import { formatDecimal } from '../esakip/agreements/agreement-format.ts';
import type { Criterion, EvaluationView, PredikatBandView } from './evaluation.api.ts';

/** Mantine colour and chart colour of each 88/2021 predikat, best (AA, green) to worst (D, red). */
const PREDIKAT_PALETTE = [
  { mantine: 'green', hex: '#2f9e44' },
  { mantine: 'teal', hex: '#0ca678' },
  { mantine: 'cyan', hex: '#1098ad' },
  { mantine: 'blue', hex: '#1c7ed6' },
  { mantine: 'yellow', hex: '#f59f00' },
  { mantine: 'orange', hex: '#f76707' },
  { mantine: 'red', hex: '#e03131' },
] as const;
const KNOWN_ORDER = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'];
const NONE = { mantine: 'gray', hex: '#868e96' } as const;

/** Bands from the highest to the lowest (by lower limit; numbers only for ordering). */
export const bandsDescending = (bands: readonly PredikatBandView[]) => [...bands].sort((a, b) => Number(b.lo) - Number(a.lo));

function paletteEntry(code: string | null | undefined, bands: readonly PredikatBandView[] = []) {
  if (!code) return NONE;
  const known = KNOWN_ORDER.indexOf(code);
  if (known >= 0) return PREDIKAT_PALETTE[known]!;
  // A tenant's own table: spread the palette over its bands, highest band green.
  const ordered = bandsDescending(bands);
  const at = ordered.findIndex((b) => b.code === code);
  if (at < 0) return NONE;
  const last = PREDIKAT_PALETTE.length - 1;
  return PREDIKAT_PALETTE[ordered.length <= 1 ? 0 : Math.round((at * last) / (ordered.length - 1))]!;
}

/** The Mantine colour of a predikat badge (gray without a predikat). */
export const predikatColor = (code: string | null | undefined, bands?: readonly PredikatBandView[]) =>
  paletteEntry(code, bands).mantine;

/** The hex colour of a predikat in charts. */
export const predikatHex = (code: string | null | undefined, bands?: readonly PredikatBandView[]) =>
  paletteEntry(code, bands).hex;

/** A score text as read (`67.44` → `67,44` in Indonesian); `—` for none. */
export const formatScore = (value: string | null | undefined, locale: string) =>
  value === null || value === undefined ? '—' : formatDecimal(value, locale);

/** A decimal text as a number for drawing only (charts, bars); null stays null. */
export function drawNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Where a criterion sits in the worksheet. */
export interface CriterionPlace {
  criterion: Criterion;
  componentId: string;
  componentName: string;
  subComponentId: string;
  subComponentName: string;
}

/** Criterion id → the criterion and its component and sub-component. */
export function criterionIndex(worksheet: EvaluationView['worksheet']): Map<string, CriterionPlace> {
  const out = new Map<string, CriterionPlace>();
  for (const c of worksheet)
    for (const s of c.subComponents)
      for (const k of s.criteria)
        out.set(k.id, {
          criterion: k,
          componentId: c.id,
          componentName: c.name,
          subComponentId: s.id,
          subComponentName: s.name,
        });
  return out;
}

/** The label of an option code of a criterion (`Y` → `Ya`), or the code itself; `—` for none. */
export function optionLabel(criterion: Criterion | undefined, code: string | null): string {
  if (code === null) return '—';
  return criterion?.options.find((o) => o.code === code)?.label ?? code;
}

/** The criterion id named by a finalise blocker field (`criteria.2.b.4` → `2.b.4`), or null. */
export const criterionOfField = (field: string) => (field.startsWith('criteria.') ? field.slice('criteria.'.length) : null);

/** The basis shown and edited: the OPD's answers while it self-assesses, the evaluator's afterwards. */
export const shownBasis = (status: EvaluationView['status']) => (status === 'self_assessment' ? 'self' : 'final');
