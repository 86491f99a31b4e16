import { describe, expect, it } from 'vitest';
import type { DraftView } from './outgoing.api.ts';
import {
  draftFromView,
  draftProblems,
  draftToInput,
  emptyOutgoingDraft,
  moveItem,
  type OutgoingDraft,
  removeAt,
  versionNumbers,
} from './outgoing-draft.ts';

const SIGNER = '0190f000-0000-7000-8000-000000000001';
const KABAG = '0190f000-0000-7000-8000-000000000002';
const KASI = '0190f000-0000-7000-8000-000000000003';

function filled(extra: Partial<OutgoingDraft> = {}): OutgoingDraft {
  return {
    ...emptyOutgoingDraft(),
    typeCode: 'SD',
    kka: '000.1.5',
    signerPositionId: SIGNER,
    title: 'SURAT DINAS',
    hal: ' Permohonan data ',
    place: 'Karanganyar',
    paragraphs: ['  Dengan hormat.  ', '   ', 'Terima kasih.'],
    positions: [{ positionId: KABAG, role: 'kepada' }],
    ...extra,
  };
}

describe('draftToInput', () => {
  it('trims text, drops empty paragraphs and lines, and leaves out an empty paraf chain so the server suggests one', () => {
    const input = draftToInput(filled({ addresseeText: 'Kepala Bagian Organisasi\n\n  ', tembusanText: '  ' }));
    expect(input.content.body).toEqual([
      { kind: 'paragraph', text: 'Dengan hormat.' },
      { kind: 'paragraph', text: 'Terima kasih.' },
    ]);
    expect(input.content.hal).toBe('Permohonan data');
    expect(input.content.addressee).toEqual(['Kepala Bagian Organisasi']);
    expect('tembusan' in input.content).toBe(false);
    expect('parafChain' in input).toBe(false);
    expect('note' in input).toBe(false);
  });

  it('sends a chosen paraf chain in order and external addressees without an empty organisation', () => {
    const input = draftToInput(
      filled({ parafChain: [KASI, KABAG], external: [{ name: ' Budi ', organisation: ' ', email: 'budi@contoh.id ' }] }),
    );
    expect(input.parafChain).toEqual([KASI, KABAG]);
    expect(input.addressees.external).toEqual([{ name: 'Budi', email: 'budi@contoh.id' }]);
  });
});

describe('draftFromView', () => {
  it('round-trips what the editor sends', () => {
    const sent = draftToInput(filled({ regencies: [{ tenant: '33.72', role: 'tembusan' }], parafChain: [KASI] }));
    const view = {
      ...sent,
      id: 'd',
      status: 'perlu_revisi',
      hal: sent.content.hal,
      version: 2,
      parafChain: [KASI],
    } as unknown as DraftView;
    const again = draftToInput(draftFromView(view));
    expect(again).toEqual(sent);
  });
});

describe('draftProblems', () => {
  it('asks for the required fields, a paragraph and an addressee', () => {
    const problems = draftProblems(emptyOutgoingDraft());
    expect(Object.keys(problems).sort()).toEqual([
      'addressees',
      'body',
      'hal',
      'kka',
      'place',
      'signerPositionId',
      'title',
      'typeCode',
    ]);
    expect(draftProblems(filled())).toEqual({});
  });

  it('refuses a bad external e-mail, an empty regency code and the signer in the paraf chain', () => {
    expect(draftProblems(filled({ external: [{ name: 'Budi', organisation: '', email: 'bukan-surel' }] })).addressees).toBe(
      'outgoing.errors.external',
    );
    expect(draftProblems(filled({ regencies: [{ tenant: ' ', role: 'kepada' }] })).addressees).toBe('outgoing.errors.regency');
    expect(draftProblems(filled({ parafChain: [KASI, SIGNER] })).parafChain).toBe('outgoing.errors.signerInChain');
  });
});

describe('list helpers', () => {
  it('move an item up or down and keep the list when the move would leave it', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('lists versions newest first', () => {
    expect(versionNumbers(3)).toEqual([3, 2, 1]);
    expect(versionNumbers(1)).toEqual([1]);
  });
});
