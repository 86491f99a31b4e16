import { act, useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mountPoint } from '../../test-support/dom.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { OrgTree } from './OrgTree.tsx';
import type { UnitView } from './org.api.ts';
import { buildOrgTree } from './org-tree-model.ts';

const units: UnitView[] = [
  {
    id: 'setda',
    parentId: null,
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    kind: 'sekretariat',
    positions: [
      {
        id: 'sekda',
        code: 'SEKDA',
        name: 'Sekretaris Daerah',
        echelon: 'II.a',
        isHead: true,
        holders: [{ employeeId: 'e1', name: 'Dr. Sari', nip: '1', kind: 'plt' }],
      },
    ],
  },
  { id: 'diskominfo', parentId: 'setda', code: 'DISKOMINFO', name: 'Dinas Kominfo', kind: 'dinas', positions: [] },
];

function Harness() {
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const onChange = (id: string, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  return <OrgTree roots={buildOrgTree(units)} expanded={expanded} onExpandedChange={onChange} label="Bagan" />;
}

const mount = mountPoint();

beforeEach(async () => {
  await renderWithProviders(mount, <Harness />);
});

const items = () => [...mount.container.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const press = (key: string) =>
  act(() => {
    (document.activeElement ?? mount.container).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('OrgTree', () => {
  it('starts collapsed with one tabbable item and opens on ArrowRight', () => {
    expect(items()).toHaveLength(1);
    expect(items()[0]!.getAttribute('aria-expanded')).toBe('false');
    expect(items()[0]!.tabIndex).toBe(0);
    act(() => items()[0]!.focus());
    press('ArrowRight');
    expect(items()[0]!.getAttribute('aria-expanded')).toBe('true');
    expect(items().map((item) => item.getAttribute('aria-level'))).toEqual(['1', '2', '2']);
    expect(mount.container.textContent).toContain('Dr. Sari (Plt.)');
  });

  it('moves focus with ArrowDown and back to the parent with ArrowLeft', () => {
    act(() => items()[0]!.focus());
    press('ArrowRight');
    press('ArrowDown');
    expect(document.activeElement).toBe(items()[1]);
    expect(items()[1]!.tabIndex).toBe(0);
    expect(items()[0]!.tabIndex).toBe(-1);
    press('ArrowLeft');
    expect(document.activeElement).toBe(items()[0]);
    press('ArrowLeft');
    expect(items()).toHaveLength(1);
  });
});
