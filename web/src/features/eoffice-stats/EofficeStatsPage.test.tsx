import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { EofficeStatsPage } from './EofficeStatsPage.tsx';
import type { EofficeStats } from './eoffice-stats.api.ts';

const mount = mountPoint();

function stats(year: number): EofficeStats {
  return {
    year,
    timeZone: 'Asia/Jakarta',
    asOf: `${year}-04-05`,
    scope: 'headed',
    months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, incoming: i === 3 ? 9 : 0, outgoing: i === 4 ? 1 : 0 })),
    units: [
      {
        unitId: 'u-kominfo',
        unitCode: 'DISKOMINFO',
        unitName: 'Dinas Kominfo',
        open: 2,
        overdue: 1,
        completed: 3,
        medianResponseHours: 5,
        responseCount: 3,
      },
      {
        unitId: 'u-org',
        unitCode: 'BAG-ORG',
        unitName: 'Bagian Organisasi',
        open: 1,
        overdue: 0,
        completed: 0,
        medianResponseHours: null,
        responseCount: 0,
      },
    ],
  };
}

const rows = (testId: string) =>
  [...mount.container.querySelectorAll(`[data-testid="${testId}"] tbody tr`)].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''),
  );

describe('EofficeStatsPage', () => {
  it('renders each chart as a labelled image with a table of the same numbers', async () => {
    const calls: string[] = [];
    stubFetch(
      routeFetch([
        {
          match: /^\/api\/eoffice\/stats/,
          answer: ({ url }) => {
            calls.push(url);
            return json(200, stats(2027));
          },
        },
      ]),
    );
    await renderWithProviders(mount, <EofficeStatsPage />, { route: '/e-office/statistik' });
    await settle();
    expect(calls[0]).toBe('/api/eoffice/stats');

    const letters = rows('stats-letters-table');
    expect(letters).toHaveLength(12);
    expect(letters[3]?.slice(1)).toEqual(['9', '0']);
    expect(letters[4]?.slice(1)).toEqual(['0', '1']);

    expect(rows('stats-dispositions-table')).toEqual([
      ['Dinas Kominfo (DISKOMINFO)', '2', '1', '3'],
      ['Bagian Organisasi (BAG-ORG)', '1', '0', '0'],
    ]);
    expect(rows('stats-response-table')).toEqual([
      ['Dinas Kominfo (DISKOMINFO)', '5', '3'],
      ['Bagian Organisasi (BAG-ORG)', '—', '0'],
    ]);

    const charts = [...mount.container.querySelectorAll('[role="img"]')];
    expect(charts.map((c) => c.getAttribute('data-testid'))).toEqual([
      'stats-letters-chart',
      'stats-dispositions-chart',
      'stats-response-chart',
    ]);
    expect(charts[0]?.getAttribute('aria-label')).toContain('9 surat masuk dan 1 surat keluar');
    expect(charts[1]?.getAttribute('aria-label')).toContain('3 terbuka, 1 di antaranya terlambat, di 2 unit');
    expect(mount.container.textContent).toContain('sampai ditindaklanjuti atau diselesaikan');
    expect(mount.container.textContent).toContain('unit yang Anda pimpin');
  });

  it('shows the empty state without dispositions and no disposition charts', async () => {
    stubFetch(routeFetch([{ match: /^\/api\/eoffice\/stats/, answer: () => json(200, { ...stats(2026), units: [] }) }]));
    await renderWithProviders(mount, <EofficeStatsPage />, { route: '/e-office/statistik' });
    await settle();
    expect(mount.container.querySelectorAll('[role="img"]')).toHaveLength(1);
    expect(rows('stats-dispositions-table')).toEqual([['Belum ada disposisi pada tahun ini.']]);
  });
});
