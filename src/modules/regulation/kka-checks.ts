/**
 * Cross-row rules of a KKA import: a code appears once in the file, and every code below the top level has
 * its parent either in the file or already in the pack the import goes into. Pure; no database.
 */
import { compareKkaCodes, parentKkaCode } from './kka-code.ts';
import { KKA_COLUMNS, type KkaProblem, type KkaRow } from './kka-file.ts';

/** Problems across rows: duplicates (at their second occurrence) and parents found neither in the file nor in the pack. */
export function checkKkaRows(sheet: string, rows: readonly KkaRow[], existingCodes: ReadonlySet<string>): KkaProblem[] {
  const problems: KkaProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    if (row.code === null) continue;
    const firstRow = firstRowOf.get(row.code);
    if (firstRow === undefined) firstRowOf.set(row.code, row.row);
    else problems.push(located(sheet, row.row, 'duplicate', { value: row.code, firstRow }));
  }
  for (const row of rows) {
    const parent = row.code === null ? null : parentKkaCode(row.code);
    if (parent !== null && !firstRowOf.has(parent) && !existingCodes.has(parent))
      problems.push(located(sheet, row.row, 'unknownParent', { value: row.code ?? '', parent }));
  }
  return problems;
}

function located(sheet: string, row: number, key: string, params: Record<string, string | number>): KkaProblem {
  const column = KKA_COLUMNS.code;
  return { sheet, row, column, messageKey: `regulation.kka.${key}`, params: { column, ...params } };
}

const COLUMN_ORDER: readonly string[] = Object.values(KKA_COLUMNS);

/** Orders problems by row, then column in template order (file-level problems first). */
export function sortKkaProblems(problems: readonly KkaProblem[]): KkaProblem[] {
  const columnRank = (p: KkaProblem) => (p.column === null ? -1 : COLUMN_ORDER.indexOf(p.column));
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnRank(a) - columnRank(b));
}

/** The rows to write, parents before children (the database checks each parent as a row goes in). */
export function rowsInParentOrder<T extends { code: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compareKkaCodes(a.code, b.code));
}
