import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { DashboardPanel } from './DashboardPanel.tsx';
import { KOM2, KOMINFO, REGENCY } from './dashboard-fixtures.ts';

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const DINKES = { ...KOMINFO, unit: REGENCY.units[1] as typeof KOMINFO.unit, earlyWarnings: 2, indicators: [] };

/** A fake server for the three dashboard routes; records every URL asked. */
function serve() {
  const calls: string[] = [];
  const answer =
    (body: unknown) =>
    ({ url }: { url: string }) => {
      calls.push(url);
      return json(200, body);
    };
  stubFetch(
    routeFetch([
      { match: /^\/api\/performance\/dashboard\/units\/u-kom/, answer: answer(KOMINFO) },
      { match: /^\/api\/performance\/dashboard\/units\/u-kes/, answer: answer(DINKES) },
      { match: /^\/api\/performance\/dashboard\/indicators\/i-2/, answer: answer(KOM2) },
      { match: /^\/api\/performance\/dashboard(\?|$)/, answer: answer(REGENCY) },
    ]),
  );
  return calls;
}

const button = (name: string) => {
  const found = [...mount.container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const click = async (name: string) => {
  act(() => button(name).click());
  await settle();
};
/** Text with no-break spaces read as spaces (percent signs are kept on the number's line). */
const plain = (node: Element | null | undefined) => (node?.textContent ?? '').replaceAll('\u00a0', ' ');
const rows = (testId: string) => [...mount.container.querySelectorAll(`[data-testid="${testId}"] tbody tr`)].map(plain);
const text = (testId: string) => plain(mount.container.querySelector(`[data-testid="${testId}"]`));

describe('DashboardPanel', () => {
  it('drills down regency → OPD → indicator through the table buttons, keeping the year', async () => {
    const calls = serve();
    await renderWithProviders(mount, <DashboardPanel />, { route: '/e-sakip?tab=dasbor' });
    await settle();
    expect(calls[0]).toBe('/api/performance/dashboard');
    expect(text('kpi-mean')).toContain('84,38 %');
    expect(text('kpi-mean')).toContain('Kuning (70–90)');
    // The regency's early warnings come with the regency answer; no OPD view is asked for before a drill-down.
    expect(text('kpi-warnings')).toContain('3');
    expect(calls).toEqual(['/api/performance/dashboard']);
    expect(rows('dash-units-table')[0]).toContain('Dinas Kominfo (DISKOMINFO)');
    expect(rows('dash-units-table')[1]).toContain('Hijau (≥ 90)');

    await click('Dinas Kominfo (DISKOMINFO)');
    expect(calls).toContain('/api/performance/dashboard/units/u-kom?year=2026');
    const lights = rows('dash-indicators-table');
    expect(lights).toHaveLength(3);
    expect(lights[1]).toContain('KOM-2 · Layanan publik daring');
    expect(lights[1]).toContain('Merah (< 70)');
    expect(lights[1]).toContain('Peringatan');
    expect(lights[2]).toContain('Tidak dapat dihitung');
    expect(lights[2]).toContain('Target nol.');
    const chip = mount.container.querySelectorAll('[data-testid="dash-indicators-table"] [data-band="merah"]');
    expect(chip).toHaveLength(1);
    expect(rows('dash-trend-table')).toEqual(['KOM-180 %91,5 %——', 'KOM-275 %62 %——']);
    expect(rows('dash-budget-table')[0]).toContain('30,00 %');

    await click('KOM-2 · Layanan publik daring');
    expect(calls).toContain('/api/performance/dashboard/indicators/i-2?year=2026');
    const results = rows('dash-results-table');
    expect(results).toHaveLength(3);
    expect(results[2]).toContain('Realisasi tahunan belum ada.');
    expect(results[2]).toContain('capaian-1.0.0');
    expect(rows('dash-realisasi-table').map((r) => r.includes('Terverifikasi') || r.includes('Draf'))).toEqual([true, true]);
    expect(rows('dash-targets-table')[0]).toContain('100 %');

    await click('Dinas Kominfo');
    expect(rows('dash-indicators-table')).toHaveLength(3);
    await click('Kabupaten');
    expect(rows('dash-units-table')).toHaveLength(2);
  });

  it('lists only the indicators whose projected year-end capaian is below the threshold', async () => {
    serve();
    await renderWithProviders(mount, <DashboardPanel />, { route: '/e-sakip?tab=dasbor&tahun=2026&opd=u-kom' });
    await settle();
    const warnings = mount.container.querySelector('[data-testid="dash-warnings"]');
    const items = [...(warnings?.querySelectorAll('li') ?? [])].map(plain);
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('KOM-2 · Layanan publik daring');
    expect(items[0]).toContain('proyeksi 36,5 % — di bawah ambang 85 %');
    expect(warnings?.textContent).not.toContain('KOM-1');
    expect(warnings?.textContent).toContain('1 indikator belum dapat diproyeksikan.');

    await click('KOM-2 · Layanan publik daring');
    expect(rows('dash-results-table')).toHaveLength(3);
  });

  it('says so when no projection is below the threshold', async () => {
    const calm = { ...KOMINFO, earlyWarnings: 0, indicators: KOMINFO.indicators.filter((r) => r.code !== 'KOM-2') };
    // Every dashboard URL answers the OPD view; the regency answer is only read for its year here.
    stubFetch(routeFetch([{ match: /^\/api\/performance\/dashboard/, answer: () => json(200, calm) }]));
    await renderWithProviders(mount, <DashboardPanel />, { route: '/e-sakip?tab=dasbor&tahun=2026&opd=u-kom' });
    await settle();
    const warnings = mount.container.querySelector('[data-testid="dash-warnings"]');
    expect(warnings?.querySelectorAll('li')).toHaveLength(0);
    expect(warnings?.textContent).toContain('Tidak ada peringatan dini');
  });
});
