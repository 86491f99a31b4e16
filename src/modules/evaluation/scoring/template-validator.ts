import { optionsOf } from './answer-values.ts';
import { ScoreDecimal } from './decimal.ts';
import { comparedIds } from './kerangka-logis.ts';
import { criteriaOf } from './score.ts';
import type { EvaluationTemplate, KerangkaLogisRule } from './types.ts';

/** A problem that makes a template unusable; `path` names the component, sub-component, criterion or rule. */
export interface TemplateProblem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  /** What the problem names, without prose (criterion ids, or a rule cycle as `a → b → a`), for field messages. */
  readonly subject?: string;
}

function weightProblems(template: EvaluationTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const total = template.components.reduce((sum, c) => sum.plus(c.weight), new ScoreDecimal(0));
  if (!total.eq(100)) {
    problems.push({
      code: 'weights_not_100',
      path: '',
      message: `Jumlah bobot komponen ${total.toFixed()} ≠ 100 / weights must sum to 100`,
    });
  }
  for (const component of template.components) {
    const subs = component.subComponents.reduce((sum, s) => sum.plus(s.weight), new ScoreDecimal(0));
    if (!subs.eq(component.weight)) {
      const message = `Jumlah bobot sub-komponen ${subs.toFixed()} ≠ bobot komponen ${component.weight}`;
      problems.push({ code: 'sub_weights_mismatch', path: component.id, message });
    }
    for (const sub of component.subComponents) {
      if (new ScoreDecimal(sub.weight).lt(0)) problems.push({ code: 'negative_weight', path: sub.id, message: 'Bobot negatif' });
      if (sub.criteria.length === 0) problems.push({ code: 'no_criteria', path: sub.id, message: 'Sub-komponen tanpa kriteria' });
    }
  }
  return problems;
}

function criterionProblems(template: EvaluationTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const ids = [
    ...template.components.map((c) => c.id),
    ...template.components.flatMap((c) => c.subComponents.map((s) => s.id)),
    ...criteriaOf(template).map((l) => l.criterion.id),
  ];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push({ code: 'duplicate_id', path: id, message: `Id ganda: ${id}` });
    seen.add(id);
  }
  for (const { criterion } of criteriaOf(template)) {
    const options = optionsOf(criterion.answerType);
    const codes = new Set(options.map((o) => o.code));
    const badValue = options.some((o) => new ScoreDecimal(o.value).lt(0) || new ScoreDecimal(o.value).gt(1));
    if (options.length < 2 || codes.size !== options.length || badValue) {
      const message = 'Pilihan jawaban harus ≥ 2, kode unik, nilai 0..1 / options: ≥ 2, unique codes, values in 0..1';
      problems.push({ code: 'bad_options', path: criterion.id, message });
    }
  }
  return problems;
}

/** Problems of one rule on its own: unknown criteria on either side, no compared criterion, itself compared. */
function oneRuleProblems(rule: KerangkaLogisRule, i: number, known: ReadonlySet<string>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const targets = comparedIds(rule);
  const unknownProblem = (path: string, ids: string) =>
    problems.push({ code: 'rule_unknown_criterion', path, message: `Kriteria tidak dikenal: ${ids}`, subject: ids });
  if (!known.has(rule.criterionId)) unknownProblem(`rules.${i}.criterionId`, rule.criterionId);
  const unknown = targets.filter((id) => !known.has(id));
  if (unknown.length > 0 || targets.length === 0) unknownProblem(`rules.${i}.comparedTo`, unknown.join(', ') || '-');
  if (targets.includes(rule.criterionId)) {
    const message = `Kriteria dibandingkan dengan dirinya sendiri: ${rule.criterionId}`;
    problems.push({ code: 'rule_self', path: `rules.${i}.comparedTo`, message, subject: rule.criterionId });
  }
  return problems;
}

/** The "limited by" edges of the rules (criterion → compared criteria), self-references left out. */
function ruleEdges(rules: readonly KerangkaLogisRule[]): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const rule of rules) {
    const targets = comparedIds(rule).filter((id) => id !== rule.criterionId);
    edges.set(rule.criterionId, [...(edges.get(rule.criterionId) ?? []), ...targets]);
  }
  return edges;
}

/** A path of criterion ids from `from` to `to` along the edges, or null. */
function pathBetween(edges: ReadonlyMap<string, readonly string[]>, from: string, to: string): string[] | null {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    if (node === to) {
      const path = [to];
      while (path[0] !== from) path.unshift(previous.get(path[0] as string) as string);
      return path;
    }
    for (const next of edges.get(node) ?? [])
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
  }
  return null;
}

/** Each rule that closes a cycle of other rules, with the cycle as `a → b → a` (self-references are `rule_self`). */
function cycleProblems(rules: readonly KerangkaLogisRule[]): TemplateProblem[] {
  const edges = ruleEdges(rules);
  const problems: TemplateProblem[] = [];
  rules.forEach((rule, i) => {
    for (const target of comparedIds(rule)) {
      if (target === rule.criterionId) continue;
      const back = pathBetween(edges, target, rule.criterionId);
      if (!back) continue;
      const chain = [rule.criterionId, ...back].join(' → ');
      problems.push({
        code: 'rule_cycle',
        path: `rules.${i}`,
        message: `Aturan kerangka logis berputar: ${chain}`,
        subject: chain,
      });
      return;
    }
  });
  return problems;
}

function ruleProblems(template: EvaluationTemplate): TemplateProblem[] {
  const known = new Set(criteriaOf(template).map((l) => l.criterion.id));
  return [...template.rules.flatMap((rule, i) => oneRuleProblems(rule, i, known)), ...cycleProblems(template.rules)];
}

/** True when the rules' "limited by" graph (criterion → compared criteria) has a cycle, self-loops included. */
export function hasRuleCycle(rules: readonly KerangkaLogisRule[]): boolean {
  const edges = new Map<string, string[]>();
  for (const rule of rules) edges.set(rule.criterionId, [...(edges.get(rule.criterionId) ?? []), ...comparedIds(rule)]);
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string): boolean => {
    if (state.get(node) === 'visiting') return true;
    if (state.get(node) === 'done') return false;
    state.set(node, 'visiting');
    const cyclic = (edges.get(node) ?? []).some(visit);
    state.set(node, 'done');
    return cyclic;
  };
  return [...edges.keys()].some(visit);
}

/**
 * Every problem of a template: weights, ids, options, and per rule (`rules.<i>…`) unknown criteria, a criterion
 * compared with itself, and the rules that close a cycle.
 */
export function validateTemplate(template: EvaluationTemplate): TemplateProblem[] {
  const problems =
    template.components.length === 0 ? [{ code: 'no_components', path: '', message: 'Templat tanpa komponen' }] : [];
  return [...problems, ...weightProblems(template), ...criterionProblems(template), ...ruleProblems(template)];
}
