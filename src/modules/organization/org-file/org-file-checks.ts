/**
 * Checks that span rows and sheets of the organisation file (duplicates, references, cycles in the unit tree,
 * one head per unit, date order) and the assembly of the accepted rows into an OrgPlan. Every lookup goes
 * through a Map, so the cost grows linearly with the number of rows.
 */
import type { AssignmentRow, EmployeeRow, ImportProblem, OrgPlan, PositionRow, UnitRow } from '../org-plan.ts';
import type { FieldValue } from './org-file-cells.ts';
import { ASSIGNMENT_SHEET, EMPLOYEE_SHEET, headerOf, type OrgSheet, POSITION_SHEET, UNIT_SHEET } from './org-file-format.ts';
import type { ImportProblemKey } from './org-file-messages.ts';

/** One data row after its cells were converted; `ok` turns false once any problem is reported on it. */
export interface ParsedRow {
  /** Excel row number (1 is the header). */
  row: number;
  /** Converted values by column key; a key is absent when its cell had a problem. */
  values: Record<string, FieldValue>;
  ok: boolean;
}

/** The rows of each data sheet, or null when the sheet is missing or its header does not match. */
export interface ParsedSheets {
  units: ParsedRow[] | null;
  positions: ParsedRow[] | null;
  employees: ParsedRow[] | null;
  assignments: ParsedRow[] | null;
}

/** Collects problems and marks the rows they are found on as rejected. */
export class ProblemLog {
  readonly problems: ImportProblem[] = [];

  /** Records a problem that is not tied to one data row (missing sheet, header, unreadable file). */
  add(problem: ImportProblem): void {
    this.problems.push(problem);
  }

  /** A reporter for problems on the data rows of `sheet`. */
  on<Key extends string>(sheet: OrgSheet<Key>): SheetProblems<Key> {
    return {
      reject: (row, key, messageKey, params) => {
        row.ok = false;
        this.problems.push({
          sheet: sheet.name,
          row: row.row,
          column: headerOf(sheet, key),
          messageKey,
          ...(params ? { params } : {}),
        });
      },
    };
  }
}

/** Reports problems on the rows of one sheet. */
export interface SheetProblems<Key extends string> {
  /** Records a problem on a data row, at the column filling `key`, and keeps that row out of the plan. */
  reject(row: ParsedRow, key: Key, messageKey: ImportProblemKey, params?: Record<string, string | number>): void;
}

type Index = Map<string, ParsedRow>;

const UNKNOWN_PARENT = { messageKey: 'import.unknownParent', param: 'code' } as const;
const UNKNOWN_UNIT = { messageKey: 'import.unknownUnit', param: 'code' } as const;
const UNKNOWN_POSITION = { messageKey: 'import.unknownPosition', param: 'code' } as const;
const UNKNOWN_EMPLOYEE = { messageKey: 'import.unknownEmployee', param: 'nip' } as const;

/** Runs the cross-row checks and returns the rows that passed every check, as an OrgPlan. */
export function assemblePlan(sheets: ParsedSheets, log: ProblemLog): OrgPlan {
  const units = indexUnique(sheets.units, UNIT_SHEET, 'code', log);
  const positions = indexUnique(sheets.positions, POSITION_SHEET, 'code', log);
  const employees = indexUnique(sheets.employees, EMPLOYEE_SHEET, 'nip', log);
  indexUnique(sheets.employees, EMPLOYEE_SHEET, 'nik', log);
  checkReferences(sheets.units, UNIT_SHEET, { key: 'parentCode', target: units, ...UNKNOWN_PARENT }, log);
  checkCycles(units, log);
  checkReferences(sheets.positions, POSITION_SHEET, { key: 'unitCode', target: units, ...UNKNOWN_UNIT }, log);
  checkSingleHead(sheets.positions, log);
  checkReferences(sheets.assignments, ASSIGNMENT_SHEET, { key: 'positionCode', target: positions, ...UNKNOWN_POSITION }, log);
  checkReferences(sheets.assignments, ASSIGNMENT_SHEET, { key: 'nip', target: employees, ...UNKNOWN_EMPLOYEE }, log);
  checkDateOrder(sheets.assignments, log);
  return {
    units: accepted<UnitRow>(sheets.units),
    positions: accepted<PositionRow>(sheets.positions),
    employees: accepted<EmployeeRow>(sheets.employees),
    assignments: accepted<AssignmentRow>(sheets.assignments),
  };
}

