import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../../test-support/inputs.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { MeasurementSettingsPanel } from './MeasurementSettingsPanel.tsx';
import type { MeasurementSettingsView } from './settings.api.ts';

const mount = mountPoint();
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
});

const VIEW: MeasurementSettingsView = {
  minimizeFormula: 'inverse_difference',
  cap: '120',
  floor: '0',
  roundingDecimals: 2,
  bandBoundary: 'min_inclusive',
  bands: [
    { code: 'merah', label: 'Merah', min: null, max: '70', color: '#c92a2a' },
    { code: 'hijau', label: 'Hijau', min: '70', max: null, color: '#2b8a3e' },
  ],
  lockAfterDays: 15,
  earlyWarningBelow: '90',
  saved: false,
  updatedAt: null,
  engineVersion: 'capaian-1.0.0',
  settingsHash: 'abcdef0123456789',
  canManage: true,
};

describe('MeasurementSettingsPanel', () => {
  it('explains the minimize formula with the stunting example and is read-only for a non-coordinator', async () => {
    stubFetch(routeFetch([{ match: '/api/performance/settings', answer: () => json(200, { ...VIEW, canManage: false }) }]));
    await renderWithProviders(mount, <MeasurementSettingsPanel />);
    await settle();
    expect(mount.container.textContent).toContain('80,0 %');
    expect(mount.container.textContent).toContain('83,3 %');
    expect(inputByLabel(mount.container, 'Batas atas capaian (%)').readOnly).toBe(true);
    expect(mount.container.querySelector('button[type="submit"]')).toBeNull();
    mount.unmount();
  });

  it('sends the edited band table and shows the server’s field error on the band row', async () => {
    let sent: Record<string, unknown> | undefined;
    const gap = 'Ada celah: batas bawah kategori ini harus sama dengan batas atas kategori sebelumnya.';
    stubFetch(
      routeFetch([
        {
          match: '/api/performance/settings',
          method: 'PUT',
          answer: ({ init }) => {
            sent = JSON.parse(String(init?.body));
            return json(400, { error: { code: 'invalid', message: 'x', fields: [{ field: 'body.bands.1.min', message: gap }] } });
          },
        },
        { match: '/api/performance/settings', answer: () => json(200, VIEW) },
      ]),
    );
    await renderWithProviders(mount, <MeasurementSettingsPanel />);
    await settle();
    act(() => typeInto(inputByLabel(mount.container, 'Batas atas capaian (%)'), ''));
    const min = mount.container.querySelector<HTMLInputElement>('input[aria-label="Dari (%) baris 2"]')!;
    act(() => typeInto(min, '75'));
    act(() => mount.container.querySelector('form')!.requestSubmit());
    await settle();
    expect(sent).toMatchObject({ cap: null, roundingDecimals: 2, lockAfterDays: 15, updatedAt: null });
    expect(((sent?.bands ?? []) as { min: string | null }[]).map((b) => b.min)).toEqual([null, '75']);
    expect(mount.container.textContent).toContain(gap);
    mount.unmount();
  });
});
