import { describe, expect, it } from 'vitest';
import { PREFILL_RULES, prefillRulesFor } from './prefill-map.ts';
import { criteriaOf, LKE_88_2021, valueOfAnswer } from './scoring/index.ts';

describe('prefill map', () => {
  const criteria = new Map(criteriaOf(LKE_88_2021).map((l) => [l.criterion.id, l]));

  it.each(PREFILL_RULES.map((r) => [r.fact, r]))('%s answers an existence (Pemenuhan, Y/T) criterion of 88/2021', (_f, rule) => {
    const where = criteria.get(rule.criterionId);
    expect(where, rule.criterionId).toBeDefined();
    expect(where?.criterion.answerType).toBe('yt');
    expect(where?.subComponent.name).toMatch(/^Pemenuhan/);
    expect(valueOfAnswer(where!.criterion, rule.answer)?.toString()).toBe('1');
  });

  it('answers each criterion from one fact only', () => {
    const ids = PREFILL_RULES.map((r) => r.criterionId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('applies to the built-in template only', () => {
    expect(prefillRulesFor(LKE_88_2021.code, LKE_88_2021.version)).toHaveLength(PREFILL_RULES.length);
    expect(prefillRulesFor('lke-pemda-x', '1')).toEqual([]);
  });
});
