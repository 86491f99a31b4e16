import type { TargetView } from './esakip.api.ts';

/** The shape of a target. */
export type TargetKind = 'number' | 'range' | 'text';

/** One editable yearly target row. */
export interface TargetDraft {
  year: number;
  kind: TargetKind;
  value: string;
  min: string;
  max: string;
  text: string;
}

/** A client-side problem of one row (i18n key under `esakip.targets.`). */
export interface TargetProblem {
  year: number;
  field: 'value' | 'min' | 'max' | 'text';
  key: 'notDecimal' | 'rangeInverted';
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** One row per year of the period, filled from the stored yearly targets (quarterly ones are kept aside). */
export function targetDrafts(years: { startYear: number; endYear: number }, stored: readonly TargetView[]): TargetDraft[] {
  const rows: TargetDraft[] = [];
  for (let year = years.startYear; year <= years.endYear; year += 1) {
    const t = stored.find((s) => s.year === year && s.period === null);
    rows.push({
      year,
      kind: t?.kind ?? 'number',
      value: t?.value ?? '',
      min: t?.min ?? '',
      max: t?.max ?? '',
      text: t?.text ?? '',
    });
  }
  return rows;
}

const isBlank = (row: TargetDraft) =>
  row.kind === 'number' ? !row.value.trim() : row.kind === 'text' ? !row.text.trim() : !row.min.trim() && !row.max.trim();

/** Problems found before sending: numbers that are not decimals, a range whose lower bound exceeds the upper. */
export function targetDraftProblems(rows: readonly TargetDraft[]): TargetProblem[] {
  const problems: TargetProblem[] = [];
  for (const row of rows) {
    if (isBlank(row)) continue;
    const fields = row.kind === 'number' ? (['value'] as const) : row.kind === 'range' ? (['min', 'max'] as const) : [];
    const bad = fields.filter((f) => row[f].trim() !== '' && !DECIMAL.test(row[f].trim()));
    for (const field of bad) problems.push({ year: row.year, field, key: 'notDecimal' });
    if (row.kind === 'range' && bad.length === 0 && row.min.trim() && row.max.trim() && Number(row.min) > Number(row.max))
      problems.push({ year: row.year, field: 'min', key: 'rangeInverted' });
  }
  return problems;
}

/** The filled rows as API targets (blank years are left without a target; the server reports half-filled ranges). */
export function draftsToTargets(rows: readonly TargetDraft[]) {
  return rows
    .filter((row) => !isBlank(row))
    .map((row) => {
      if (row.kind === 'number') return { year: row.year, kind: row.kind, value: row.value.trim() };
      if (row.kind === 'text') return { year: row.year, kind: row.kind, text: row.text.trim() };
      return { year: row.year, kind: row.kind, min: row.min.trim() || null, max: row.max.trim() || null };
    });
}

/** How a stored target reads: `75.5`, `10–20`, or its text. */
export function formatTarget(t: Pick<TargetView, 'kind' | 'value' | 'min' | 'max' | 'text'>): string {
  if (t.kind === 'range') return `${t.min ?? '?'}–${t.max ?? '?'}`;
  if (t.kind === 'text') return t.text ?? '';
  return t.value ?? '';
}
