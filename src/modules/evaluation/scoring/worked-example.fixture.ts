/** Test fixture (used by tests only): the §3.4 worked example of the domain notes as answers on LKE 88/2021. */
import { LKE_88_2021 } from './lke-88-2021.ts';
import type { Answers, SubComponent } from './types.ts';

const ABCDE_BY_QUARTERS = ['E', 'D', 'C', 'B', 'A'];

/** Answers for one sub-component whose values sum to `sum` (Y/T: that many Y; A–E: quarters filled A first). */
export function answersSumming(sub: SubComponent, sum: number): Record<string, string> {
  const out: Record<string, string> = {};
  let left = sub.criteria[0].answerType === 'yt' ? sum : sum * 4;
  for (const criterion of sub.criteria) {
    if (criterion.answerType === 'yt') out[criterion.id] = left > 0 ? 'Y' : 'T';
    else out[criterion.id] = ABCDE_BY_QUARTERS[Math.min(4, left)];
    left -= criterion.answerType === 'yt' ? Math.min(1, left) : Math.min(4, left);
  }
  if (left !== 0) throw new Error(`cannot reach ${sum} in ${sub.id}`);
  return out;
}

/** §3.4 of the domain notes: the value sum per sub-component (mean × number of criteria). */
export const WORKED_EXAMPLE_SUMS: Record<string, number> = {
  '1.a': 6, // 6Y 1T of 7 → mean 0.857
  '1.b': 7.25, // mean 0.725 of 10
  '1.c': 5, // mean 0.625 of 8
  '2.a': 3,
  '2.b': 4.25, // mean 0.607 of 7
  '2.c': 5, // mean 0.50 of 10
  '3.a': 6,
  '3.b': 6.25, // mean 0.694 of 9
  '3.c': 4.25, // mean 0.607 of 7
  '4.a': 3,
  '4.b': 3.25, // mean 0.65 of 5
  '4.c': 2.75, // mean 0.55 of 5
};

/** The §3.4 worked example's answers on the 88/2021 template. */
export function workedExampleAnswers(): Answers {
  const subs = LKE_88_2021.components.flatMap((c) => c.subComponents);
  return Object.assign({}, ...subs.map((s) => answersSumming(s, WORKED_EXAMPLE_SUMS[s.id])));
}
