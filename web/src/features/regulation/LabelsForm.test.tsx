import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../test-support/inputs.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { LabelsForm } from './LabelsForm.tsx';
import { packDetail, packSummary } from './regulation-fixtures.ts';

const draft = packDetail(packSummary(2, 'draft'));
const mount = mountPoint();
const input = (label: string) => inputByLabel(mount.container, label);
const submit = async () => {
  await act(async () => mount.container.querySelector('form')!.requestSubmit());
  await settle();
};

describe('LabelsForm', () => {
  it('sends every security and urgency label, with an emptied SLA as null', async () => {
    const server = stubFetch(
      routeFetch([{ match: '/api/regulation/packs/', method: 'PUT', answer: () => json(200, { ok: true }) }]),
    );
    const onSaved = vi.fn();
    await renderWithProviders(mount, <LabelsForm packId={draft.pack.id} labels={draft.labels} onSaved={onSaved} />);
    act(() => {
      typeInto(input('Label Rahasia'), 'Rahasia (R)');
      typeInto(input('Singkatan Sangat Rahasia'), 'sr');
      typeInto(input('Label Sangat Segera'), 'Kilat');
      typeInto(input('Batas waktu Sangat Segera (jam)'), '8');
      typeInto(input('Batas waktu Segera (jam)'), '');
    });
    await settle();
    await submit();
    const [url, init] = server.mock.calls[0]!;
    expect(String(url)).toBe(`/api/regulation/packs/${draft.pack.id}/labels`);
    const body = JSON.parse(String(init?.body));
    expect(body.security[2]).toEqual({ code: 'rahasia', label: 'Rahasia (R)', abbreviation: 'R' });
    expect(body.security[3]).toEqual({ code: 'sangat_rahasia', label: 'Sangat Rahasia', abbreviation: 'SR' });
    expect(body.urgency).toEqual([
      { code: 'biasa', label: 'Biasa', slaHours: null },
      { code: 'segera', label: 'Segera', slaHours: null },
      { code: 'sangat_segera', label: 'Kilat', slaHours: 8 },
    ]);
    expect(body).not.toHaveProperty('toVerify');
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('shows the field errors of the API next to the row they belong to', async () => {
    const fields = [
      { field: 'body.security.1.abbreviation', message: 'Singkatan berupa 1–4 huruf besar.' },
      { field: 'body.urgency.2.slaHours', message: 'Paling banyak 8760.' },
    ];
    stubFetch(
      routeFetch([
        {
          match: '/api/regulation/packs/',
          answer: () => json(400, { error: { code: 'validation', message: 'Data tidak valid.', fields } }),
        },
      ]),
    );
    await renderWithProviders(mount, <LabelsForm packId={draft.pack.id} labels={draft.labels} onSaved={() => {}} />);
    await submit();
    const errorOf = (label: string) => document.getElementById(`${input(label).id}-error`)?.textContent;
    expect(errorOf('Singkatan Terbatas')).toBe('Singkatan berupa 1–4 huruf besar.');
    expect(errorOf('Batas waktu Sangat Segera (jam)')).toBe('Paling banyak 8760.');
    expect(errorOf('Singkatan Biasa')).toBeUndefined();
  });
});
