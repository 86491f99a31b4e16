import { describe, expect, it } from 'vitest';
import { mountPoint } from '../../../test-support/dom.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { VillageDashboardView } from '../evaluation/village-evaluation.api.ts';
import { AccountabilityChart } from './AccountabilityChart.tsx';

const mount = mountPoint();
const view = (accountability: VillageDashboardView['accountability']): VillageDashboardView => ({
  ...{ year: 2026, totalDesa: 2, bands: [], bandCounts: {}, idmStatuses: [], idmCounts: {}, perKecamatan: [] },
  ...{ top: [], bottom: [], accountability },
});
const bodyRows = () =>
  [...mount.container.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent));

describe('AccountabilityChart', () => {
  it('tables households lifted vs target and the stunting and IKM means with how many desa reported', async () => {
    await renderWithProviders(
      mount,
      <AccountabilityChart
        view={view([
          ...[
            {
              ...{ kecamatanId: 'k1', name: 'Cimalaka', householdsLifted: '12', householdsTarget: '40' },
              ...{ stuntingPrevalence: '8.50', stuntingDesa: 3, ikm: '82.10', ikmDesa: 2 },
            },
            {
              ...{ kecamatanId: 'k2', name: 'Tanjungsari', householdsLifted: '0', householdsTarget: null },
              ...{ stuntingPrevalence: null, stuntingDesa: 0, ikm: null, ikmDesa: 0 },
            },
          ],
        ])}
      />,
    );
    expect(bodyRows()).toEqual([
      ['Cimalaka', '12', '40', '8.50 (3 desa)', '82.10 (2 desa)'],
      ['Tanjungsari', '0', '—', '—', '—'],
    ]);
    expect(mount.container.querySelector('[data-testid="village-accountability-chart"]')).not.toBeNull();
  });

  it('says so when no kecamatan has verified realisasi', async () => {
    await renderWithProviders(mount, <AccountabilityChart view={view([])} />);
    expect(mount.container.querySelector('[data-testid="village-accountability-chart"]')).toBeNull();
    expect(mount.container.textContent).toContain('Belum ada realisasi terverifikasi.');
  });
});
