import { act, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint } from '../../test-support/dom.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { sampleTree } from './esakip-fixtures.ts';
import { PlanTree } from './PlanTree.tsx';
import { expandableIds, filterTree, normalizeSearch } from './plan-model.ts';

function Harness({ search = '', startOpen = true }: { search?: string; startOpen?: boolean }) {
  const roots = sampleTree();
  const [expanded, setExpanded] = useState<Set<string>>(new Set(startOpen ? expandableIds(roots) : []));
  const needle = normalizeSearch(search);
  const onChange = (id: string, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <PlanTree
      roots={filterTree(roots, needle).roots}
      expanded={expanded}
      onExpandedChange={onChange}
      needle={needle}
      label="Pohon"
      onAction={() => {}}
    />
  );
}

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const items = () => [...mount.container.querySelectorAll<HTMLElement>('li[data-node-id]')];
const itemTitles = () => items().map((li) => li.querySelector('[id^="plan-title-"]')?.textContent);
const toggleOf = (id: string) =>
  mount.container.querySelector<HTMLButtonElement>(`li[data-node-id="${id}"] > div button[aria-expanded]`)!;
const press = (key: string) =>
  act(() => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('PlanTree', () => {
  it('renders the nested nodes with their kinds, indicators, IKU badge and yearly targets', async () => {
    await renderWithProviders(mount, <Harness />);
    expect(itemTitles()).toEqual([
      'Sumedang sejahtera',
      'Meningkatkan kesejahteraan',
      'Ekonomi tumbuh',
      'Pertumbuhan ekonomi meningkat',
      'Kesehatan merata',
    ]);
    const sasaran = mount.container.querySelector('li[data-node-id="s1"]')!;
    expect(sasaran.closest('ul')!.closest('li')!.getAttribute('data-node-id')).toBe('t1');
    expect(sasaran.textContent).toContain('Sasaran');
    const indicator = sasaran.querySelector('[data-testid="indicator"]')!;
    expect(indicator.textContent).toContain('Indeks Pembangunan Manusia');
    expect(indicator.textContent).toContain('IKU');
    expect(indicator.textContent).toContain('Maksimal');
    expect(indicator.querySelector('[data-testid="targets"]')!.textContent).toBe('2025: 71.5 · 2026: 72–74');
  });

  it('collapses and expands with the arrow keys and moves focus between nodes', async () => {
    await renderWithProviders(mount, <Harness />);
    act(() => toggleOf('v1').focus());
    press('ArrowDown');
    expect(document.activeElement).toBe(toggleOf('m1'));
    press('ArrowLeft');
    expect(toggleOf('m1').getAttribute('aria-expanded')).toBe('false');
    expect(itemTitles()).toEqual(['Sumedang sejahtera', 'Meningkatkan kesejahteraan']);
    press('ArrowRight');
    expect(toggleOf('m1').getAttribute('aria-expanded')).toBe('true');
    press('ArrowRight');
    expect(document.activeElement).toBe(toggleOf('t1'));
    press('ArrowLeft');
    press('ArrowLeft');
    expect(document.activeElement).toBe(toggleOf('m1'));
    expect(itemTitles()).toHaveLength(4);
  });

  it('opens a collapsed node with the disclosure button (Tab + Enter)', async () => {
    await renderWithProviders(mount, <Harness startOpen={false} />);
    expect(itemTitles()).toEqual(['Sumedang sejahtera']);
    act(() => toggleOf('v1').click());
    expect(toggleOf('v1').getAttribute('aria-expanded')).toBe('true');
    expect(itemTitles()).toEqual(['Sumedang sejahtera', 'Meningkatkan kesejahteraan']);
  });

  it('filters by title or code, keeps the ancestors and highlights the match', async () => {
    await renderWithProviders(mount, <Harness search="kesehatan" startOpen={false} />);
    expect(itemTitles()).toEqual(['Sumedang sejahtera', 'Meningkatkan kesejahteraan', 'Kesehatan merata']);
    expect([...mount.container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Kesehatan']);
    expect(filterTree(sampleTree(), normalizeSearch('1.1.1')).matches).toBe(1);
    expect(filterTree(sampleTree(), normalizeSearch('tidak ada')).roots).toEqual([]);
  });
});
