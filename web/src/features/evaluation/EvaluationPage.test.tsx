/** The overview: the year's evaluations with stage, total and predikat; starting one; an OPD's trend (chart stubbed). */
import { act } from 'react';
import { Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import type { EChartOption } from '../../ui/EChart.tsx';
import { EvaluationPage } from './EvaluationPage.tsx';
import type { EvaluationSummary } from './evaluation.api.ts';
import { EVALUATING, TEMPLATES } from './evaluation-fixtures.ts';

vi.mock('../../ui/EChart.tsx', () => ({
  EChart: ({ option, testId }: { option: EChartOption; testId?: string }) => {
    const axis = option.yAxis as { data?: string[] } | undefined;
    return <div data-testid={testId} data-categories={(axis?.data ?? []).join('|')} />;
  },
}));

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const row = (over: Partial<EvaluationSummary>): EvaluationSummary => ({
  ...{ id: 'e1', unitId: 'u-kom', unitName: 'Diskominfo', year: 2026, status: 'final', templateCode: 'lke-88-2021' },
  ...{ templateVersion: '2021', total: '67.44', exactTotal: '67.44', predikat: 'B', predikatLabel: 'Baik', finalisedAt: null },
  ...over,
});
const YEAR_ROWS = [
  row({}),
  row({ id: 'e2', unitId: 'u-kes', unitName: 'Dinkes', status: 'evaluating', total: null, predikat: null }),
];
const SESSION = { csrfToken: 't', user: { id: 'u1', permissions: ['performance.plan.read', 'evaluation.assess'] } };

function server(created: unknown[]) {
  return stubFetch(
    routeFetch([
      { match: '/api/auth/session', answer: () => json(200, SESSION) },
      { match: '/api/evaluation/templates', answer: () => json(200, { items: TEMPLATES }) },
      {
        match: '/api/org/units',
        answer: () => json(200, { units: [{ id: 'u-kom', parentId: null, code: 'KOM', name: 'Diskominfo', kind: 'dinas' }] }),
      },
      {
        match: '/api/evaluation/evaluations?unitId=u-kom',
        answer: () =>
          json(200, {
            items: [row({ id: 'e0', year: 2025, total: '58.10', predikat: 'CC', predikatLabel: 'Cukup (Memadai)' }), row({})],
          }),
      },
      {
        match: '/api/evaluation/evaluations',
        method: 'POST',
        answer: ({ init }) => {
          created.push(JSON.parse(String(init?.body)));
          return json(201, EVALUATING);
        },
      },
      { match: /^\/api\/evaluation\/evaluations\?year=\d+$/, answer: () => json(200, { items: YEAR_ROWS }) },
      { match: `/api/evaluation/evaluations/${EVALUATING.id}`, answer: () => json(200, EVALUATING) },
    ]),
  );
}

async function open() {
  await renderWithProviders(
    mount,
    <Routes>
      <Route path="/evaluasi-sakip" element={<EvaluationPage />} />
      <Route path="/evaluasi-sakip/:evaluationId" element={<p data-testid="worksheet">lembar kerja</p>} />
    </Routes>,
    { route: '/evaluasi-sakip', session: true },
  );
  await settle(100);
}
const q = (s: string) => document.body.querySelector<HTMLElement>(s);
const button = (name: string) => [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

describe('EvaluationPage', () => {
  it('lists the year’s evaluations with stage, total and predikat, and charts only the final ones', async () => {
    server([]);
    await open();
    const table = q('[data-testid="evaluation-list"]')!;
    expect(table.querySelector('[data-predikat="B"]')?.textContent).toBe('B — Baik');
    expect(table.querySelector('[data-status="evaluating"]')?.textContent).toBe('Dinilai evaluator');
    expect(table.querySelector('[data-predikat=""]')?.textContent).toBe('Belum final');
    expect(q('[data-testid="eval-totals-chart"]')?.dataset.categories).toBe('Diskominfo');
  });

  it('shows an OPD’s totals across years', async () => {
    server([]);
    await open();
    act(() => button('Lihat tren').click());
    await settle();
    const rows = [...document.body.querySelectorAll('section[aria-labelledby="eval-trend-title"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['2025', '58,10', 'CC — Cukup (Memadai)'],
      ['2026', '67,44', 'B — Baik'],
    ]);
  });

  it('starts an evaluation for the chosen OPD and year and opens its worksheet', async () => {
    const created: unknown[] = [];
    server(created);
    await open();
    act(() => button('Mulai evaluasi').click());
    await settle();
    const select = [...document.body.querySelectorAll<HTMLSelectElement>('select')].find((s) =>
      [...s.options].some((o) => o.text === 'Pilih perangkat daerah' && s.closest('[role="dialog"]')),
    )!;
    act(() => {
      select.value = 'u-kom';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => button('Buat lembar kerja').click());
    await settle();
    expect(created).toEqual([{ unitId: 'u-kom', year: expect.any(Number) }]);
    expect(q('[data-testid="worksheet"]')).not.toBeNull();
  });
});
