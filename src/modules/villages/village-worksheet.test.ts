import { describe, expect, it } from 'vitest';
import { predikatFor, predikatTableProblems, scoreEvaluation, validateTemplate } from '../evaluation/index.ts';
import { DEFAULT_VILLAGE_BANDS, villageBandFor } from './ranking/index.ts';
import { bandRange, VILLAGE_PREDIKAT, VILLAGE_WORKSHEET } from './village-worksheet.ts';

describe('default village worksheet', () => {
  it('is a valid engine template with weights summing to 100', () => {
    expect(validateTemplate(VILLAGE_WORKSHEET)).toEqual([]);
  });

  it('scores 100 when every criterion takes its best option and 0 when none is answered', () => {
    const best = Object.fromEntries(
      VILLAGE_WORKSHEET.components.flatMap((c) =>
        c.subComponents.flatMap((s) =>
          s.criteria.map((k) => {
            const type = k.answerType;
            return [k.id, type === 'yt' ? 'Y' : type === 'abcde' ? 'A' : type.options[0]!.code];
          }),
        ),
      ),
    );
    expect(scoreEvaluation(VILLAGE_WORKSHEET, best).total).toBe('100.00');
    expect(scoreEvaluation(VILLAGE_WORKSHEET, {}).total).toBe('0.00');
  });

  it('has the three mandated results and quarterly measurement', () => {
    const texts = VILLAGE_WORKSHEET.components.flatMap((c) => c.subComponents.flatMap((s) => s.criteria.map((k) => k.text)));
    for (const word of ['kemiskinan', 'stunting', 'IKM', 'triwulan', 'RPJMDes', 'RKPDes', 'APBDes'])
      expect(
        texts.some((t) => t.includes(word)),
        word,
      ).toBe(true);
  });
});

describe('village band table as the predikat table', () => {
  it('is a valid predikat table whose lookup agrees with the ranking bands', () => {
    expect(predikatTableProblems(VILLAGE_PREDIKAT)).toEqual([]);
    for (const score of ['0', '55.99', '56', '70.99', '71', '85.99', '86', '100'])
      expect(predikatFor(score, VILLAGE_PREDIKAT).code, score).toBe(villageBandFor(score, DEFAULT_VILLAGE_BANDS).code);
  });

  it('shows the published Sumedang ranges and marks A and D as inferred', () => {
    const shown = VILLAGE_PREDIKAT.map((b) => [b.code, b.interpretation]);
    expect(shown).toEqual([
      ['A', '86.00–100.00 (batas perkiraan / inferred limits)'],
      ['B', '71.00–85.99'],
      ['C', '56.00–70.99'],
      ['D', '0.00–55.99 (batas perkiraan / inferred limits)'],
    ]);
    expect(bandRange(DEFAULT_VILLAGE_BANDS[1]!, false)).toEqual({ from: '71.00', to: '85.99' });
  });
});
