import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../../test-support/inputs.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { RealizationsPanel } from './RealizationsPanel.tsx';
import type { RealizationGridView } from './realizations.api.ts';

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const PERIOD = {
  id: 'p1',
  startYear: 2025,
  endYear: 2029,
  title: 'RPJMD',
  legalBasis: null,
  status: 'active',
  version: 2,
} as const;
const lock = (state: 'open' | 'locked', startsOn: string, locksOn: string) => ({ state, startsOn, locksOn, reopenedUntil: null });
const GRID: RealizationGridView = {
  unitId: 'dinkes',
  year: 2026,
  today: '2026-05-10',
  lockAfterDays: 15,
  coordinator: false,
  mayEnter: true,
  mayReview: false,
  reopenings: [],
  indicators: [
    {
      ...{ indicatorId: 'i1', code: 'IKU.1', name: 'Persentase balita ditimbang', unitOfMeasure: '%', frequency: 'semester' },
      ...{ polarity: 'maximize', aggregation: 'last', allowNegative: false, numeratorLabel: null, denominatorLabel: null },
      yearTarget: { year: 2026, period: null, kind: 'number', value: '80', min: null, max: null, text: null },
      periods: [
        { period: 'S1', target: null, lock: lock('open', '2026-01-01', '2026-07-16'), realization: null },
        { period: 'S2', target: null, lock: lock('locked', '2026-07-01', '2027-01-16'), realization: null },
      ],
    },
  ],
};

describe('RealizationsPanel', () => {
  it('shows lock badges, offers labelled inputs only for the open period and sends the typed value', async () => {
    const fetchMock = stubFetch(
      routeFetch([
        { match: '/api/performance/realizations', answer: () => json(200, GRID) },
        {
          match: '/api/performance/indicators/i1/realizations/2026/S1',
          method: 'PUT',
          answer: () =>
            json(422, {
              error: {
                code: 'invalid',
                message: 'Tidak valid',
                fields: [{ field: 'body.value', message: 'Tidak boleh negatif.' }],
              },
            }),
        },
      ]),
    );
    await renderWithProviders(mount, <RealizationsPanel period={PERIOD} />);
    await settle();
    const text = mount.container.textContent ?? '';
    expect(text).toContain('Terbuka s.d. 15 Jul 2026');
    expect(text).toContain('Terkunci sejak 16 Jan 2027');
    expect(mount.container.querySelectorAll('form')).toHaveLength(2); // the S1 values form and its evidence upload
    typeInto(inputByLabel(mount.container, 'Nilai realisasi (%)'), '-4');
    act(() => mount.container.querySelector('form')?.requestSubmit());
    await settle();
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(String(put?.[1]?.body))).toMatchObject({ value: '-4', numerator: null, obstacles: null });
    expect(mount.container.textContent).toContain('Tidak boleh negatif.');
  });
});
