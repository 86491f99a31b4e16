/** Pure scoring engine for evaluation worksheets (LKE 88/2021 and village templates). */
export { ABCDE_OPTIONS, nextOptionAbove, optionsOf, valueOfAnswer, YT_OPTIONS } from './answer-values.ts';
export { ScoreDecimal, type ScoreValue, toDisplay, toExact } from './decimal.ts';
export {
  checkKerangkaLogis,
  comparedIds,
  type FinaliseBlockers,
  finaliseBlockers,
  type KerangkaLogisViolation,
  mayFinalise,
  violationsFromValues,
} from './kerangka-logis.ts';
export { LKE_88_2021, PREDIKAT_88_2021 } from './lke-88-2021.ts';
export {
  bandRank,
  bandsAscending,
  type PredikatTableProblem,
  predikatFor,
  predikatTableProblems,
  roundedForPredikat,
} from './predikat.ts';
export {
  type AnswerProblem,
  answerProblems,
  type ComponentScore,
  type CriterionLocation,
  criteriaOf,
  type EvaluationScore,
  exactTotalFromValues,
  InvalidAnswersError,
  type SubComponentScore,
  scoreEvaluation,
  valuesFromAnswers,
} from './score.ts';
export { hasRuleCycle, type TemplateProblem, validateTemplate } from './template-validator.ts';
export type * from './types.ts';
export { type ImprovementStep, type NextPredikatPlan, type RankedImprovement, type WhatIfResult, whatIf } from './what-if.ts';
