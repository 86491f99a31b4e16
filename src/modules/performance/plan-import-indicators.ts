/**
 * Cross-row checks of the `Indikator` sheet against the stored indicators (pure): the owning node must exist, one
 * row per indicator, text targets only where a number is not expected, and the indicator contract (IndicatorFields,
 * TargetInput) on the merged manual. Gives every row's merged fields and targets and what changed; the service adds
 * the manual rules of indicators.service.ts (baseline sign, targets against polarity and period).
 */
import type { SheetProblem } from './budget-xlsx.ts';
import {
  IndicatorFields,
  type IndicatorFields as IndicatorFieldsType,
  type IndicatorView,
  TargetInput,
  type TargetView,
} from './performance.contract.ts';
import { type FileIndicator, INDICATOR_COLUMNS, targetHeader } from './plan-xlsx.ts';
import { type FileTarget, sameDecimal, sameTarget, XLSX_KEYS } from './plan-xlsx-cells.ts';

/** A stored indicator with the code of its node. */
export interface KnownIndicator {
  nodeCode: string | null;
  view: IndicatorView;
}

/** One row's outcome: merged manual and targets (stored quarterly/monthly targets kept), and what differs. */
export interface IndicatorChange {
  indicator: FileIndicator;
  existing: KnownIndicator | null;
  fields: IndicatorFieldsType;
  targets: TargetInput[];
  /** The column each entry of `targets` came from (for problems found later). */
  targetColumns: string[];
  manualChanged: boolean;
  targetsChanged: boolean;
}

const C = INDICATOR_COLUMNS;
const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  code: C.code,
  name: C.name,
  unitOfMeasure: C.unit,
  operationalDefinition: C.definition,
  formulaText: C.formula,
  baselineYear: C.baselineYear,
  baselineValue: C.baseline,
};

/** The column a field of the indicator contract is written in (`targets.N.x` through `targetColumns`). */
export function columnOfField(field: string, targetColumns: readonly string[]): string {
  const path = field.replace(/^body\./, '').split('.');
  if (path[0] === 'targets') return targetColumns[Number(path[1])] ?? C.name;
  return FIELD_COLUMNS[path[0] ?? ''] ?? C.name;
}

/** A stored target as a file cell. */
export function fileTargetOf(t: TargetView): FileTarget {
  if (t.kind === 'range') return { kind: 'range', min: t.min ?? '', max: t.max ?? '' };
  if (t.kind === 'text') return { kind: 'text', text: t.text ?? '' };
  return { kind: 'number', value: t.value ?? '' };
}

function targetInputOf(year: number, t: FileTarget): TargetInput {
  if (t.kind === 'range') return { year, period: null, kind: 'range', min: t.min, max: t.max };
  if (t.kind === 'text') return { year, period: null, kind: 'text', text: t.text };
  return { year, period: null, kind: 'number', value: t.value };
}

type At = (row: number, column: string, key: string, params?: Record<string, string | number>) => void;

