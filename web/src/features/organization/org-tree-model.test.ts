import { describe, expect, it } from 'vitest';
import type { UnitView } from './org.api.ts';
import { buildOrgTree, expandableIds, treeKeyAction, visibleNodes } from './org-tree-model.ts';

const unit = (id: string, parentId: string | null, positions: UnitView['positions'] = []): UnitView => ({
  id,
  parentId,
  code: id.toUpperCase(),
  name: `Unit ${id}`,
  kind: 'dinas',
  positions,
});
const position = (id: string, isHead: boolean) => ({ id, code: id, name: `Jabatan ${id}`, echelon: null, isHead, holders: [] });

const units = [
  unit('root', null, [position('staff', false), position('head', true)]),
  unit('a', 'root'),
  unit('a1', 'a'),
  unit('orphan', 'missing-parent'),
];

describe('buildOrgTree', () => {
  it('nests units under their parents and makes units with a missing parent roots', () => {
    const roots = buildOrgTree(units);
    expect(roots.map((n) => n.id)).toEqual(['u:root', 'u:orphan']);
    const root = roots[0]!;
    expect(root.children.map((n) => n.id)).toEqual(['p:head', 'p:staff', 'u:a']);
    expect(root.children[2]!.children.map((n) => [n.id, n.level])).toEqual([['u:a1', 3]]);
  });

  it('lists only expandable nodes for "expand all"', () => {
    expect(expandableIds(buildOrgTree(units))).toEqual(['u:root', 'u:a']);
  });
});

describe('visibleNodes', () => {
  it('hides the children of collapsed nodes', () => {
    const roots = buildOrgTree(units);
    expect(visibleNodes(roots, new Set()).map((n) => n.id)).toEqual(['u:root', 'u:orphan']);
    expect(visibleNodes(roots, new Set(['u:root'])).map((n) => n.id)).toEqual(['u:root', 'p:head', 'p:staff', 'u:a', 'u:orphan']);
  });
});

describe('treeKeyAction', () => {
  const roots = buildOrgTree(units);
  const open = new Set(['u:root']);
  const visible = visibleNodes(roots, open);

  it('moves down and up through visible items and stops at the ends', () => {
    expect(treeKeyAction('ArrowDown', visible, 'u:root', open)).toEqual({ focus: 'p:head' });
    expect(treeKeyAction('ArrowUp', visible, 'p:head', open)).toEqual({ focus: 'u:root' });
    expect(treeKeyAction('ArrowUp', visible, 'u:root', open)).toBeNull();
    expect(treeKeyAction('End', visible, 'u:root', open)).toEqual({ focus: 'u:orphan' });
  });

  it('expands a closed node on ArrowRight and enters an open one', () => {
    expect(treeKeyAction('ArrowRight', visible, 'u:a', open)).toEqual({ expand: 'u:a' });
    expect(treeKeyAction('ArrowRight', visible, 'u:root', open)).toEqual({ focus: 'p:head' });
  });

  it('collapses an open node on ArrowLeft and otherwise goes to the parent', () => {
    expect(treeKeyAction('ArrowLeft', visible, 'u:root', open)).toEqual({ collapse: 'u:root' });
    expect(treeKeyAction('ArrowLeft', visible, 'p:staff', open)).toEqual({ focus: 'u:root' });
  });

  it('toggles with Enter only nodes that have children', () => {
    expect(treeKeyAction('Enter', visible, 'u:a', open)).toEqual({ toggle: 'u:a' });
    expect(treeKeyAction('Enter', visible, 'p:head', open)).toBeNull();
  });
});
