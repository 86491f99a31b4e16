import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { inputByLabel } from '../../test-support/inputs.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { INDICATOR } from './esakip-fixtures.ts';
import { IndicatorForm } from './IndicatorForm.tsx';

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});
const noop = () => {};
const LABEL = 'Sumber realisasi otomatis';
const sourceSelect = () => inputByLabel(mount.container, LABEL) as unknown as HTMLSelectElement;
const submit = async () => {
  act(() => mount.container.querySelector('form')!.requestSubmit());
  await settle();
};

describe('IndicatorForm: automatic realisasi source', () => {
  it('offers manual entry and the catalogue, and sends the chosen key (or null)', async () => {
    const fetchMock = stubFetch(
      routeFetch([{ match: '/api/performance/indicators/i1', method: 'PUT', answer: () => json(200, INDICATOR) }]),
    );
    await renderWithProviders(mount, <IndicatorForm nodeId="s1" indicator={INDICATOR} onDone={noop} onCancel={noop} />);
    const select = sourceSelect();
    expect([...select.options].map((o) => o.value)).toEqual([
      '',
      'eoffice.disposition_median_days',
      'eoffice.disposition_completed_count',
    ]);
    expect([...select.options].map((o) => o.textContent)).toContain('Median hari penyelesaian disposisi (e-Office)');
    expect(select.value).toBe('');
    await submit();
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body)).autoSource).toBeNull();
    act(() => {
      select.value = 'eoffice.disposition_median_days';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await submit();
    expect(JSON.parse(String(fetchMock.mock.calls[1]![1]!.body)).autoSource).toBe('eoffice.disposition_median_days');
    mount.unmount();
  });

  it('shows the server’s field message under the select', async () => {
    const message = 'Sumber realisasi otomatis tidak dikenal.';
    stubFetch(
      routeFetch([
        {
          match: '/api/performance/indicators/i1',
          method: 'PUT',
          answer: () =>
            json(400, { error: { code: 'validation', message: 'x', fields: [{ field: 'body.autoSource', message }] } }),
        },
      ]),
    );
    const indicator = { ...INDICATOR, autoSource: 'eoffice.disposition_completed_count' };
    await renderWithProviders(mount, <IndicatorForm nodeId="s1" indicator={indicator} onDone={noop} onCancel={noop} />);
    expect(sourceSelect().value).toBe('eoffice.disposition_completed_count');
    await submit();
    expect(mount.container.textContent).toContain(message);
  });
});
