import type { Decimal } from 'decimal.js';
import { nextOptionAbove, optionsOf } from './answer-values.ts';
import { ScoreDecimal, type ScoreValue, toDisplay, toExact } from './decimal.ts';
import { violationsFromValues } from './kerangka-logis.ts';
import { bandRank, predikatFor } from './predikat.ts';
import { type CriterionLocation, criteriaOf, exactTotalFromValues, valuesFromAnswers } from './score.ts';
import type { Answers, EvaluationTemplate, PredikatBand, PredikatTable } from './types.ts';

/**
 * What-if: one step = moving a criterion to the next option with a strictly higher value (T → Y, E → D →
 * … → A; an unanswered criterion counts as 0, so its first step is the lowest option above 0). A step's gain
 * = (new − old value) × sub-component weight / number of criteria in the sub-component.
 *
 * The plan to the next predikat is greedy: repeatedly take the step with the largest gain (ties: template
 * order) until the total, rounded as `predikatFor` rounds it, falls in a higher band. For Y/T and A–E every
 * step of a criterion has the same gain, so the k greedy steps are the k largest gains available and the
 * plan has the fewest steps possible (the tests check this by brute force). For a custom option list whose
 * later steps gain more than earlier ones greedy may use more steps than needed. The plan ignores kerangka
 * logis; every step says whether it would break a rule (`breaksKerangkaLogis`).
 */

/** One step up on one criterion and what it adds to the total. */
export interface ImprovementStep {
  readonly criterionId: string;
  readonly componentId: string;
  readonly subComponentId: string;
  readonly from: string | null;
  readonly to: string;
  readonly exactGain: string;
  readonly gain: string;
  readonly breaksKerangkaLogis: boolean;
}

/** A single step from the current answers, with the total it would give. */
export interface RankedImprovement extends ImprovementStep {
  readonly exactNewTotal: string;
  readonly newTotal: string;
}

/** The greedy plan to reach a higher predikat. */
export interface NextPredikatPlan {
  readonly target: PredikatBand;
  readonly reached: PredikatBand;
  readonly steps: readonly ImprovementStep[];
  readonly exactTotal: string;
  readonly total: string;
}

/** Result of `whatIf`. */
export interface WhatIfResult {
  readonly exactTotal: string;
  readonly total: string;
  readonly predikat: PredikatBand;
  readonly ranked: readonly RankedImprovement[];
  readonly nextPredikat: NextPredikatPlan | null;
}

interface State {
  readonly values: Map<string, ScoreValue>;
  readonly codes: Map<string, string>;
}

function stepFor(template: EvaluationTemplate, loc: CriterionLocation, state: State): ImprovementStep | undefined {
  const current = state.values.get(loc.criterion.id) ?? new ScoreDecimal(0);
  const next = nextOptionAbove(loc.criterion, current);
  if (!next) return undefined;
  const gain = new ScoreDecimal(next.value).minus(current).times(loc.subComponent.weight).div(loc.subComponent.criteria.length);
  const after = new Map(state.values).set(loc.criterion.id, new ScoreDecimal(next.value));
  const breaks = violationsFromValues(template, after).some((v) => v.criterionId === loc.criterion.id);
  return {
    criterionId: loc.criterion.id,
    componentId: loc.component.id,
    subComponentId: loc.subComponent.id,
    from: state.codes.get(loc.criterion.id) ?? null,
    to: next.code,
    exactGain: toExact(gain),
    gain: toDisplay(gain),
    breaksKerangkaLogis: breaks,
  };
}

/** Candidate steps from a state, best gain first, ties in template order (the sort is stable). */
function candidateSteps(template: EvaluationTemplate, locations: readonly CriterionLocation[], state: State): ImprovementStep[] {
  const steps = locations.map((loc) => stepFor(template, loc, state)).filter((s) => s !== undefined);
  return steps.sort((a, b) => new ScoreDecimal(b.exactGain).comparedTo(a.exactGain));
}

function apply(template: EvaluationTemplate, state: State, step: ImprovementStep): void {
  const criterion = criteriaOf(template).find((l) => l.criterion.id === step.criterionId)!.criterion;
  const option = optionsOf(criterion.answerType).find((o) => o.code === step.to)!;
  state.values.set(step.criterionId, new ScoreDecimal(option.value));
  state.codes.set(step.criterionId, step.to);
}

function greedyPlan(
  template: EvaluationTemplate,
  table: PredikatTable,
  answers: Answers,
  start: PredikatBand,
): NextPredikatPlan | null {
  const locations = criteriaOf(template);
  const state: State = { values: valuesFromAnswers(template, answers), codes: new Map(Object.entries(answers)) };
  const startRank = bandRank(start, table);
  const target = [...table].sort((a, b) => new ScoreDecimal(a.lo).comparedTo(b.lo))[startRank + 1];
  if (!target) return null;
  const steps: ImprovementStep[] = [];
  let total: Decimal = exactTotalFromValues(template, state.values);
  while (bandRank(predikatFor(total, table), table) <= startRank) {
    const best = candidateSteps(template, locations, state)[0];
    if (!best) return null;
    steps.push(best);
    apply(template, state, best);
    total = exactTotalFromValues(template, state.values);
  }
  return { target, reached: predikatFor(total, table), steps, exactTotal: toExact(total), total: toDisplay(total) };
}

/** Criteria ranked by the total gained from one step up, and the greedy plan to the next predikat. */
export function whatIf(template: EvaluationTemplate, answers: Answers, table: PredikatTable): WhatIfResult {
  const values = valuesFromAnswers(template, answers);
  const total = exactTotalFromValues(template, values);
  const predikat = predikatFor(total, table);
  const state: State = { values, codes: new Map(Object.entries(answers)) };
  const ranked = candidateSteps(template, criteriaOf(template), state).map((step) => {
    const after: State = { values: new Map(values), codes: new Map(state.codes) };
    apply(template, after, step);
    const newTotal = exactTotalFromValues(template, after.values);
    return { ...step, exactNewTotal: toExact(newTotal), newTotal: toDisplay(newTotal) };
  });
  return {
    exactTotal: toExact(total),
    total: toDisplay(total),
    predikat,
    ranked,
    nextPredikat: greedyPlan(template, table, answers, predikat),
  };
}
