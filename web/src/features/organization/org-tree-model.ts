import type { PositionView, UnitView } from './org.api.ts';

/** One item of the organisation tree: a unit (with children) or a position (a leaf). */
export type OrgTreeNode =
  | { id: string; type: 'unit'; unit: UnitView; parentId: string | null; level: number; children: OrgTreeNode[] }
  | { id: string; type: 'position'; position: PositionView; parentId: string; level: number; children: OrgTreeNode[] };

const unitNodeId = (id: string) => `u:${id}`;

function positionNodes(unit: UnitView, level: number): OrgTreeNode[] {
  const heads = unit.positions.filter((p) => p.isHead);
  const others = unit.positions.filter((p) => !p.isHead);
  return [...heads, ...others].map((position) => ({
    id: `p:${position.id}`,
    type: 'position' as const,
    position,
    parentId: unitNodeId(unit.id),
    level,
    children: [],
  }));
}

/** Builds the nested tree from the flat unit list; units whose parent is missing become roots. */
export function buildOrgTree(units: UnitView[]): OrgTreeNode[] {
  const known = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string | null, UnitView[]>();
  for (const unit of units) {
    const parent = unit.parentId && known.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const build = (unit: UnitView, parentId: string | null, level: number): OrgTreeNode => ({
    id: unitNodeId(unit.id),
    type: 'unit',
    unit,
    parentId,
    level,
    children: [
      ...positionNodes(unit, level + 1),
      ...(childrenOf.get(unit.id) ?? []).map((child) => build(child, unitNodeId(unit.id), level + 1)),
    ],
  });
  return (childrenOf.get(null) ?? []).map((root) => build(root, null, 1));
}

/** The nodes a user can currently see (and move through with arrow keys), in display order. */
export function visibleNodes(roots: OrgTreeNode[], expanded: ReadonlySet<string>): OrgTreeNode[] {
  const out: OrgTreeNode[] = [];
  const walk = (nodes: OrgTreeNode[]) => {
    for (const node of nodes) {
      out.push(node);
      if (node.children.length > 0 && expanded.has(node.id)) walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/** Ids of every node that has children (for "expand all"). */
export function expandableIds(roots: OrgTreeNode[]): string[] {
  const out: string[] = [];
  const walk = (nodes: OrgTreeNode[]) => {
    for (const node of nodes) {
      if (node.children.length > 0) {
        out.push(node.id);
        walk(node.children);
      }
    }
  };
  walk(roots);
  return out;
}

/** What a key press on a tree item does: move focus, expand or collapse (WAI-ARIA tree pattern). */
export type TreeKeyAction = { focus: string } | { expand: string } | { collapse: string } | { toggle: string } | null;

/** Maps a key on the focused node to an action, following the WAI-ARIA APG tree view keyboard model. */
export function treeKeyAction(
  key: string,
  visible: OrgTreeNode[],
  currentId: string,
  expanded: ReadonlySet<string>,
): TreeKeyAction {
  const index = visible.findIndex((node) => node.id === currentId);
  const node = visible[index];
  if (!node) return null;
  const hasChildren = node.children.length > 0;
  const isOpen = expanded.has(node.id);
  switch (key) {
    case 'ArrowDown':
      return index + 1 < visible.length ? { focus: visible[index + 1]!.id } : null;
    case 'ArrowUp':
      return index > 0 ? { focus: visible[index - 1]!.id } : null;
    case 'Home':
      return { focus: visible[0]!.id };
    case 'End':
      return { focus: visible[visible.length - 1]!.id };
    case 'ArrowRight':
      if (!hasChildren) return null;
      return isOpen ? { focus: node.children[0]!.id } : { expand: node.id };
    case 'ArrowLeft':
      if (hasChildren && isOpen) return { collapse: node.id };
      return node.parentId ? { focus: node.parentId } : null;
    case 'Enter':
    case ' ':
      return hasChildren ? { toggle: node.id } : null;
    default:
      return null;
  }
}
