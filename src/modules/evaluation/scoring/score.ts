import { valueOfAnswer } from './answer-values.ts';
import { ScoreDecimal, type ScoreValue, toDisplay, toExact } from './decimal.ts';
import type { Answers, Component, Criterion, EvaluationTemplate, SubComponent } from './types.ts';

/**
 * Scoring per PermenPANRB 88/2021: sub-component = mean(criterion values) × weight, component = Σ subs,
 * total = Σ components. An unanswered criterion counts as 0 in the mean (its sub-component still divides
 * by all its criteria) and is listed in `unanswered`.
 *
 * Rounding: nothing is rounded internally. Every exact value is a sum of fractions Σ (s × w / n), computed
 * over a common denominator and divided once, so a value that is exactly x.xx5 stays exact. Display values
 * round the exact value half up to 2 decimals; so a component's display value is round(Σ exact subs), not
 * Σ round(subs), and the displayed parts may differ from the displayed total by a cent (the §3.4 example:
 * components 21.04 + 18.96 + 10.68 + 16.75 display 67.43 when summed, the exact total 67.4357… shows 67.44).
 */

/** A criterion with where it sits in the template (`order` = position in template order). */
export interface CriterionLocation {
  readonly component: Component;
  readonly subComponent: SubComponent;
  readonly criterion: Criterion;
  readonly order: number;
}

/** An answer that cannot be scored: unknown criterion or an option its answer type does not allow. */
export interface AnswerProblem {
  readonly criterionId: string;
  readonly code: string;
  readonly message: string;
}

/** Thrown by scoring functions when answers are invalid; callers should check `answerProblems` first. */
export class InvalidAnswersError extends Error {
  constructor(readonly problems: readonly AnswerProblem[]) {
    super(`Jawaban tidak valid / invalid answers: ${problems.map((p) => `${p.criterionId}=${p.code}`).join(', ')}`);
  }
}

/** Score of one sub-component: exact values at full precision, display values at 2 decimals. */
export interface SubComponentScore {
  readonly id: string;
  readonly name: string;
  readonly weight: string;
  readonly criteriaCount: number;
  readonly answeredCount: number;
  readonly exactMean: string;
  readonly exactScore: string;
  readonly score: string;
}

/** Score of one component and its sub-components. */
export interface ComponentScore {
  readonly id: string;
  readonly name: string;
  readonly weight: string;
  readonly exactScore: string;
  readonly score: string;
  readonly subComponents: readonly SubComponentScore[];
}

/** Result of `scoreEvaluation`. */
export interface EvaluationScore {
  readonly components: readonly ComponentScore[];
  readonly exactTotal: string;
  readonly total: string;
  readonly unanswered: readonly string[];
}

/** Every criterion of a template in template order, with its component and sub-component. */
export function criteriaOf(template: EvaluationTemplate): CriterionLocation[] {
  const out: CriterionLocation[] = [];
  for (const component of template.components) {
    for (const subComponent of component.subComponents) {
      for (const criterion of subComponent.criteria) out.push({ component, subComponent, criterion, order: out.length });
    }
  }
  return out;
}

/** Answers naming an unknown criterion or an option outside the criterion's allowed values. */
export function answerProblems(template: EvaluationTemplate, answers: Answers): AnswerProblem[] {
  const byId = new Map(criteriaOf(template).map((l) => [l.criterion.id, l.criterion]));
  const problems: AnswerProblem[] = [];
  for (const [criterionId, code] of Object.entries(answers)) {
    const criterion = byId.get(criterionId);
    if (!criterion) problems.push({ criterionId, code, message: 'Kriteria tidak dikenal / unknown criterion' });
    else if (!valueOfAnswer(criterion, code)) {
      problems.push({ criterionId, code, message: 'Jawaban di luar pilihan yang diizinkan / answer not allowed' });
    }
  }
  return problems;
}

/** Criterion id → value for the answered criteria; throws InvalidAnswersError on invalid answers. */
export function valuesFromAnswers(template: EvaluationTemplate, answers: Answers): Map<string, ScoreValue> {
  const problems = answerProblems(template, answers);
  if (problems.length > 0) throw new InvalidAnswersError(problems);
  const values = new Map<string, ScoreValue>();
  for (const { criterion } of criteriaOf(template)) {
    const code = answers[criterion.id];
    if (code !== undefined) values.set(criterion.id, valueOfAnswer(criterion, code)!);
  }
  return values;
}

interface Fraction {
  readonly numerator: ScoreValue;
  readonly denominator: number;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Σ numerator/denominator over a common denominator, divided once (exact unless non-terminating). */
function sumOfFractions(parts: readonly Fraction[]): ScoreValue {
  const common = parts.reduce((l, p) => (l / gcd(l, p.denominator)) * p.denominator, 1);
  const numerator = parts.reduce((sum, p) => sum.plus(p.numerator.times(common / p.denominator)), new ScoreDecimal(0));
  return numerator.div(common);
}

/** The sub-component's value as one fraction: (Σ criterion values × weight) / number of criteria. */
function subFraction(sub: SubComponent, values: ReadonlyMap<string, ScoreValue>): Fraction {
  const sum = sub.criteria.reduce((acc, c) => acc.plus(values.get(c.id) ?? 0), new ScoreDecimal(0));
  return { numerator: sum.times(sub.weight), denominator: Math.max(sub.criteria.length, 1) };
}

/** Exact total (0..100 for a valid template) from criterion values; missing criteria count as 0. */
export function exactTotalFromValues(template: EvaluationTemplate, values: ReadonlyMap<string, ScoreValue>): ScoreValue {
  return sumOfFractions(template.components.flatMap((c) => c.subComponents.map((s) => subFraction(s, values))));
}

function scoreSubComponent(sub: SubComponent, values: ReadonlyMap<string, ScoreValue>): SubComponentScore {
  const fraction = subFraction(sub, values);
  const exact = fraction.numerator.div(fraction.denominator);
  const sum = sub.criteria.reduce((acc, c) => acc.plus(values.get(c.id) ?? 0), new ScoreDecimal(0));
  return {
    id: sub.id,
    name: sub.name,
    weight: sub.weight,
    criteriaCount: sub.criteria.length,
    answeredCount: sub.criteria.filter((c) => values.has(c.id)).length,
    exactMean: toExact(sum.div(Math.max(sub.criteria.length, 1))),
    exactScore: toExact(exact),
    score: toDisplay(exact),
  };
}

function scoreComponent(component: Component, values: ReadonlyMap<string, ScoreValue>): ComponentScore {
  const exact = sumOfFractions(component.subComponents.map((s) => subFraction(s, values)));
  return {
    id: component.id,
    name: component.name,
    weight: component.weight,
    exactScore: toExact(exact),
    score: toDisplay(exact),
    subComponents: component.subComponents.map((s) => scoreSubComponent(s, values)),
  };
}

/** Scores per sub-component, component and total, with the unanswered criteria; throws on invalid answers. */
export function scoreEvaluation(template: EvaluationTemplate, answers: Answers): EvaluationScore {
  const values = valuesFromAnswers(template, answers);
  const total = exactTotalFromValues(template, values);
  return {
    components: template.components.map((c) => scoreComponent(c, values)),
    exactTotal: toExact(total),
    total: toDisplay(total),
    unanswered: criteriaOf(template)
      .map((l) => l.criterion.id)
      .filter((id) => !values.has(id)),
  };
}
