import type { DispositionView } from './eoffice.api.ts';

/** A disposition with the dispositions made from it. */
export interface TrackingNode {
  disposition: DispositionView;
  children: TrackingNode[];
}

/** Nests the flat, depth-first list of a letter's dispositions by `parentId`; orphans become roots. */
export function buildTrackingTree(dispositions: readonly DispositionView[]): TrackingNode[] {
  const nodes = new Map<string, TrackingNode>();
  for (const disposition of dispositions) nodes.set(disposition.id, { disposition, children: [] });
  const roots: TrackingNode[] = [];
  for (const disposition of dispositions) {
    const node = nodes.get(disposition.id) as TrackingNode;
    const parent = disposition.parentId ? nodes.get(disposition.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
