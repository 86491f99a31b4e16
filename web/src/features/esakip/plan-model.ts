import { PARENT_KINDS, POKIN_LEVELS } from '../../../../src/modules/performance/plan-structure.contract.ts';
import type { NodeKind, PlanDocument, PokinLevel, TreeNodeView } from './esakip.api.ts';

export { POKIN_LEVELS };

/** Kinds a new node may have in `document` under a parent of `parentKind` (null = a root). */
export function childKinds(document: PlanDocument, parentKind: NodeKind | null): NodeKind[] {
  if (document === 'pokin') return ['kondisi'];
  const rules = PARENT_KINDS[document];
  return (Object.keys(rules) as NodeKind[]).filter((kind) => {
    const parents = rules[kind] ?? [];
    return parentKind === null ? parents.length === 0 : parents.includes(parentKind);
  });
}

/** Pohon kinerja levels a new node may take under a parent of `parentLevel` (null = a root: any level). */
export function childPokinLevels(parentLevel: PokinLevel | null): PokinLevel[] {
  if (parentLevel === null) return [...POKIN_LEVELS];
  const next = POKIN_LEVELS[POKIN_LEVELS.indexOf(parentLevel) + 1];
  const levels = parentLevel === 'pemda' ? ['pemda' as const] : [];
  return next ? [...levels, next] : levels;
}

/** Whether a node of this document/level belongs to the regency (no OPD). */
export const isRegencyLevel = (document: PlanDocument, level: PokinLevel | null) =>
  document === 'rpjmd' || (document === 'pokin' && level === 'pemda');

/** Ids of nodes that have children (for "expand all"). */
export function expandableIds(roots: readonly TreeNodeView[]): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly TreeNodeView[]) => {
    for (const node of nodes) {
      if (node.children.length === 0) continue;
      out.push(node.id);
      walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/** Whether a node's title or code contains the search text (case-insensitive). */
export const nodeMatches = (node: Pick<TreeNodeView, 'title' | 'code'>, needle: string) =>
  needle !== '' && `${node.code ?? ''} ${node.title}`.toLocaleLowerCase('id').includes(needle);

/** The normalized search text. */
export const normalizeSearch = (text: string) => text.trim().toLocaleLowerCase('id');

/** The tree pruned to nodes matching `needle` and their ancestors (everything when empty), with the match count. */
export function filterTree(roots: readonly TreeNodeView[], needle: string): { roots: TreeNodeView[]; matches: number } {
  if (!needle) return { roots: [...roots], matches: 0 };
  let matches = 0;
  const prune = (nodes: readonly TreeNodeView[]): TreeNodeView[] =>
    nodes.flatMap((node) => {
      const hit = nodeMatches(node, needle);
      if (hit) matches += 1;
      const children = prune(node.children);
      return hit || children.length > 0 ? [{ ...node, children }] : [];
    });
  const pruned = prune(roots);
  return { roots: pruned, matches };
}

/** The tree as rows in display order (depth-first), each with its depth. */
export function flattenTree(roots: readonly TreeNodeView[]): { node: TreeNodeView; depth: number }[] {
  const out: { node: TreeNodeView; depth: number }[] = [];
  const walk = (nodes: readonly TreeNodeView[], depth: number) => {
    for (const node of nodes) {
      out.push({ node, depth });
      walk(node.children, depth + 1);
    }
  };
  walk(roots, 0);
  return out;
}

/** Nodes a node may move under: the same document, not itself or its descendants (the API checks kinds and cycles). */
export function moveTargets(roots: readonly TreeNodeView[], node: TreeNodeView): TreeNodeView[] {
  const banned = new Set(flattenTree([node]).map((row) => row.node.id));
  const allowedParents = new Set(node.document === 'pokin' ? ['kondisi'] : (PARENT_KINDS[node.document][node.kind] ?? []));
  return flattenTree(roots)
    .map((row) => row.node)
    .filter((candidate) => !banned.has(candidate.id) && allowedParents.has(candidate.kind));
}
