/** The editable copy of a template: pure helpers the form uses to change one nested part at a time. */
import type { CreateTemplateInput, TemplateView } from '../../../../../src/modules/evaluation/evaluation.contract.ts';

/** The form's state: exactly the body `POST /api/evaluation/templates` takes. */
export type TemplateDraft = Required<CreateTemplateInput>;
/** One component of the draft. */
export type DraftComponent = TemplateDraft['template']['components'][number];
/** One sub-component of the draft. */
export type DraftSub = DraftComponent['subComponents'][number];
/** One criterion of the draft. */
export type DraftCriterion = DraftSub['criteria'][number];
/** One predikat band of the draft. */
export type DraftBand = TemplateDraft['predikat'][number];

/** A deep copy of a template as a new version: same content and predikat, the version label left for the user. */
export function draftFrom(source: TemplateView): TemplateDraft {
  const copy = structuredClone({ template: source.template, predikat: source.predikat });
  return { template: { ...copy.template, version: '' }, predikat: copy.predikat };
}

/** Replaces the element at `index` with `patch` applied. */
export const patchAt = <T>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, i) => (i === index ? { ...item, ...patch } : item));

/** Removes the element at `index`. */
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** The next number after the last sibling's (`1.a.3` → `1.a.4`), or `prefix` + `first` when there is none. */
export function nextId(siblings: readonly { id: string }[], prefix: string, first: string): string {
  const last = siblings.at(-1)?.id;
  if (!last) return `${prefix}${first}`;
  const tail = last.split('.').at(-1) ?? '';
  const head = last.slice(0, last.length - tail.length);
  if (/^\d+$/.test(tail)) return `${head}${Number(tail) + 1}`;
  if (/^[a-y]$/.test(tail)) return `${head}${String.fromCharCode(tail.charCodeAt(0) + 1)}`;
  return `${last}-2`;
}

/** An empty criterion after the sub-component's last one. */
export const newCriterion = (sub: DraftSub): DraftCriterion => ({
  id: nextId(sub.criteria, `${sub.id}.`, '1'),
  text: '',
  answerType: 'yt',
});

/** An empty sub-component after the component's last one. */
export const newSub = (component: DraftComponent): DraftSub => ({
  id: nextId(component.subComponents, `${component.id}.`, 'a'),
  name: '',
  weight: '',
  method: 'mean',
  criteria: [],
});

/** An empty component after the last one. */
export const newComponent = (components: readonly DraftComponent[]): DraftComponent => ({
  id: nextId(components, '', '1'),
  name: '',
  weight: '',
  subComponents: [],
});

/** An empty predikat band. */
export const newBand = (): DraftBand => ({ code: '', label: '', lo: '', hi: '', interpretation: '' });

/** One kerangka logis rule of the draft. */
export type DraftRule = TemplateDraft['template']['rules'][number];
/** One custom answer option of a criterion. */
export type DraftOption = { code: string; label: string; value: string };

/** Every criterion of the draft's structure, in order, as `{ id, text }`. */
export const criteriaOfDraft = (components: readonly DraftComponent[]) =>
  components.flatMap((c) => c.subComponents.flatMap((s) => s.criteria.map((k) => ({ id: k.id, text: k.text }))));

/** The compared criteria of a rule as a list (one id, or several whose mean is the limit). */
export const comparedList = (rule: DraftRule): string[] =>
  typeof rule.comparedTo === 'string' ? [rule.comparedTo] : [...rule.comparedTo];

/** A rule's compared criteria as the contract stores them: one id as a string, several as a list. */
export const comparedValue = (ids: readonly string[]): DraftRule['comparedTo'] => (ids.length === 1 ? (ids[0] ?? '') : [...ids]);

/** A new rule: the second criterion may not exceed the first (or empty ids when there are fewer than two). */
export function newRule(criteria: readonly { id: string }[]): DraftRule {
  const [first, second] = criteria;
  return { criterionId: second?.id ?? '', kind: 'not_above', comparedTo: first?.id ?? '', message: '' };
}

/** The starting custom options when a criterion switches to its own option set: Ya (1) and Tidak (0). */
export const defaultOptions = (): DraftOption[] => [
  { code: 'Y', label: 'Ya', value: '1' },
  { code: 'T', label: 'Tidak', value: '0' },
];
