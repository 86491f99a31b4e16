import { translate } from '../../platform/i18n/i18n.ts';
import type { ImportProblem } from './org-plan.ts';

/** Import problems translated for the caller's language, with sheet, row and column. */
export function presentProblems(problems: readonly ImportProblem[], locale: 'id' | 'en') {
  return problems.map((p) => ({
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    message: translate(locale, p.messageKey, p.params ?? {}),
  }));
}
