import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionsOf } from './answer-values.ts';
import { LKE_88_2021 } from './lke-88-2021.ts';
import { criteriaOf, scoreEvaluation } from './score.ts';
import type { Answers } from './types.ts';

const criteria = criteriaOf(LKE_88_2021).map((l) => l.criterion);
const answersArb = fc
  .tuple(...criteria.map((c) => fc.constantFrom<string | undefined>(undefined, ...optionsOf(c.answerType).map((o) => o.code))))
  .map((codes): Answers => Object.fromEntries(criteria.flatMap((c, i) => (codes[i] === undefined ? [] : [[c.id, codes[i]]]))));

const value = (criterionIndex: number, code: string | undefined) =>
  code === undefined ? 0 : Number(optionsOf(criteria[criterionIndex].answerType).find((o) => o.code === code)!.value);

describe('scoreEvaluation properties on LKE 88/2021', () => {
  it('keeps the total within 0..100 and equal to the sum of the exact components', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const score = scoreEvaluation(LKE_88_2021, answers);
        const total = Number(score.exactTotal);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
        const sum = score.components.reduce((s, c) => s + Number(c.exactScore), 0);
        expect(Math.abs(sum - total)).toBeLessThan(1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('is monotone: raising one answer never lowers the total, and raises it when the value rises', () => {
    const change = fc.record({ answers: answersArb, index: fc.nat(criteria.length - 1), pick: fc.nat(10) });
    fc.assert(
      fc.property(change, ({ answers, index, pick }) => {
        const criterion = criteria[index];
        const options = optionsOf(criterion.answerType);
        const code = options[pick % options.length].code;
        const before = value(index, answers[criterion.id]);
        const after = value(index, code);
        const a = Number(scoreEvaluation(LKE_88_2021, answers).exactTotal);
        const b = Number(scoreEvaluation(LKE_88_2021, { ...answers, [criterion.id]: code }).exactTotal);
        if (after > before) expect(b).toBeGreaterThan(a);
        if (after === before) expect(b).toBeCloseTo(a, 12);
        if (after < before) expect(b).toBeLessThan(a);
      }),
      { numRuns: 60 },
    );
  });

  it('gives 0 with everything unanswered or lowest and 100 with everything highest', () => {
    expect(scoreEvaluation(LKE_88_2021, {}).total).toBe('0.00');
    const lowest = Object.fromEntries(criteria.map((c) => [c.id, c.answerType === 'yt' ? 'T' : 'E']));
    const highest = Object.fromEntries(criteria.map((c) => [c.id, c.answerType === 'yt' ? 'Y' : 'A']));
    expect(scoreEvaluation(LKE_88_2021, lowest).exactTotal).toBe('0');
    expect(scoreEvaluation(LKE_88_2021, highest).exactTotal).toBe('100');
  });
});
