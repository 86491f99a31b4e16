/** The bar chart of the regency view opens the clicked OPD (the chart is stubbed: one button per bar category). */
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { EChartClick, EChartOption } from '../../../ui/EChart.tsx';
import { DashboardPanel } from './DashboardPanel.tsx';
import { KOMINFO, REGENCY } from './dashboard-fixtures.ts';

vi.mock('../../../ui/EChart.tsx', () => ({
  EChart: ({ option, onClick, testId }: { option: EChartOption; onClick?: (c: EChartClick) => void; testId?: string }) => {
    const axis = option.yAxis as { data?: string[] } | undefined;
    return (
      <div data-testid={testId}>
        {(axis?.data ?? []).map((name, dataIndex) => (
          <button key={name} type="button" data-bar={name} onClick={() => onClick?.({ seriesIndex: 0, dataIndex, name })}>
            bar
          </button>
        ))}
      </div>
    );
  },
}));

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

describe('RegencyView chart', () => {
  it('opens the OPD of the clicked bar', async () => {
    const kesehatan = { ...KOMINFO, unit: REGENCY.units[1] as typeof KOMINFO.unit, indicators: [] };
    stubFetch(
      routeFetch([
        { match: /^\/api\/performance\/dashboard\/units\/u-kes/, answer: () => json(200, kesehatan) },
        { match: /^\/api\/performance\/dashboard\/units\/u-kom/, answer: () => json(200, KOMINFO) },
        { match: /^\/api\/performance\/dashboard/, answer: () => json(200, REGENCY) },
      ]),
    );
    await renderWithProviders(mount, <DashboardPanel />, { route: '/e-sakip?tab=dasbor' });
    await settle();
    const bars = [...mount.container.querySelectorAll<HTMLButtonElement>('[data-testid="dash-units-chart"] [data-bar]')];
    expect(bars.map((b) => b.dataset.bar).sort()).toEqual(['DINKES', 'DISKOMINFO']);
    act(() => bars.find((b) => b.dataset.bar === 'DINKES')?.click());
    await settle();
    expect(mount.container.querySelector('nav [aria-current="page"]')?.textContent).toBe('Dinas Kesehatan');
    expect(mount.container.querySelector('[data-testid="dash-indicators-table"]')).not.toBeNull();
  });
});
