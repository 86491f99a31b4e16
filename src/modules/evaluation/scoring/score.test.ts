import { describe, expect, it } from 'vitest';
import { LKE_88_2021, PREDIKAT_88_2021 } from './lke-88-2021.ts';
import { predikatFor } from './predikat.ts';
import { answerProblems, InvalidAnswersError, scoreEvaluation } from './score.ts';
import type { EvaluationTemplate } from './types.ts';
import { workedExampleAnswers } from './worked-example.fixture.ts';

describe('scoreEvaluation on the §3.4 worked example', () => {
  const score = scoreEvaluation(LKE_88_2021, workedExampleAnswers());

  it('gives each sub-component mean × weight, rounded half up for display', () => {
    const subs = score.components.flatMap((c) => c.subComponents.map((s) => s.score));
    expect(subs).toEqual(['5.14', '6.53', '9.38', '6.00', '5.46', '7.50', '3.00', '3.13', '4.55', '5.00', '4.88', '6.88']);
  });

  it('gives the component totals of the notes from the exact sub-component values', () => {
    expect(score.components.map((c) => c.score)).toEqual(['21.04', '18.96', '10.68', '16.75']);
    // Perencanaan: summing the rounded subs would say 5.14 + 6.53 + 9.38 = 21.05; the exact sum is 21.0428…
    expect(score.components[0].exactScore.startsWith('21.042857142857')).toBe(true);
  });

  it('gives 67.44 → B: the total rounds the exact sum 67.4357…, not the sum of rounded components (67.43)', () => {
    // Exact by hand: (36 + 38.25 + 31.875) / 7 + 52.275 = 67.435714285714…
    expect(score.exactTotal.startsWith('67.435714285714')).toBe(true);
    expect(score.total).toBe('67.44');
    expect(predikatFor(score.total, PREDIKAT_88_2021).code).toBe('B');
  });

  it('lists no unanswered criteria when all 80 are answered', () => {
    expect(score.unanswered).toEqual([]);
  });
});

describe('scoreEvaluation on partial and invalid answers', () => {
  it('counts an unanswered criterion as 0 and lists it', () => {
    const answers: Record<string, string> = { ...workedExampleAnswers() };
    delete answers['1.b.1']; // was A (1) → the 1.b sum drops from 7.25 to 6.25
    const score = scoreEvaluation(LKE_88_2021, answers);
    expect(score.unanswered).toEqual(['1.b.1']);
    expect(score.components[0].subComponents[1].score).toBe('5.63'); // 6.25 / 10 × 9 = 5.625
    expect(score.components[0].subComponents[1].answeredCount).toBe(9);
  });

  it('refuses an answer outside the allowed values and an unknown criterion', () => {
    const answers = { '1.a.1': 'B', '9.z.9': 'Y', '1.b.1': 'Y' };
    expect(answerProblems(LKE_88_2021, answers).map((p) => p.criterionId)).toEqual(['1.a.1', '9.z.9', '1.b.1']);
    expect(() => scoreEvaluation(LKE_88_2021, answers)).toThrow(InvalidAnswersError);
  });

  it('scores custom options by their values and keeps thirds exact', () => {
    const options = [
      { code: 'full', label: 'Penuh', value: '1' },
      { code: 'none', label: 'Tidak ada', value: '0' },
    ];
    const template: EvaluationTemplate = {
      code: 't',
      version: '1',
      name: 't',
      rules: [],
      components: [
        {
          id: 'k',
          name: 'k',
          weight: '100',
          subComponents: ['s1', 's2'].map((id) => ({
            id,
            name: id,
            weight: '50',
            method: 'mean' as const,
            criteria: [1, 2, 3].map((n) => ({ id: `${id}.${n}`, text: '', answerType: { options } })),
          })),
        },
      ],
    };
    const answers = { 's1.1': 'full', 's1.2': 'none', 's1.3': 'none', 's2.1': 'full', 's2.2': 'full', 's2.3': 'none' };
    const score = scoreEvaluation(template, answers);
    expect(score.components[0].subComponents.map((s) => s.score)).toEqual(['16.67', '33.33']);
    expect(score.exactTotal).toBe('50'); // 50/3 + 100/3, exact over the common denominator
  });
});