/** Maps each value of `key` to its first row; later rows with the same value are duplicates. */
function indexUnique<Key extends string>(
  rows: ParsedRow[] | null,
  sheet: OrgSheet<Key>,
  key: Key,
  log: ProblemLog,
): Index | null {
  if (!rows) return null;
  const index: Index = new Map();
  for (const row of rows) {
    const value = row.values[key];
    if (typeof value !== 'string') continue;
    const first = index.get(value);
    if (first) log.on(sheet).reject(row, key, 'import.duplicate', { column: headerOf(sheet, key), value, firstRow: first.row });
    else index.set(value, row);
  }
  return index;
}

interface Reference<Key extends string> {
  key: Key;
  /** Rows that may be referred to; null when their sheet could not be read (then nothing is reported). */
  target: Index | null;
  messageKey: ImportProblemKey;
  param: string;
}

function checkReferences<Key extends string>(
  rows: ParsedRow[] | null,
  sheet: OrgSheet<Key>,
  reference: Reference<Key>,
  log: ProblemLog,
): void {
  const { key, target, messageKey, param } = reference;
  if (!rows || !target) return;
  for (const row of rows) {
    const value = row.values[key];
    if (typeof value === 'string' && !target.has(value)) log.on(sheet).reject(row, key, messageKey, { [param]: value });
  }
}

/** Follows parent links from every unit once; a walk that meets its own path has found a cycle. */
function checkCycles(units: Index | null, log: ProblemLog): void {
  if (!units) return;
  const state = new Map<string, 'onPath' | 'done'>();
  const parentOf = (code: string) => units.get(code)?.values.parentCode;
  for (const start of units.keys()) {
    const path: string[] = [];
    let code: FieldValue | undefined = start;
    while (typeof code === 'string' && units.has(code) && !state.has(code)) {
      state.set(code, 'onPath');
      path.push(code);
      code = parentOf(code);
    }
    if (typeof code === 'string' && state.get(code) === 'onPath') reportCycle(path.slice(path.indexOf(code)), units, log);
    for (const visited of path) state.set(visited, 'done');
  }
}

/** Reports a cycle once, on its top-most row, naming the codes from there around the loop back to it. */
function reportCycle(cycle: string[], units: Index, log: ProblemLog): void {
  const rows = cycle.map((code) => units.get(code)!);
  const first = rows.reduce((top, row) => (row.row < top.row ? row : top));
  const from = rows.indexOf(first);
  const ordered = [...cycle.slice(from), ...cycle.slice(0, from)];
  log.on(UNIT_SHEET).reject(first, 'parentCode', 'import.cycle', { codes: [...ordered, ordered[0]].join(' → ') });
  for (const row of rows) row.ok = false;
}

function checkSingleHead(positions: ParsedRow[] | null, log: ProblemLog): void {
  if (!positions) return;
  const headOfUnit = new Map<string, ParsedRow>();
  for (const row of positions) {
    const unit = row.values.unitCode;
    if (row.values.isHead !== true || typeof unit !== 'string') continue;
    const first = headOfUnit.get(unit);
    if (first) log.on(POSITION_SHEET).reject(row, 'isHead', 'import.duplicateHead', { unit, firstRow: first.row });
    else headOfUnit.set(unit, row);
  }
}

function checkDateOrder(assignments: ParsedRow[] | null, log: ProblemLog): void {
  for (const row of assignments ?? []) {
    const { startsOn, endsOn } = row.values;
    // ISO dates compare correctly as strings.
    if (typeof startsOn === 'string' && typeof endsOn === 'string' && endsOn < startsOn) {
      log.on(ASSIGNMENT_SHEET).reject(row, 'endsOn', 'import.dateOrder', { start: startsOn, end: endsOn });
    }
  }
}

function accepted<Row>(rows: ParsedRow[] | null): Row[] {
  return (rows ?? []).filter((row) => row.ok).map((row) => row.values as unknown as Row);
}
