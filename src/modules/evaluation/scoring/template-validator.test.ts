import { describe, expect, it } from 'vitest';
import { LKE_88_2021 } from './lke-88-2021.ts';
import { validateTemplate } from './template-validator.ts';
import type { Component, EvaluationTemplate, KerangkaLogisRule } from './types.ts';

const codes = (t: EvaluationTemplate) => validateTemplate(t).map((p) => p.code);

describe('the LKE 88/2021 template', () => {
  it('is valid', () => {
    expect(validateTemplate(LKE_88_2021)).toEqual([]);
  });

  it('has components 30/30/15/25, each split 20/30/50 %, with the criteria counts of the notes (80 in all)', () => {
    const shape = LKE_88_2021.components.map((c) => [
      c.name,
      c.weight,
      c.subComponents.map((s) => [s.weight, s.criteria.length]),
    ]);
    expect(shape).toEqual([
      [
        'Perencanaan Kinerja',
        '30',
        [
          ['6', 7],
          ['9', 10],
          ['15', 8],
        ],
      ],
      [
        'Pengukuran Kinerja',
        '30',
        [
          ['6', 3],
          ['9', 7],
          ['15', 10],
        ],
      ],
      [
        'Pelaporan Kinerja',
        '15',
        [
          ['3', 6],
          ['4.5', 9],
          ['7.5', 7],
        ],
      ],
      [
        'Evaluasi Akuntabilitas Kinerja Internal',
        '25',
        [
          ['5', 3],
          ['7.5', 5],
          ['12.5', 5],
        ],
      ],
    ]);
    for (const c of LKE_88_2021.components) {
      const shares = c.subComponents.map((s) => (Number(s.weight) / Number(c.weight)) * 100);
      expect(shares).toEqual([20, 30, 50]);
    }
  });

  it('answers Pemenuhan Y/T and Kualitas/Pemanfaatan A–E', () => {
    for (const c of LKE_88_2021.components) {
      expect(
        c.subComponents.map((s) => s.criteria.every((k) => k.answerType === (s.id.endsWith('.a') ? 'yt' : 'abcde'))),
      ).toEqual([true, true, true]);
    }
  });
});

describe('validateTemplate on broken templates', () => {
  const withComponents = (components: Component[]): EvaluationTemplate => ({ ...LKE_88_2021, components });
  const withRules = (rules: KerangkaLogisRule[]): EvaluationTemplate => ({ ...LKE_88_2021, rules });
  const rule = (criterionId: string, comparedTo: string | string[]): KerangkaLogisRule => ({
    criterionId,
    kind: 'not_above',
    comparedTo,
    message: '',
  });

  it('finds component weights that do not sum to 100', () => {
    const [first, ...rest] = LKE_88_2021.components;
    expect(codes(withComponents([{ ...first, weight: '29' }, ...rest]))).toEqual(['weights_not_100', 'sub_weights_mismatch']);
  });

  it('finds sub-component weights that do not sum to their component', () => {
    const [first, ...rest] = LKE_88_2021.components;
    const subs = [{ ...first.subComponents[0], weight: '7' }, ...first.subComponents.slice(1)];
    expect(codes(withComponents([{ ...first, subComponents: subs }, ...rest]))).toEqual(['sub_weights_mismatch']);
  });

  const problems = (t: EvaluationTemplate) => validateTemplate(t).map((p) => [p.code, p.path]);

  it('finds rules referring to unknown criteria, on the side that names them', () => {
    expect(problems(withRules([rule('2.b.4', '9.9.9')]))).toEqual([['rule_unknown_criterion', 'rules.0.comparedTo']]);
    expect(problems(withRules([rule('2.a.1', '2.a.2'), rule('x', '2.a.1')]))).toEqual([
      ['rule_unknown_criterion', 'rules.1.criterionId'],
    ]);
    expect(problems(withRules([rule('2.b.4', [])]))).toEqual([['rule_unknown_criterion', 'rules.0.comparedTo']]);
  });

  it('finds a rule comparing a criterion with itself', () => {
    expect(problems(withRules([rule('1.b.1', '1.b.1')]))).toEqual([['rule_self', 'rules.0.comparedTo']]);
    expect(problems(withRules([rule('1.b.1', ['1.a.1', '1.b.1'])]))).toEqual([['rule_self', 'rules.0.comparedTo']]);
  });

  it('finds rule cycles, direct, indirect and through a mean, naming every rule of the cycle', () => {
    expect(problems(withRules([rule('1.b.1', '1.b.2'), rule('1.b.2', '1.b.1')]))).toEqual([
      ['rule_cycle', 'rules.0'],
      ['rule_cycle', 'rules.1'],
    ]);
    const three = validateTemplate(withRules([rule('1.b.1', '1.b.2'), rule('1.b.2', '1.b.3'), rule('1.b.3', '1.b.1')]));
    expect(three.map((p) => p.path)).toEqual(['rules.0', 'rules.1', 'rules.2']);
    expect(three[0]?.subject).toBe('1.b.1 → 1.b.2 → 1.b.3 → 1.b.1');
    expect(codes(withRules([rule('1.b.1', ['1.a.1', '1.b.2']), rule('1.b.2', '1.b.1')]))).toEqual(['rule_cycle', 'rule_cycle']);
    expect(codes(withRules([rule('1.b.1', '1.a.1'), rule('1.b.2', '1.a.1'), rule('1.c.1', ['1.b.1', '1.b.2'])]))).toEqual([]);
    expect(codes(withRules([rule('1.b.1', '1.a.1'), rule('1.b.2', '1.b.1'), rule('1.c.1', '1.b.2')]))).toEqual([]);
  });

  it('finds duplicate ids and bad custom options', () => {
    const [first, ...rest] = LKE_88_2021.components;
    const a = first.subComponents[0];
    const dup = { ...a, criteria: [...a.criteria, a.criteria[0]] };
    expect(codes(withComponents([{ ...first, subComponents: [dup, ...first.subComponents.slice(1)] }, ...rest]))).toEqual([
      'duplicate_id',
    ]);
    const bad = {
      ...a,
      criteria: [
        {
          id: 'z',
          text: '',
          answerType: {
            options: [
              { code: 'X', label: 'X', value: '2' },
              { code: 'Y', label: 'Y', value: '0' },
            ],
          },
        },
      ],
    };
    expect(codes(withComponents([{ ...first, subComponents: [bad, ...first.subComponents.slice(1)] }, ...rest]))).toEqual([
      'bad_options',
    ]);
  });
});
