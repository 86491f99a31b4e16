/**
 * Checks of realisasi rows against the OPD's realisasi grid (pure, realizations.queries.ts gives the grid): the
 * indicator must be the OPD's, the period one it reports, one row per indicator × period, values as the realisasi
 * contract and rules want them (realizations.contract.ts, realizations.service.ts), and a row that changes anything
 * must be allowed by the review state and the period lock (realizations.policy.ts).
 */
import type { SheetProblem } from './budget-xlsx.ts';
import { sameDecimal, XLSX_KEYS } from './plan-xlsx-cells.ts';
import type { PeriodState } from './realization-periods.ts';
import { type FileRealization, REALIZATION_COLUMNS, REALIZATION_SHEET } from './realization-xlsx.ts';
import {
  type PeriodLockView,
  type RealizationGridView,
  type RealizationView,
  SaveRealizationInput,
} from './realizations.contract.ts';
import { mayChangeStatus, mayEnterPeriod } from './realizations.policy.ts';
import { realizationValueProblems } from './realizations.service.ts';

/** One row's outcome: the stored realisasi it updates (or null) and whether anything differs. */
export interface RealizationChange {
  row: FileRealization;
  existing: RealizationView | null;
  changed: boolean;
}

const C = REALIZATION_COLUMNS;
const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  value: C.value,
  numerator: C.numerator,
  denominator: C.denominator,
  obstacles: C.obstacles,
  remedies: C.remedies,
};

type At = (column: string, key: string, params?: Record<string, string | number>) => void;

/** Checks the rows; only rows without problems are in `changes`. */
export function checkRealizationRows(
  rows: readonly FileRealization[],
  grid: RealizationGridView,
): { problems: SheetProblem[]; changes: RealizationChange[] } {
  const problems: SheetProblem[] = [];
  const changes: RealizationChange[] = [];
  const byId = new Map(grid.indicators.map((i) => [i.indicatorId, i]));
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const before = problems.length;
    const at: At = (column, key, params = {}) =>
      problems.push({ sheet: REALIZATION_SHEET, row: row.row, column, key, params: { column, ...params } });
    const indicator = byId.get(row.indicatorId);
    // SECURITY: an id of another OPD's (or another tenant's) indicator is refused like an unknown one.
    if (!indicator) {
      at(C.indicatorId, `${XLSX_KEYS}indicatorNotInUnit`, { value: row.indicatorId.slice(0, 40) });
      continue;
    }
    const cell = indicator.periods.find((p) => p.period === row.period);
    if (!cell) {
      at(C.period, `${XLSX_KEYS}periodNotForFrequency`, {
        value: row.period,
        choices: indicator.periods.map((p) => p.period).join(', '),
      });
      continue;
    }
    const key = `${row.indicatorId}/${row.period}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      at(C.period, `${XLSX_KEYS}duplicateRealization`, { value: row.period, firstRow: first });
      continue;
    }
    firstRow.set(key, row.row);
    valueProblems(row, indicator.allowNegative, at);
    const existing = cell.realization;
    const changed = existing ? !sameValues(row, existing) : hasContent(row);
    if (changed && problems.length === before) writableProblems(existing, cell.lock, at);
    if (problems.length === before) changes.push({ row, existing, changed });
  }
  return { problems, changes };
}

/** The realisasi contract (ratio pair, zero denominator, lengths) and the negative rule, at their columns. */
function valueProblems(row: FileRealization, allowNegative: boolean, at: At): void {
  const input = {
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    obstacles: row.obstacles,
    remedies: row.remedies,
  };
  const parsed = SaveRealizationInput.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) at(FIELD_COLUMNS[String(issue.path[0])] ?? C.value, issue.message);
  for (const p of realizationValueProblems(input, allowNegative))
    at(FIELD_COLUMNS[p.field.replace(/^body\./, '')] ?? C.value, p.message);
}

function periodStateOf(lock: PeriodLockView): PeriodState {
  if (lock.state === 'not_started') return { state: 'not_started', startsOn: lock.startsOn };
  if (lock.state === 'locked') return { state: 'locked', lockedSince: lock.locksOn };
  return { state: 'open', locksOn: lock.locksOn, reopenedUntil: lock.reopenedUntil };
}

/** SECURITY: a change must be allowed by the review state (never a submitted or verified row) and the period lock. */
function writableProblems(existing: RealizationView | null, lock: PeriodLockView, at: At): void {
  const status = mayChangeStatus(existing?.status ?? null);
  if (!status.allowed) {
    at(C.value, status.reason, status.params);
    return;
  }
  const period = mayEnterPeriod(periodStateOf(lock));
  if (!period.allowed) at(C.period, period.reason, period.params);
}

function hasContent(row: FileRealization): boolean {
  return [row.value, row.numerator, row.denominator, row.obstacles, row.remedies].some((v) => v !== null);
}

function sameValues(row: FileRealization, stored: RealizationView): boolean {
  return (
    sameDecimal(row.value, stored.value) &&
    sameDecimal(row.numerator, stored.numerator) &&
    sameDecimal(row.denominator, stored.denominator) &&
    row.obstacles === (stored.obstacles ?? null) &&
    row.remedies === (stored.remedies ?? null)
  );
}
