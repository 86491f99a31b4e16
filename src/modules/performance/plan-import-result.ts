/** The plan and realisasi imports' answer: every problem translated (full message keys), or the 422 that refuses. */
import { translate } from '../../platform/i18n/i18n.ts';
import { ValidationError } from '../../shared/errors.ts';
import type { BudgetImportView } from './budget.contract.ts';
import type { SheetProblem } from './budget-xlsx.ts';

/** Counts of an import: rows read, and valid rows added, updated or left as they were. */
export type ImportCounts = BudgetImportView['counts'];

/** The import view (same shape as the budget import): counts and every problem with sheet, row and column. */
export function xlsxImportView(
  locale: 'id' | 'en',
  problems: readonly SheetProblem[],
  outcome: { dryRun: boolean; applied: boolean; counts: ImportCounts },
): BudgetImportView {
  return {
    ok: problems.length === 0,
    ...outcome,
    problems: problems.map((p) => ({
      sheet: p.sheet,
      row: p.row,
      column: p.column,
      message: translate(locale, p.key, p.params ?? {}),
    })),
  };
}

/** A 422 with the first 50 problems as field errors (`Sheet[row].Column`); nothing was written. */
export function xlsxImportRejected(problems: readonly SheetProblem[]): ValidationError {
  const fields = problems.slice(0, 50).map((p) => ({
    field: p.row === null ? p.sheet : `${p.sheet}[${p.row}].${p.column ?? ''}`,
    message: p.key,
    params: p.params,
  }));
  return new ValidationError(fields, 'performance.xlsx.importRejected');
}
