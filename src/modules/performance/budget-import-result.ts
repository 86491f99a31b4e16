/** Turning sheet problems into the import view and into the 422 that refuses an import (nothing written). */
import { translate } from '../../platform/i18n/i18n.ts';
import { ValidationError } from '../../shared/errors.ts';
import type { BudgetImportView } from './budget.contract.ts';
import type { SheetProblem } from './budget-xlsx.ts';

const KEY_PREFIX = 'performance.budget.file.';

/** The import view: counts and every problem translated, with sheet, row and column. */
export function importView(
  locale: 'id' | 'en',
  problems: readonly SheetProblem[],
  outcome: { dryRun: boolean; applied: boolean; counts: BudgetImportView['counts'] },
): BudgetImportView {
  return {
    ok: problems.length === 0,
    ...outcome,
    problems: problems.map((p) => ({
      sheet: p.sheet,
      row: p.row,
      column: p.column,
      message: translate(locale, `${KEY_PREFIX}${p.key}`, p.params ?? {}),
    })),
  };
}

/** A 422 with the first 50 problems as field errors (`Sheet[row].Column`). */
export function importRejected(problems: readonly SheetProblem[]): ValidationError {
  const fields = problems.slice(0, 50).map((p) => ({
    field: p.row === null ? p.sheet : `${p.sheet}[${p.row}].${p.column ?? ''}`,
    message: `${KEY_PREFIX}${p.key}`,
    params: p.params,
  }));
  return new ValidationError(fields, 'performance.budget.importRejected');
}
