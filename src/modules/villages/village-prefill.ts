/**
 * Which village worksheet criteria Pamong pre-answers from its own data (for DPMD to confirm): only criteria that ask
 * whether something exists, and only on the built-in worksheet (a tenant's own version may reuse ids differently).
 * An answer of null means "no pre-answer": an earlier pre-answer of that criterion is withdrawn.
 */

import { VILLAGE_WORKSHEET } from './village-worksheet.ts';
import type { VillageWorksheetFacts } from './village-worksheet-facts.ts';

/** The Pamong fact a pre-answer rests on (stored in `village_evaluation_answers.prefilled_from`). */
export type VillagePrefillSource =
  | 'rpjmdes'
  | 'rkpdes'
  | 'apbdes'
  | 'pk_kepala_desa'
  | 'realisasi_dilaporkan'
  | 'realisasi_diverifikasi';

/** One pre-answer: the criterion, its source, and the option code (null: Pamong does not answer it). */
export interface VillagePreAnswer {
  readonly criterionId: string;
  readonly source: VillagePrefillSource;
  readonly answer: string | null;
}

/**
 * PK Kepala Desa → 1.b.3 (A–E). DEFAULT TO VERIFY with DPMD: signed by both parties = A (target kinerja dituangkan
 * dalam PK), out for signature = C (drafted, not yet binding), none in Pamong = E.
 */
const AGREEMENT_ANSWER = { signed: 'A', signing: 'C', none: 'E' } as const;

/** Quarters as the worksheet's option code ('0'–'4'); null when the kabupaten set no mandated result for the year. */
function quarterAnswer(mandatoryResults: number, quarters: number): string | null {
  return mandatoryResults === 0 ? null : String(quarters);
}

/** The pre-answers the facts give (criterion texts from village-worksheet.ts). */
export function villagePreAnswers(facts: VillageWorksheetFacts): VillagePreAnswer[] {
  return [
    // 1.a.1 "RPJMDes telah ditetapkan": a final RPJMDes covering the year, else T.
    { criterionId: '1.a.1', source: 'rpjmdes', answer: facts.rpjmFinal ? 'Y' : 'T' },
    // 1.a.2 "RKPDes tahun berjalan telah ditetapkan": RKPDes activities of the year (none: left to the evaluator).
    { criterionId: '1.a.2', source: 'rkpdes', answer: facts.rkpActivities ? 'Y' : null },
    // 1.a.3 "APBDes tahun berjalan": an imported APBDes of the year (none: left to the evaluator).
    { criterionId: '1.a.3', source: 'apbdes', answer: facts.apbdes ? 'Y' : null },
    // 1.b.3 "Target kinerja desa dituangkan dalam perjanjian kinerja kepala desa".
    { criterionId: '1.b.3', source: 'pk_kepala_desa', answer: AGREEMENT_ANSWER[facts.agreement ?? 'none'] },
    // 3.a.1 / 3.b.1: quarters with a submitted / verified realisasi of every mandated result.
    {
      criterionId: '3.a.1',
      source: 'realisasi_dilaporkan',
      answer: quarterAnswer(facts.mandatoryResults, facts.reportedQuarters),
    },
    {
      criterionId: '3.b.1',
      source: 'realisasi_diverifikasi',
      answer: quarterAnswer(facts.mandatoryResults, facts.verifiedQuarters),
    },
  ];
}

/** Whether a worksheet (code, version) is the built-in one the pre-answers are written for. */
export function prefillApplies(code: string, version: string): boolean {
  return code === VILLAGE_WORKSHEET.code && version === VILLAGE_WORKSHEET.version;
}
