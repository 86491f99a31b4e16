import { describe, expect, it } from 'vitest';
import { criteriaOf, valueOfAnswer } from '../evaluation/index.ts';
import { prefillApplies, villagePreAnswers } from './village-prefill.ts';
import { VILLAGE_WORKSHEET } from './village-worksheet.ts';
import type { VillageWorksheetFacts } from './village-worksheet-facts.ts';

const NOTHING: VillageWorksheetFacts = {
  ...{ rpjmFinal: false, rkpActivities: false, apbdes: false, agreement: null },
  ...{ mandatoryResults: 0, reportedQuarters: 0, verifiedQuarters: 0 },
};

const answersOf = (facts: Partial<VillageWorksheetFacts>) =>
  Object.fromEntries(villagePreAnswers({ ...NOTHING, ...facts }).map((p) => [p.criterionId, p.answer]));

describe('village pre-answers', () => {
  it.each([
    ['nothing in Pamong', {}, { '1.a.1': 'T', '1.a.2': null, '1.a.3': null, '1.b.3': 'E', '3.a.1': null, '3.b.1': null }],
    ['final RPJMDes', { rpjmFinal: true }, { '1.a.1': 'Y' }],
    ['RKPDes activities', { rkpActivities: true }, { '1.a.2': 'Y' }],
    ['imported APBDes', { apbdes: true }, { '1.a.3': 'Y' }],
    ['signed PK', { agreement: 'signed' as const }, { '1.b.3': 'A' }],
    ['PK out for signature', { agreement: 'signing' as const }, { '1.b.3': 'C' }],
    ['results set, nothing reported', { mandatoryResults: 3 }, { '3.a.1': '0', '3.b.1': '0' }],
    ['4 reported, 2 verified', { mandatoryResults: 3, reportedQuarters: 4, verifiedQuarters: 2 }, { '3.a.1': '4', '3.b.1': '2' }],
    ['no results set: quarters not judged', { reportedQuarters: 4, verifiedQuarters: 4 }, { '3.a.1': null, '3.b.1': null }],
  ])('%s', (_name, facts, expected) => {
    expect(answersOf(facts)).toMatchObject(expected);
  });

  it('answers only existing criteria of the built-in worksheet with options they allow', () => {
    const criteria = new Map(criteriaOf(VILLAGE_WORKSHEET).map((l) => [l.criterion.id, l.criterion]));
    const all: VillageWorksheetFacts = {
      ...{ rpjmFinal: true, rkpActivities: true, apbdes: true, agreement: 'signing' },
      ...{ mandatoryResults: 1, reportedQuarters: 3, verifiedQuarters: 1 },
    };
    for (const facts of [NOTHING, all])
      for (const p of villagePreAnswers(facts)) {
        const criterion = criteria.get(p.criterionId);
        expect(criterion, p.criterionId).toBeDefined();
        if (p.answer !== null) expect(valueOfAnswer(criterion!, p.answer), `${p.criterionId}=${p.answer}`).toBeDefined();
      }
  });

  it('answers each criterion from one source, on the built-in worksheet only', () => {
    const ids = villagePreAnswers(NOTHING).map((p) => p.criterionId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(prefillApplies(VILLAGE_WORKSHEET.code, VILLAGE_WORKSHEET.version)).toBe(true);
    expect(prefillApplies(VILLAGE_WORKSHEET.code, 'tenant-2027')).toBe(false);
  });
});
