/** The RKPDes activity form: client checks before sending, the exact body sent, server field messages placed. */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../../test-support/inputs.ts';
import { renderWithProviders } from '../../../test-support/providers.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import type { ProgrammeView, RkpActivityView } from './plans.api.ts';

const mount = mountPoint();
const REGION = '0190a0b0-0000-7000-8000-000000000011';
const URL = `/api/villages/desa/${REGION}/rkp/2026/activities`;
const road: ProgrammeView = {
  ...{ id: '0190a0b0-0000-7000-8000-000000000033', rpjmId: 'r', bidang: 2, subBidang: '2.3', name: 'Pembangunan jalan desa' },
  ...{ sasaran: null, indicator: null, lokasi: null, paguIndikatif: null, years: [2026, 2027], version: 1 },
};
const saved = (over: Partial<RkpActivityView> = {}): RkpActivityView => ({
  ...{ id: 'a1', regionId: REGION, year: 2026, bidang: 2, programmeId: road.id, programmeName: road.name, name: 'Rabat beton' },
  ...{ lokasi: null, volume: null, sasaran: null, waktu: null, biaya: '1500000.50', sumberDana: null, pola: 'swakelola' },
  ...{ version: 1, ...over },
});

const submit = async () => {
  await act(async () => mount.container.querySelector('form')!.requestSubmit());
  await settle();
};
const select = (label: string, value: string) => {
  const element = inputByLabel(mount.container, label) as unknown as HTMLSelectElement;
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
};
const bodies = (server: ReturnType<typeof stubFetch>) => server.mock.calls.map((c) => JSON.parse(String(c[1]?.body)) as unknown);

async function renderForm(onDone = vi.fn()) {
  await renderWithProviders(
    mount,
    <ActivityForm regionId={REGION} year={2026} programmes={[road]} existing={null} onDone={onDone} />,
  );
  return onDone;
}

describe('ActivityForm', () => {
  it('asks for a name and a rupiah amount with a dot before sending anything', async () => {
    const server = stubFetch(routeFetch([]));
    await renderForm();
    act(() => typeInto(inputByLabel(mount.container, 'Biaya (Rp)'), '1.500.000'));
    await submit();
    expect(server).not.toHaveBeenCalled();
    expect(mount.container.textContent).toContain('Wajib diisi.');
    expect(mount.container.textContent).toContain('Isi angka rupiah, mis. 1500000 atau 1500000.50.');
    expect(inputByLabel(mount.container, 'Biaya (Rp)').getAttribute('aria-invalid')).toBe('true');
  });

  it('offers only the programmes of the chosen bidang and sends the exact amount with the programme', async () => {
    const server = stubFetch(routeFetch([{ match: URL, method: 'POST', answer: () => json(201, saved()) }]));
    const onDone = await renderForm();
    const programmeSelect = () => inputByLabel(mount.container, 'Program RPJM Desa') as unknown as HTMLSelectElement;
    expect([...programmeSelect().options].map((o) => o.textContent)).toEqual(['(tanpa program)']);
    select('Bidang', '2');
    expect([...programmeSelect().options].map((o) => o.textContent)).toEqual(['(tanpa program)', 'Pembangunan jalan desa']);
    select('Program RPJM Desa', road.id);
    act(() => typeInto(inputByLabel(mount.container, 'Nama kegiatan'), '  Rabat beton  '));
    act(() => typeInto(inputByLabel(mount.container, 'Biaya (Rp)'), '1500000.50'));
    select('Pola pelaksanaan', 'pihak_ketiga');
    await submit();
    expect(bodies(server)).toEqual([
      {
        ...{ bidang: 2, programmeId: road.id, name: 'Rabat beton', lokasi: null, volume: null, sasaran: null, waktu: null },
        ...{ biaya: '1500000.50', sumberDana: null, pola: 'pihak_ketiga' },
      },
    ]);
    expect(onDone).toHaveBeenCalledWith(saved());
  });

  it('shows the server’s field message under the programme it refuses', async () => {
    const refusal = {
      error: {
        code: 'invalid',
        message: 'Data tidak valid.',
        fields: [{ field: 'programmeId', message: 'Program ini tidak ada di RPJM Desa yang mencakup tahun 2026.' }],
      },
    };
    stubFetch(routeFetch([{ match: URL, method: 'POST', answer: () => json(422, refusal) }]));
    const onDone = await renderForm();
    select('Bidang', '2');
    select('Program RPJM Desa', road.id);
    act(() => typeInto(inputByLabel(mount.container, 'Nama kegiatan'), 'Rabat beton'));
    act(() => typeInto(inputByLabel(mount.container, 'Biaya (Rp)'), '10'));
    await submit();
    const programme = inputByLabel(mount.container, 'Program RPJM Desa');
    expect(programme.getAttribute('aria-invalid')).toBe('true');
    const describedBy = programme.getAttribute('aria-describedby') ?? '';
    expect(mount.container.querySelector(`[id="${describedBy.split(' ')[0]}"]`)?.textContent).toMatch(/tidak ada di RPJM Desa/);
    expect(onDone).not.toHaveBeenCalled();
  });
});
