/**
 * Pure rules of the plan tree: which kinds a document holds, which parent a kind takes, which levels expect children,
 * what a node may derive from, cycles, and target shapes. Errors are message keys under `performance.`.
 */
import { parseDecimal } from './capaian/decimal.ts';
import type { Frequency, NodeKind, PlanDocument, PokinLevel, TargetInput } from './performance.contract.ts';
import { DOCUMENT_KINDS, PARENT_KINDS, POKIN_LEVELS } from './plan-structure.contract.ts';

export { DOCUMENT_KINDS, POKIN_LEVELS };

/** The facts of a node the tree rules look at. */
export interface NodeShape {
  readonly id?: string;
  readonly periodId: string;
  readonly document: PlanDocument;
  readonly kind: NodeKind;
  readonly unitId: string | null;
  readonly pokinLevel: PokinLevel | null;
}

/** Whether a node's level is the regency's (RPJMD and pemda-level pokin have no unit). */
export function isRegencyLevel(node: Pick<NodeShape, 'document' | 'pokinLevel'>): boolean {
  return node.document === 'rpjmd' || (node.document === 'pokin' && node.pokinLevel === 'pemda');
}

/** Problems of a node on its own: kind allowed in the document, unit present or absent, pokin level, year. */
export function shapeProblems(node: NodeShape & { year: number | null }, period: { startYear: number; endYear: number }) {
  const problems: { field: string; message: string }[] = [];
  if (!DOCUMENT_KINDS[node.document].includes(node.kind))
    problems.push({ field: 'kind', message: 'performance.kindNotInDocument' });
  if (node.document === 'pokin' && !node.pokinLevel)
    problems.push({ field: 'pokinLevel', message: 'performance.pokinLevelRequired' });
  if (node.document !== 'pokin' && node.pokinLevel)
    problems.push({ field: 'pokinLevel', message: 'performance.pokinLevelOnlyPokin' });
  const regency = isRegencyLevel(node);
  if (regency && node.unitId) problems.push({ field: 'unitId', message: 'performance.regencyHasNoUnit' });
  if (!regency && !node.unitId) problems.push({ field: 'unitId', message: 'performance.unitRequired' });
  if (node.document === 'renja' && (node.year === null || node.year < period.startYear || node.year > period.endYear))
    problems.push({ field: 'year', message: 'performance.yearOutsidePeriod' });
  if (node.document !== 'renja' && node.year !== null) problems.push({ field: 'year', message: 'performance.yearOnlyRenja' });
  return problems;
}

/** Why `parent` cannot be the parent of `child` (message key), or null when it can; a null parent means a root. */
export function parentProblem(child: NodeShape, parent: NodeShape | null): string | null {
  const allowed = PARENT_KINDS[child.document][child.kind] ?? [];
  if (!parent) return allowed.length === 0 || child.document === 'pokin' ? null : 'performance.parentRequired';
  if (parent.periodId !== child.periodId) return 'performance.parentOtherPeriod';
  if (parent.document !== child.document) return 'performance.parentOtherDocument';
  if (child.document === 'pokin') return pokinParentProblem(child, parent);
  if (!allowed.includes(parent.kind)) return 'performance.parentWrongKind';
  return parent.unitId === child.unitId ? null : 'performance.parentOtherUnit';
}

/** A pokin node hangs under the same level (pemda only) or the level just above; below pemda, in the same OPD. */
function pokinParentProblem(child: NodeShape, parent: NodeShape): string | null {
  const c = POKIN_LEVELS.indexOf(child.pokinLevel ?? 'pemda');
  const p = POKIN_LEVELS.indexOf(parent.pokinLevel ?? 'pemda');
  const sameOk = child.pokinLevel === 'pemda' && parent.pokinLevel === 'pemda';
  if (!(sameOk || c === p + 1)) return 'performance.parentWrongKind';
  if (parent.pokinLevel === 'pemda') return null;
  return parent.unitId === child.unitId ? null : 'performance.parentOtherUnit';
}

/** Why `target` cannot be what `node` derives from, or null. Renstra → RPJMD, Renja → Renstra, pokin → plans. */
export function derivationProblem(node: NodeShape, target: NodeShape): string | null {
  if (target.periodId !== node.periodId) return 'performance.derivesOtherPeriod';
  if (node.id && target.id === node.id) return 'performance.derivesWrongTarget';
  const goals: readonly NodeKind[] = ['tujuan', 'sasaran'];
  if (node.document === 'renstra' && goals.includes(node.kind))
    return target.document === 'rpjmd' && goals.includes(target.kind) ? null : 'performance.derivesWrongTarget';
  if (node.document === 'renja')
    return target.document === 'renstra' && target.kind === node.kind && target.unitId === node.unitId
      ? null
      : 'performance.derivesWrongTarget';
  if (node.document === 'pokin')
    return target.document !== 'renja' && target.document !== 'pokin' ? null : 'performance.derivesWrongTarget';
  return 'performance.derivesNotAllowed';
}

/** The child kind a node is expected to have (a "dangling" node has none), or null when it may be a leaf. */
export function expectedChildKind(node: NodeShape): NodeKind | null {
  if (node.document === 'pokin') return node.pokinLevel === 'eselon_iv' || node.pokinLevel === 'staf' ? null : 'kondisi';
  const expected: Partial<Record<NodeKind, NodeKind>> = {
    visi: 'misi',
    misi: 'tujuan',
    tujuan: 'sasaran',
    strategi: 'arah_kebijakan',
    ...(node.document === 'rpjmd' ? {} : { program: 'kegiatan', kegiatan: 'sub_kegiatan' }),
  };
  return expected[node.kind] ?? null;
}

/** True when making `parentId` the parent of `nodeId` would close a loop (parentOf maps a node to its parent). */
export function wouldCycle(nodeId: string, parentId: string | null, parentOf: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  for (let at = parentId; at; at = parentOf.get(at) ?? null) {
    if (at === nodeId || seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

/** The indicator facts target checks need. */
export interface TargetRules {
  readonly polarity: string;
  readonly frequency: Frequency;
  readonly allowNegative: boolean;
}

const FINER_PERIODS: Readonly<Record<Frequency, RegExp>> = {
  yearly: /^$/,
  semester: /^S[12]$/,
  quarterly: /^(S[12]|Q[1-4])$/,
  monthly: /^(S[12]|Q[1-4]|M\d\d)$/,
};

/** Field problems of a target set (index-addressed): year in the period, period vs frequency, shape vs polarity, sign, duplicates. */
export function targetProblems(targets: readonly TargetInput[], rules: TargetRules, years: { start: number; end: number }) {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  targets.forEach((t, i) => {
    const at = (f: string, message: string) => problems.push({ field: `targets.${i}.${f}`, message });
    if (t.year < years.start || t.year > years.end) at('year', 'performance.yearOutsidePeriod');
    if (t.period && !FINER_PERIODS[rules.frequency].test(t.period)) at('period', 'performance.periodFinerThanFrequency');
    const key = `${t.year}/${t.period ?? ''}`;
    if (seen.has(key)) at('year', 'performance.duplicateTarget');
    seen.add(key);
    if (t.kind === 'range' && rules.polarity !== 'range') at('kind', 'performance.rangeNeedsRangePolarity');
    if (t.kind === 'number' && rules.polarity === 'range') at('kind', 'performance.rangePolarityNeedsRange');
    for (const f of ['value', 'min', 'max'] as const)
      if (!rules.allowNegative && parseDecimal(t[f] ?? null)?.isNegative()) at(f, 'performance.negativeNotAllowed');
  });
  return problems;
}
