import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../test-support/inputs.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { DocumentTypeForm } from './DocumentTypeForm.tsx';
import { SURAT_DINAS } from './regulation-fixtures.ts';

const PACK = '0190f000-0000-7000-8000-000000000002';
const mount = mountPoint();
const input = (label: string) => inputByLabel(mount.container, label);
const errorTextOf = (label: string) => document.getElementById(`${input(label).id}-error`)?.textContent;
const submit = async () => {
  await act(async () => mount.container.querySelector('form')!.requestSubmit());
  await settle();
};

describe('DocumentTypeForm', () => {
  it('saves an edited type with the PUT body the API expects (blank → null, signer levels split)', async () => {
    const server = stubFetch(
      routeFetch([{ match: '/api/regulation/packs/', method: 'PUT', answer: () => json(200, { ok: true }) }]),
    );
    const onSaved = vi.fn();
    await renderWithProviders(mount, <DocumentTypeForm packId={PACK} type={SURAT_DINAS} onSaved={onSaved} onCancel={() => {}} />);
    expect(input('Kode').disabled).toBe(true);
    act(() => {
      typeInto(input('Nama'), 'Surat Dinas Elektronik');
      typeInto(input('Subgolongan (opsional)'), '  ');
      typeInto(input('Penanda tangan (eselon)'), 'II, III.a ,');
      typeInto(input('Kode skema nomor (opsional)'), 'sde');
    });
    await submit();
    const [url, init] = server.mock.calls[0]!;
    expect(String(url)).toBe(`/api/regulation/packs/${PACK}/document-types/SD`);
    expect(JSON.parse(String(init?.body))).toEqual({
      name: 'Surat Dinas Elektronik',
      family: 'korespondensi',
      subfamily: null,
      layout: 'korespondensi',
      variant: 'surat_dinas',
      numberSchemeCode: 'SDE',
      requiresSignature: true,
      signerLevels: ['II', 'III.a'],
    });
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('adds a new type under the code typed, in upper case', async () => {
    const server = stubFetch(
      routeFetch([{ match: '/api/regulation/packs/', method: 'PUT', answer: () => json(200, { ok: true }) }]),
    );
    await renderWithProviders(mount, <DocumentTypeForm packId={PACK} type={null} onSaved={() => {}} onCancel={() => {}} />);
    act(() => {
      typeInto(input('Kode'), 'memo');
      typeInto(input('Nama'), 'Memo');
    });
    await submit();
    const [url, init] = server.mock.calls[0]!;
    expect(String(url)).toBe(`/api/regulation/packs/${PACK}/document-types/MEMO`);
    expect(JSON.parse(String(init?.body))).toMatchObject({ name: 'Memo', variant: 'surat_dinas', signerLevels: [] });
  });

  it('shows the field errors of the API next to their fields and stays open', async () => {
    const fields = [
      { field: 'params.code', message: 'Kode jenis naskah berupa huruf besar.' },
      { field: 'body.name', message: 'Wajib diisi.' },
      { field: 'body.signerLevels.1', message: 'Tingkat penandatangan berupa awalan eselon.' },
    ];
    stubFetch(
      routeFetch([
        {
          match: '/api/regulation/packs/',
          answer: () => json(400, { error: { code: 'validation', message: 'Data tidak valid.', fields } }),
        },
      ]),
    );
    const onSaved = vi.fn();
    await renderWithProviders(mount, <DocumentTypeForm packId={PACK} type={null} onSaved={onSaved} onCancel={() => {}} />);
    act(() => typeInto(input('Kode'), '1x'));
    await submit();
    expect(errorTextOf('Kode')).toBe('Kode jenis naskah berupa huruf besar.');
    expect(errorTextOf('Nama')).toBe('Wajib diisi.');
    expect(errorTextOf('Penanda tangan (eselon)')).toBe('Tingkat penandatangan berupa awalan eselon.');
    expect(input('Nama').getAttribute('aria-invalid')).toBe('true');
    expect(errorTextOf('Kode skema nomor (opsional)')).toBeUndefined();
    expect(onSaved).not.toHaveBeenCalled();
  });
});
