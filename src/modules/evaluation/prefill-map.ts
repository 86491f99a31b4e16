/**
 * Which LKE 88/2021 criteria Pamong answers from its own data (for the evaluator to confirm): only criteria that ask
 * whether something exists. A fact that Pamong does not show leaves the criterion unanswered (never "T"): the
 * document may exist outside Pamong.
 */
import type { SakipFacts } from '../performance/index.ts';
import { LKE_88_2021 } from './scoring/index.ts';

/** One pre-answer: the fact it rests on, the criterion and template it answers, and the answer it gives. */
export interface PrefillRule {
  readonly fact: keyof SakipFacts;
  readonly templateCode: string;
  readonly templateVersion: string;
  readonly criterionId: string;
  readonly answer: string;
}

const LKE = { templateCode: LKE_88_2021.code, templateVersion: LKE_88_2021.version };

/** The mapping table (criterion texts from lke-88-2021.ts). */
export const PREFILL_RULES: readonly PrefillRule[] = [
  // 1.a.3 "Terdapat dokumen perencanaan kinerja jangka menengah": a Renstra of the OPD for a period covering the year.
  { fact: 'renstra', ...LKE, criterionId: '1.a.3', answer: 'Y' },
  // 1.a.4 "Terdapat dokumen perencanaan kinerja jangka pendek": the OPD's signed Perjanjian Kinerja of the year.
  { fact: 'signedAgreement', ...LKE, criterionId: '1.a.4', answer: 'Y' },
  // 2.a.2 "Terdapat definisi operasional yang jelas atas kinerja": IKU with a manual (definition, formula, source).
  { fact: 'ikuWithManual', ...LKE, criterionId: '2.a.2', answer: 'Y' },
  // 2.a.3 "Terdapat mekanisme pengumpulan data kinerja yang andal": verified realisasi of every indicator, every
  // period of the year so far.
  { fact: 'completeRealisasi', ...LKE, criterionId: '2.a.3', answer: 'Y' },
];

/** The rules that apply to a template version. */
export function prefillRulesFor(code: string, version: string): PrefillRule[] {
  return PREFILL_RULES.filter((r) => r.templateCode === code && r.templateVersion === version);
}
