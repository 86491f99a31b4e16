import { describe, expect, it } from 'vitest';
import { checkKerangkaLogis, finaliseBlockers, mayFinalise } from './kerangka-logis.ts';
import { LKE_88_2021 } from './lke-88-2021.ts';
import { InvalidAnswersError } from './score.ts';
import type { EvaluationTemplate } from './types.ts';
import { workedExampleAnswers } from './worked-example.fixture.ts';

describe('kerangka logis on LKE 88/2021 (2.b.4 berkala ≤ 2.a.1 pedoman)', () => {
  const base = workedExampleAnswers();

  it('flags a berkala answer above 0 when there is no pedoman (2.a.1 = T)', () => {
    const violations = checkKerangkaLogis(LKE_88_2021, { ...base, '2.a.1': 'T', '2.b.4': 'D' });
    expect(violations.map((v) => [v.criterionId, v.value, v.limit])).toEqual([['2.b.4', '0.25', '0']]);
    expect(violations[0].message).toContain('2.a.1');
  });

  it('accepts E on berkala without pedoman, and any answer with pedoman', () => {
    expect(checkKerangkaLogis(LKE_88_2021, { ...base, '2.a.1': 'T', '2.b.4': 'E' })).toEqual([]);
    expect(checkKerangkaLogis(LKE_88_2021, { ...base, '2.a.1': 'Y', '2.b.4': 'A' })).toEqual([]);
  });

  it('blocks finalisation while a violation remains, and allows it once resolved', () => {
    const violating = { ...base, '2.a.1': 'T', '2.b.4': 'B' };
    expect(mayFinalise(LKE_88_2021, violating)).toBe(false);
    expect(finaliseBlockers(LKE_88_2021, violating).violations).toHaveLength(1);
    expect(mayFinalise(LKE_88_2021, { ...violating, '2.b.4': 'E' })).toBe(true);
  });

  it('blocks finalisation while a criterion is unanswered', () => {
    const answers: Record<string, string> = { ...base };
    delete answers['4.c.5'];
    expect(mayFinalise(LKE_88_2021, answers)).toBe(false);
    expect(finaliseBlockers(LKE_88_2021, answers).unanswered).toEqual(['4.c.5']);
  });

  it('refuses invalid answers', () => {
    expect(() => checkKerangkaLogis(LKE_88_2021, { '2.a.1': 'A' })).toThrow(InvalidAnswersError);
  });
});

describe('kerangka logis against the mean of several criteria', () => {
  const template: EvaluationTemplate = {
    code: 't',
    version: '1',
    name: 't',
    components: [
      {
        id: 'k',
        name: 'k',
        weight: '100',
        subComponents: [
          {
            id: 'a',
            name: 'a',
            weight: '40',
            method: 'mean',
            criteria: ['a1', 'a2'].map((id) => ({ id, text: '', answerType: 'yt' })),
          },
          { id: 'b', name: 'b', weight: '60', method: 'mean', criteria: [{ id: 'b1', text: '', answerType: 'abcde' }] },
        ],
      },
    ],
    rules: [{ criterionId: 'b1', kind: 'not_above', comparedTo: ['a1', 'a2'], message: 'b1 ≤ rata-rata a' }],
  };

  it('allows up to the mean and flags above it', () => {
    expect(checkKerangkaLogis(template, { a1: 'Y', a2: 'T', b1: 'C' })).toEqual([]);
    expect(checkKerangkaLogis(template, { a1: 'Y', a2: 'T', b1: 'B' }).map((v) => v.limit)).toEqual(['0.5']);
  });

  it('does not check a rule while a compared criterion is unanswered (finalisation is blocked anyway)', () => {
    expect(checkKerangkaLogis(template, { a1: 'T', b1: 'A' })).toEqual([]);
    expect(mayFinalise(template, { a1: 'T', b1: 'A' })).toBe(false);
  });
});
