import { describe, expect, it } from 'vitest';
import { type DocumentDraft, draftToInput, emptyDraft, emptySigner, moved, withKind } from './document-draft.ts';
import type { EmployeeOption } from './documents.api.ts';

const BUDI: EmployeeOption = {
  id: '0190f000-0000-7000-8000-0000000000e1',
  nip: '198503152010011002',
  name: 'Budi Santoso',
  rank: null,
  grade: null,
  email: null,
  phone: null,
  positions: [],
};

function letter(): DocumentDraft {
  return {
    ...emptyDraft('2026-01-05'),
    place: ' Sumedang ',
    hal: ' Undangan rapat ',
    addressee: 'Camat Sumedang Utara\n\nCamat Jatinangor\n',
    body: 'Dengan hormat,\n\n1. satu\n2. dua',
    tembusan: '',
    signers: [
      { ...emptySigner(), employee: BUDI, capacity: 'an', jabatan: ' Sekretaris Daerah ', onBehalfOf: 'BUPATI', via: 'x' },
    ],
  };
}

describe('draftToInput', () => {
  it('trims text, splits addressee lines, parses the body and leaves empty optional fields out', () => {
    const input = draftToInput(letter());
    expect(input.place).toBe('Sumedang');
    expect(input.hal).toBe('Undangan rapat');
    expect(input.addressee).toEqual(['Camat Sumedang Utara', 'Camat Jatinangor']);
    expect(input.body.map((b) => b.kind)).toEqual(['paragraph', 'list']);
    expect(input.tembusan).toBeUndefined();
    expect(input.number).toBeUndefined();
    expect(input.sifat).toBeUndefined();
  });

  it('keeps a.n. "on behalf of" but drops the u.b. "via" line for an a.n. signer', () => {
    const [signer] = draftToInput(letter()).signers;
    expect(signer).toEqual({
      employeeId: BUDI.id,
      capacity: 'an',
      jabatan: 'Sekretaris Daerah',
      onBehalfOf: 'BUPATI',
      via: undefined,
    });
  });

  it('sends TENTANG and no letter fields for the title-block layout', () => {
    const input = draftToInput({ ...withKind(letter(), 'surat_tugas'), about: ' Penugasan ' });
    expect(input.layout).toBe('title_block');
    expect(input.about).toBe('Penugasan');
    expect(input.hal).toBeUndefined();
    expect(input.addressee).toBeUndefined();
    expect(input.variant).toBeUndefined();
  });
});

describe('withKind', () => {
  it('switches layout and an untouched title, but keeps a title the user typed', () => {
    const nota = withKind(emptyDraft('2026-01-05'), 'nota_dinas');
    expect([nota.layout, nota.variant, nota.title]).toEqual(['korespondensi', 'nota_dinas', 'NOTA DINAS']);
    const typed = withKind({ ...emptyDraft('2026-01-05'), title: 'SURAT TUGAS PENGAWASAN' }, 'keputusan');
    expect(typed.title).toBe('SURAT TUGAS PENGAWASAN');
    expect(typed.layout).toBe('title_block');
  });
});

describe('moved', () => {
  it('swaps an item with its neighbour and leaves the ends alone', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
