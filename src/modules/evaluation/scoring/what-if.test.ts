import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionsOf } from './answer-values.ts';
import { LKE_88_2021, PREDIKAT_88_2021 } from './lke-88-2021.ts';
import { bandRank, predikatFor } from './predikat.ts';
import { criteriaOf, scoreEvaluation } from './score.ts';
import type { Answers, AnswerType, Criterion, EvaluationTemplate } from './types.ts';
import { whatIf } from './what-if.ts';
import { workedExampleAnswers } from './worked-example.fixture.ts';

const crit = (id: string, answerType: AnswerType): Criterion => ({ id, text: id, answerType });

/** Small template: 6 criteria, brute-forceable (2 × 2 × 5 × 5 × 5 × 5 answer combinations at most). */
const SMALL: EvaluationTemplate = {
  code: 'small',
  version: '1',
  name: 'small',
  rules: [],
  components: [
    {
      id: 'P',
      name: 'P',
      weight: '60',
      subComponents: [
        { id: 'P.a', name: 'a', weight: '12', method: 'mean', criteria: [crit('p1', 'yt'), crit('p2', 'yt')] },
        { id: 'P.b', name: 'b', weight: '18', method: 'mean', criteria: [crit('p3', 'abcde'), crit('p4', 'abcde')] },
        { id: 'P.c', name: 'c', weight: '30', method: 'mean', criteria: [crit('p5', 'abcde')] },
      ],
    },
    {
      id: 'Q',
      name: 'Q',
      weight: '40',
      subComponents: [{ id: 'Q.a', name: 'a', weight: '40', method: 'mean', criteria: [crit('q1', 'abcde')] }],
    },
  ],
};

/** Every answer a criterion can be raised to, with the number of one-step moves it takes (0 = unchanged). */
function raises(criterion: Criterion, current: string | undefined): { code: string | undefined; steps: number }[] {
  const options = optionsOf(criterion.answerType);
  const currentValue = current === undefined ? 0 : Number(options.find((o) => o.code === current)!.value);
  const above = options.filter((o) => Number(o.value) > currentValue).sort((a, b) => Number(a.value) - Number(b.value));
  return [{ code: current, steps: 0 }, ...above.map((o, i) => ({ code: o.code, steps: i + 1 }))];
}

/** Brute force over every raised answer set: the fewest one-step moves reaching a higher predikat band, or null. */
function bruteForceFewestSteps(template: EvaluationTemplate, answers: Answers): number | null {
  const criteria = criteriaOf(template).map((l) => l.criterion);
  const rankOf = (a: Answers) =>
    bandRank(predikatFor(scoreEvaluation(template, a).exactTotal, PREDIKAT_88_2021), PREDIKAT_88_2021);
  const startRank = rankOf(answers);
  let best: number | null = null;
  const walk = (i: number, chosen: Record<string, string>, steps: number): void => {
    if (best !== null && steps >= best) return; // steps only grow deeper down
    if (i === criteria.length) {
      if (rankOf(chosen) > startRank && (best === null || steps < best)) best = steps;
      return;
    }
    for (const raise of raises(criteria[i], answers[criteria[i].id])) {
      const next = raise.code === undefined ? chosen : { ...chosen, [criteria[i].id]: raise.code };
      walk(i + 1, next, steps + raise.steps);
    }
  };
  walk(0, {}, 0);
  return best;
}

function applySteps(answers: Answers, steps: readonly { criterionId: string; to: string }[]): Answers {
  const out: Record<string, string> = { ...answers };
  for (const s of steps) out[s.criterionId] = s.to;
  return out;
}

describe('whatIf on the §3.4 worked example (67.44, B)', () => {
  const answers = workedExampleAnswers();
  const result = whatIf(LKE_88_2021, answers, PREDIKAT_88_2021);

  it('ranks the one T in Perencanaan Pemenuhan first: 1 / 7 × 6 = 0.857', () => {
    expect(result.ranked[0]).toMatchObject({ criterionId: '1.a.7', from: 'T', to: 'Y', gain: '0.86' });
    expect(result.ranked[0].exactGain.startsWith('0.857142857')).toBe(true);
  });

  it('gives each ranked step the total that scoring the changed answers gives', () => {
    for (const step of result.ranked) {
      expect(step.newTotal).toBe(scoreEvaluation(LKE_88_2021, applySteps(answers, [step])).total);
    }
    const gains = result.ranked.map((s) => Number(s.exactGain));
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
  });

  it('plans steps that reach BB (> 70.00)', () => {
    const plan = result.nextPredikat!;
    expect(plan.target.code).toBe('BB');
    const after = scoreEvaluation(LKE_88_2021, applySteps(answers, plan.steps));
    expect(after.total).toBe(plan.total);
    expect(predikatFor(after.total, PREDIKAT_88_2021).code).toBe('BB');
    // 70.005 − 67.4357 = 2.569 needed: 0.857 (1.a.7) + three Evaluasi Pemanfaatan steps of 0.625 each.
    expect(plan.steps.map((s) => s.subComponentId)).toEqual(['1.a', '4.c', '4.c', '4.c']);
  });

  it('flags a step that would break kerangka logis', () => {
    const noPedoman = { ...answers, '2.a.1': 'T', '2.b.4': 'E' };
    const step = whatIf(LKE_88_2021, noPedoman, PREDIKAT_88_2021).ranked.find((s) => s.criterionId === '2.b.4')!;
    expect(step.breaksKerangkaLogis).toBe(true);
  });
});

describe('whatIf plans against brute force on a small template', () => {
  const criteria = criteriaOf(SMALL).map((l) => l.criterion);
  const answerArb = fc.tuple(
    ...criteria.map((c) => fc.constantFrom<string | undefined>(undefined, ...optionsOf(c.answerType).map((o) => o.code))),
  );

  it('uses the fewest steps possible', () => {
    let planned = 0;
    fc.assert(
      fc.property(answerArb, (codes) => {
        const answers: Answers = Object.fromEntries(
          criteria.flatMap((c, i) => (codes[i] === undefined ? [] : [[c.id, codes[i]]])),
        );
        const plan = whatIf(SMALL, answers, PREDIKAT_88_2021).nextPredikat;
        const fewest = bruteForceFewestSteps(SMALL, answers);
        if (fewest !== null) planned += 1;
        expect(plan === null ? null : plan.steps.length).toBe(fewest);
        if (plan) {
          const reached = predikatFor(scoreEvaluation(SMALL, applySteps(answers, plan.steps)).exactTotal, PREDIKAT_88_2021);
          expect(reached.code).toBe(plan.reached.code);
        }
      }),
      { numRuns: 40, seed: 88 },
    );
    expect(planned).toBeGreaterThan(20); // the property was exercised on answers that can improve
  });

  it('has no plan at the top predikat', () => {
    const all = Object.fromEntries(criteria.map((c) => [c.id, c.answerType === 'yt' ? 'Y' : 'A']));
    const result = whatIf(SMALL, all, PREDIKAT_88_2021);
    expect(result.predikat.code).toBe('AA');
    expect(result.nextPredikat).toBeNull();
    expect(result.ranked).toEqual([]);
  });
});
