/**
 * Checks of PK file rows against the stored PK (pure; agreement-import.service.ts loads the facts): each item row
 * names an indicator (by id, or by code among the OPD's indicators), a new item must be an indicator of the PK's
 * OPD, one row per indicator and per budget id, a text target only for a manual indicator (as the plan import), and
 * a budget id must be a row of this PK. Only rows without problems are changes; `changed` says whether they differ.
 */

import {
  BUDGET_COLUMNS,
  type BudgetExportRow,
  type BudgetFields,
  type FileBudget,
  type FileItem,
  ITEM_COLUMNS,
  PK_SHEETS,
} from './agreement-xlsx.ts';
import type { SheetProblem } from './budget-xlsx.ts';
import { type FileTarget, sameDecimal, sameTarget, XLSX_KEYS } from './plan-xlsx-cells.ts';

/** Prefix of the messages of the PK file (agreement-xlsx.messages.ts). */
export const PK_XLSX_KEYS = 'performance.pkXlsx.';

/** An indicator a row may name: its OPD (null: the regency's), the sasaran it hangs under and its aggregation. */
export interface IndicatorFacts {
  id: string;
  code: string | null;
  name: string;
  unitOfMeasure: string;
  unitId: string | null;
  nodeTitle: string;
  aggregation: string;
}

/** A stored item of the PK. */
export interface StoredItem {
  id: string;
  indicatorId: string;
  sasaran: string;
  target: FileTarget | null;
}

/** What the rows are checked against. */
export interface AgreementFacts {
  unitId: string;
  unitName: string;
  items: readonly StoredItem[];
  budgets: readonly BudgetExportRow[];
  /** Indicators by id (those the file names and those of the stored items). */
  indicators: ReadonlyMap<string, IndicatorFacts>;
  /** The OPD's indicators of the PK's year by code. */
  byCode: ReadonlyMap<string, readonly IndicatorFacts[]>;
}

/** An item row's outcome: the indicator, the stored item it updates (or null), the sasaran to keep and what differs. */
export interface ItemChange {
  row: FileItem;
  indicator: IndicatorFacts;
  existing: StoredItem | null;
  sasaran: string;
  changed: boolean;
}

/** A budget row's outcome. */
export interface BudgetChange {
  row: FileBudget;
  existing: BudgetExportRow | null;
  changed: boolean;
}

type At = (column: string, key: string, params?: Record<string, string | number>) => void;
const reporter =
  (problems: SheetProblem[], sheet: string, row: number): At =>
  (column, key, params = {}) =>
    problems.push({ sheet, row, column, key, params: { column, ...params } });

/** Checks both sheets' rows; problems are located at sheet, row and column. */
export function checkAgreementRows(
  file: { items: readonly FileItem[]; budgets: readonly FileBudget[] },
  facts: AgreementFacts,
): { problems: SheetProblem[]; items: ItemChange[]; budgets: BudgetChange[] } {
  const problems: SheetProblem[] = [];
  const items: ItemChange[] = [];
  const firstRow = new Map<string, number>();
  for (const row of file.items) {
    const change = checkItem(row, facts, firstRow, reporter(problems, PK_SHEETS.items, row.row));
    if (change) items.push(change);
  }
  const budgets: BudgetChange[] = [];
  const firstBudget = new Map<string, number>();
  const stored = new Map(facts.budgets.map((b) => [b.id, b]));
  for (const row of file.budgets) {
    const at = reporter(problems, PK_SHEETS.budgets, row.row);
    const existing = row.id === null ? null : (stored.get(row.id) ?? null);
    const first = row.id === null ? undefined : firstBudget.get(row.id);
    if (row.id !== null && !existing)
      at(BUDGET_COLUMNS.id, `${PK_XLSX_KEYS}budgetNotInAgreement`, { value: row.id.slice(0, 40) });
    else if (row.id !== null && first !== undefined) at(BUDGET_COLUMNS.id, `${PK_XLSX_KEYS}duplicateBudget`, { firstRow: first });
    else {
      if (row.id !== null) firstBudget.set(row.id, row.row);
      budgets.push({ row, existing, changed: !existing || !sameBudget(row, existing) });
    }
  }
  return { problems, items, budgets };
}

/** The indicator a row names: by id, else by code among the OPD's indicators; null after reporting why not. */
function indicatorOf(row: FileItem, facts: AgreementFacts, at: At): IndicatorFacts | null {
  if (row.indicatorId !== null) {
    const found = facts.indicators.get(row.indicatorId);
    if (!found) at(ITEM_COLUMNS.indicatorId, `${PK_XLSX_KEYS}indicatorUnknown`, { value: row.indicatorId.slice(0, 40) });
    return found ?? null;
  }
  const candidates = facts.byCode.get(row.code ?? '') ?? [];
  if (candidates.length === 1) return candidates[0]!;
  const key = candidates.length === 0 ? 'indicatorUnknown' : 'codeAmbiguous';
  at(ITEM_COLUMNS.code, `${PK_XLSX_KEYS}${key}`, { value: (row.code ?? '').slice(0, 40) });
  return null;
}

function checkItem(row: FileItem, facts: AgreementFacts, firstRow: Map<string, number>, at: At): ItemChange | null {
  const indicator = indicatorOf(row, facts, at);
  if (!indicator) return null;
  const column = row.indicatorId !== null ? ITEM_COLUMNS.indicatorId : ITEM_COLUMNS.code;
  const existing = facts.items.find((i) => i.indicatorId === indicator.id) ?? null;
  // SECURITY: a new item must be an indicator of the PK's OPD (as addItem); another OPD's or the regency's is refused.
  if (!existing && indicator.unitId !== facts.unitId) {
    at(column, 'performance.agreement.indicatorOtherUnit', { unit: facts.unitName });
    return null;
  }
  const first = firstRow.get(indicator.id);
  if (first !== undefined) {
    at(column, `${PK_XLSX_KEYS}duplicateItem`, { value: indicator.name.slice(0, 60), firstRow: first });
    return null;
  }
  firstRow.set(indicator.id, row.row);
  const unchangedTarget = existing !== null && sameTarget(row.target, existing.target);
  if (row.target?.kind === 'text' && indicator.aggregation !== 'manual' && !unchangedTarget) {
    at(ITEM_COLUMNS.target, `${XLSX_KEYS}targetNotNumber`, { value: row.target.text.slice(0, 40) });
    return null;
  }
  const sasaran = row.sasaran ?? indicator.nodeTitle;
  const changed = !existing || !unchangedTarget || existing.sasaran !== sasaran;
  return { row, indicator, existing, sasaran, changed };
}

function sameBudget(a: BudgetFields, b: BudgetFields): boolean {
  const texts = ['programCode', 'programName', 'kegiatanCode', 'kegiatanName', 'subKegiatanCode', 'subKegiatanName'] as const;
  return texts.every((k) => (a[k] ?? null) === (b[k] ?? null)) && sameDecimal(a.pagu, b.pagu);
}
