import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../test-support/inputs.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { InstructionsForm, moveItem } from './InstructionsForm.tsx';
import { packDetail, packSummary } from './regulation-fixtures.ts';

const draft = packDetail(packSummary(2, 'draft'));
const mount = mountPoint();
const input = (label: string) => inputByLabel(mount.container, label);
const press = async (name: string) => {
  const button = [...mount.container.querySelectorAll('button')].find(
    (b) => b.getAttribute('aria-label') === name || b.textContent === name,
  );
  if (!button) throw new Error(`no button ${name}`);
  await act(async () => button.click());
};

describe('moveItem', () => {
  it('swaps with the neighbour and leaves out-of-range moves alone', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('InstructionsForm', () => {
  it('renames, adds, reorders and removes, then saves the whole list in display order', async () => {
    const server = stubFetch(
      routeFetch([{ match: '/api/regulation/packs/', method: 'PUT', answer: () => json(200, { ok: true }) }]),
    );
    await renderWithProviders(
      mount,
      <InstructionsForm packId={draft.pack.id} instructions={draft.instructions} onSaved={() => {}} />,
    );
    expect(input('Kode instruksi 1').disabled).toBe(true);
    act(() => typeInto(input('Nama instruksi 2'), 'Pelajari dan laporkan'));
    await press('Tambah instruksi');
    act(() => {
      typeInto(input('Kode instruksi 3'), 'arsipkan');
      typeInto(input('Nama instruksi 3'), 'Arsipkan');
    });
    await press('Naikkan instruksi 3');
    await press('Hapus instruksi 1');
    await act(async () => mount.container.querySelector('form')!.requestSubmit());
    await settle();
    const [url, init] = server.mock.calls[0]!;
    expect(String(url)).toBe(`/api/regulation/packs/${draft.pack.id}/instructions`);
    expect(JSON.parse(String(init?.body))).toEqual({
      instructions: [
        { code: 'arsipkan', label: 'Arsipkan' },
        { code: 'pelajari', label: 'Pelajari dan laporkan' },
      ],
    });
  });

  it('shows a duplicate-code error of the API under the list and a row error next to its field', async () => {
    const fields = [
      { field: 'body.instructions', message: 'Kode tidak boleh dipakai dua kali.' },
      { field: 'body.instructions.2.code', message: 'Kode berupa huruf kecil.' },
    ];
    stubFetch(
      routeFetch([
        {
          match: '/api/regulation/packs/',
          answer: () => json(400, { error: { code: 'validation', message: 'Data tidak valid.', fields } }),
        },
      ]),
    );
    await renderWithProviders(
      mount,
      <InstructionsForm packId={draft.pack.id} instructions={draft.instructions} onSaved={() => {}} />,
    );
    await press('Tambah instruksi');
    await act(async () => mount.container.querySelector('form')!.requestSubmit());
    await settle();
    expect(mount.container.textContent).toContain('Kode tidak boleh dipakai dua kali.');
    expect(document.getElementById(`${input('Kode instruksi 3').id}-error`)?.textContent).toBe('Kode berupa huruf kecil.');
  });
});
