/**
 * Evaluation templates as data: components → sub-components → criteria, kerangka logis rules and the
 * predikat table. Weights, option values and band limits are decimal strings (never floats).
 */

/** One answer option of a criterion; `value` is a decimal string in 0..1 (e.g. "0.75"). */
export interface AnswerOption {
  readonly code: string;
  readonly label: string;
  readonly value: string;
}

/** Y/T (1/0), A–E (1, 0.75, 0.5, 0.25, 0) or a custom list of options. */
export type AnswerType = 'yt' | 'abcde' | { readonly options: readonly AnswerOption[] };

/** One question of the worksheet. */
export interface Criterion {
  readonly id: string;
  readonly text: string;
  readonly answerType: AnswerType;
}

/** How a sub-component turns its criteria into a value; 88/2021 uses the mean ("rata-rata"). */
export type SubComponentMethod = 'mean';

/** A sub-component: its value is mean(criterion values) × weight. */
export interface SubComponent {
  readonly id: string;
  readonly name: string;
  readonly weight: string;
  readonly method: SubComponentMethod;
  readonly criteria: readonly Criterion[];
}

/** A component: its value is the sum of its sub-components. */
export interface Component {
  readonly id: string;
  readonly name: string;
  readonly weight: string;
  readonly subComponents: readonly SubComponent[];
}

/**
 * Kerangka logis: the answer to `criterionId` may not be above the answer to `comparedTo` (one criterion)
 * or above the mean of the answers to `comparedTo` (several criteria, e.g. a whole sub-component).
 */
export interface KerangkaLogisRule {
  readonly criterionId: string;
  readonly kind: 'not_above';
  readonly comparedTo: string | readonly string[];
  readonly message: string;
}

/** A versioned evaluation worksheet (LKE). */
export interface EvaluationTemplate {
  readonly code: string;
  readonly version: string;
  readonly name: string;
  readonly components: readonly Component[];
  readonly rules: readonly KerangkaLogisRule[];
}

/** Answers: criterion id → option code. A criterion missing from the map is unanswered. */
export type Answers = Readonly<Record<string, string>>;

/** One band of a predikat table: lo < value ≤ hi; the lowest band also includes its lo (0). */
export interface PredikatBand {
  readonly code: string;
  readonly label: string;
  readonly lo: string;
  readonly hi: string;
  readonly interpretation: string;
}

/** Bands of a predikat table, in any order; together they cover 0..100 without gaps. */
export type PredikatTable = readonly PredikatBand[];
