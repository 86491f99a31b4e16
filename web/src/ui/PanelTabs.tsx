import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';

/** One tab of a detail page: its URL value, label and panel. */
export interface PanelTab {
  value: string;
  label: string;
  panel: ReactNode;
}

/** Tabs of a detail page; an unknown `value` (e.g. from an old link) shows the first tab. Panels mount when shown. */
export function PanelTabs({ tabs, value, onChange }: { tabs: PanelTab[]; value: string; onChange: (value: string) => void }) {
  const first = tabs[0]?.value ?? '';
  const active = tabs.some((x) => x.value === value) ? value : first;
  return (
    <Tabs value={active} onChange={(v) => onChange(v ?? first)} keepMounted={false}>
      <Tabs.List mb="md">
        {tabs.map((x) => (
          <Tabs.Tab key={x.value} value={x.value}>
            {x.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((x) => (
        <Tabs.Panel key={x.value} value={x.value}>
          {x.panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
