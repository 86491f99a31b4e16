import { ScoreDecimal, type ScoreValue } from './decimal.ts';
import type { AnswerOption, AnswerType, Criterion } from './types.ts';

/** Y/T options of 88/2021: Y = 1, T = 0. */
export const YT_OPTIONS: readonly AnswerOption[] = [
  { code: 'Y', label: 'Ya', value: '1' },
  { code: 'T', label: 'Tidak', value: '0' },
];

/** A–E options of 88/2021: A = 1, B = 0.75, C = 0.5, D = 0.25, E = 0. */
export const ABCDE_OPTIONS: readonly AnswerOption[] = [
  { code: 'A', label: 'A', value: '1' },
  { code: 'B', label: 'B', value: '0.75' },
  { code: 'C', label: 'C', value: '0.5' },
  { code: 'D', label: 'D', value: '0.25' },
  { code: 'E', label: 'E', value: '0' },
];

/** The options a criterion's answer type allows. */
export function optionsOf(answerType: AnswerType): readonly AnswerOption[] {
  if (answerType === 'yt') return YT_OPTIONS;
  if (answerType === 'abcde') return ABCDE_OPTIONS;
  return answerType.options;
}

/** The value of an option code for a criterion, or undefined when the code is not allowed. */
export function valueOfAnswer(criterion: Criterion, code: string): ScoreValue | undefined {
  const option = optionsOf(criterion.answerType).find((o) => o.code === code);
  return option ? new ScoreDecimal(option.value) : undefined;
}

/** The option one step above `current` (the lowest option with a strictly higher value), if any. */
export function nextOptionAbove(criterion: Criterion, current: ScoreValue): AnswerOption | undefined {
  let best: AnswerOption | undefined;
  for (const option of optionsOf(criterion.answerType)) {
    const value = new ScoreDecimal(option.value);
    if (value.gt(current) && (best === undefined || value.lt(best.value))) best = option;
  }
  return best;
}