/** Checks the indicator rows; `nodeCodes` are the codes of every node after the import. */
export function checkIndicators(
  indicators: readonly FileIndicator[],
  stored: readonly KnownIndicator[],
  ctx: { sheet: string; years: readonly number[]; nodeCodes: ReadonlySet<string>; codesInFile: ReadonlySet<string> },
): { problems: SheetProblem[]; changes: IndicatorChange[] } {
  const problems: SheetProblem[] = [];
  const at: At = (row, column, key, params = {}) =>
    problems.push({ sheet: ctx.sheet, row, column, key, params: { column, ...params } });
  const firstRow = new Map<string, number>();
  const changes: IndicatorChange[] = [];
  for (const row of indicators) {
    const before = problems.length;
    if (!ctx.nodeCodes.has(row.nodeCode)) {
      if (!ctx.codesInFile.has(row.nodeCode)) at(row.row, C.node, `${XLSX_KEYS}nodeUnknown`, { value: row.nodeCode });
      continue;
    }
    const key = `${row.nodeCode}\u0000${row.code ?? `\u0001${row.name}`}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      at(row.row, row.code ? C.code : C.name, `${XLSX_KEYS}duplicateIndicator`, { value: row.code ?? row.name, firstRow: first });
      continue;
    }
    firstRow.set(key, row.row);
    const existing = matchStored(row, stored);
    const change = mergeRow(row, existing, ctx.years, at);
    if (problems.length === before) changes.push(change);
  }
  return { problems, changes };
}

function matchStored(row: FileIndicator, stored: readonly KnownIndicator[]): KnownIndicator | null {
  const ofNode = stored.filter((s) => s.nodeCode === row.nodeCode);
  if (row.code)
    return ofNode.find((s) => s.view.code === row.code) ?? ofNode.find((s) => !s.view.code && s.view.name === row.name) ?? null;
  return ofNode.find((s) => !s.view.code && s.view.name === row.name) ?? null;
}

function fileFields(row: FileIndicator) {
  return {
    code: row.code,
    name: row.name,
    unitOfMeasure: row.unitOfMeasure,
    polarity: row.polarity,
    aggregation: row.aggregation,
    frequency: row.frequency,
    operationalDefinition: row.operationalDefinition,
    formulaText: row.formulaText,
    isIku: row.isIku,
    baselineYear: row.baselineYear,
    baselineValue: row.baselineValue,
  };
}

function storedFields(view: IndicatorView | null): Omit<IndicatorFieldsType, keyof ReturnType<typeof fileFields>> {
  return {
    numeratorLabel: view?.numeratorLabel ?? null,
    denominatorLabel: view?.denominatorLabel ?? null,
    allowNegative: view?.allowNegative ?? false,
    dataSource: view?.dataSource ?? null,
    responsibleUnitId: view?.responsibleUnitId ?? null,
    smart: view?.smart,
    derivedFromIndicatorId: view?.derivedFromIndicatorId ?? null,
    derivationMethod: view?.derivationMethod ?? null,
    sortOrder: view?.sortOrder,
  };
}

function mergeRow(row: FileIndicator, existing: KnownIndicator | null, years: readonly number[], at: At): IndicatorChange {
  const view = existing?.view ?? null;
  const parsed = IndicatorFields.safeParse({ ...storedFields(view), ...fileFields(row) });
  if (!parsed.success)
    for (const issue of parsed.error.issues) at(row.row, columnOfField(String(issue.path[0] ?? ''), []), issueKey(issue.message));
  const kept = (view?.targets ?? []).filter((t) => t.period !== null);
  const targets: TargetInput[] = kept.map((t) => ({ ...t, period: t.period }));
  const targetColumns: string[] = kept.map(() => C.name);
  let targetsChanged = false;
  years.forEach((year, i) => {
    const target = row.targets[i] ?? null;
    const before = view?.targets.find((t) => t.year === year && t.period === null);
    const storedTarget = before ? fileTargetOf(before) : null;
    if (!sameTarget(target, storedTarget)) targetsChanged = true;
    if (!target) return;
    const column = targetHeader(year);
    if (target.kind === 'text' && row.aggregation !== 'manual' && !sameTarget(target, storedTarget))
      at(row.row, column, `${XLSX_KEYS}targetNotNumber`, { value: target.text.slice(0, 40) });
    const input = targetInputOf(year, target);
    const check = TargetInput.safeParse(input);
    if (!check.success) for (const issue of check.error.issues) at(row.row, column, issueKey(issue.message));
    targets.push(input);
    targetColumns.push(column);
  });
  const manualChanged = !view || !sameManual(row, view);
  const fields = parsed.success ? parsed.data : ({ ...storedFields(view), ...fileFields(row) } as IndicatorFieldsType);
  return { indicator: row, existing, fields, targets, targetColumns, manualChanged, targetsChanged: targetsChanged || !view };
}

function issueKey(message: string): string {
  return message.startsWith('performance.') ? message : `${XLSX_KEYS}invalidValue`;
}

function sameManual(row: FileIndicator, view: IndicatorView): boolean {
  const f = fileFields(row);
  return (
    f.code === view.code &&
    f.name === view.name &&
    f.unitOfMeasure === view.unitOfMeasure &&
    f.polarity === view.polarity &&
    f.aggregation === view.aggregation &&
    f.frequency === view.frequency &&
    f.operationalDefinition === (view.operationalDefinition ?? null) &&
    f.formulaText === (view.formulaText ?? null) &&
    f.isIku === view.isIku &&
    f.baselineYear === (view.baselineYear ?? null) &&
    sameDecimal(f.baselineValue, view.baselineValue)
  );
}
