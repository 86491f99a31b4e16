import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../../test-support/inputs.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import type { VillageTargetView } from './dpmd.api.ts';
import { TargetOverrideForm } from './TargetOverrideForm.tsx';

const mount = mountPoint();
const REGION = '0190a0b0-0000-7000-8000-000000000011';
const RESULT = '0190a0b0-0000-7000-8000-000000000022';
const URL = `/api/villages/targets/${REGION}/2026/${RESULT}`;
const answer = (value: string | null, overridden: boolean, version: number): VillageTargetView => ({
  ...{ regionId: REGION, year: 2026, mandatoryResultId: RESULT, value, derivedValue: '64', quarterTargets: null },
  ...{ rule: '8% × DTKS', overridden, overrideReason: overridden ? 'x' : null, version },
});

const button = (name: string) => [...mount.container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const reasonBox = () => mount.container.querySelector('textarea')!;
const typeReason = (value: string) => {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  setter.call(reasonBox(), value);
  reasonBox().dispatchEvent(new Event('input', { bubbles: true }));
};
const submit = async () => {
  await act(async () => mount.container.querySelector('form')!.requestSubmit());
  await settle();
};
const bodies = (server: ReturnType<typeof stubFetch>) => server.mock.calls.map((c) => JSON.parse(String(c[1]?.body)) as unknown);

async function renderForm() {
  await renderWithProviders(
    mount,
    <TargetOverrideForm slot={{ regionId: REGION, year: 2026, mandatoryResultId: RESULT, unit: 'KK' }} />,
  );
}

describe('TargetOverrideForm', () => {
  it('requires a reason and a number before sending anything', async () => {
    const server = stubFetch(routeFetch([]));
    await renderForm();
    act(() => typeInto(inputByLabel(mount.container, 'Target baru (KK)'), '7O'));
    await submit();
    expect(server).not.toHaveBeenCalled();
    expect(mount.container.textContent).toContain('Isi angka, mis. 64 atau 12.5.');
    expect(mount.container.textContent).toContain('Tulis alasan penetapan target.');
    expect(reasonBox().getAttribute('aria-invalid')).toBe('true');
  });

  it('sends the value with a dot, the trimmed reason and version null, then the version answered', async () => {
    let version = 0;
    const server = stubFetch(
      routeFetch([{ match: URL, method: 'PUT', answer: () => json(200, answer('70.5', true, ++version + 2)) }]),
    );
    await renderForm();
    act(() => typeInto(inputByLabel(mount.container, 'Target baru (KK)'), '70,5'));
    act(() => typeReason('  Data BPS terbaru  '));
    await submit();
    expect(String(server.mock.calls[0]?.[0])).toBe(URL);
    expect(mount.container.querySelector('[role="status"]')?.textContent).toBe('Target 70.5 tersimpan.');
    await submit();
    expect(bodies(server)).toEqual([
      { value: '70.5', reason: 'Data BPS terbaru', version: null },
      { value: '70.5', reason: 'Data BPS terbaru', version: 3 },
    ]);
  });

  it('drops the override with value null and still asks for a reason', async () => {
    const server = stubFetch(routeFetch([{ match: URL, method: 'PUT', answer: () => json(200, answer('64', false, 5)) }]));
    await renderForm();
    await act(async () => button('Kembali ke target turunan').click());
    await settle();
    expect(server).not.toHaveBeenCalled();
    act(() => typeReason('Kembali ke aturan kabupaten'));
    await act(async () => button('Kembali ke target turunan').click());
    await settle();
    expect(bodies(server)).toEqual([{ value: null, reason: 'Kembali ke aturan kabupaten', version: null }]);
    expect(mount.container.querySelector('[role="status"]')?.textContent).toBe('Target kembali ke turunan: 64.');
  });
});
