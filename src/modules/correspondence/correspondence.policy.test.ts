import { describe, expect, it } from 'vitest';
import type { DispositionStatus } from '../../db/schema/correspondence.ts';
import {
  type DispositionAction,
  isOverdue,
  letterStatusAfter,
  mayActOnDisposition,
  mayDisposeLetter,
  mayReadLetter,
  statusAfter,
} from './correspondence.policy.ts';

// The disposition state machine, written out: one row per action, one column per state.
// R = the recipient may (and the state becomes the one named), S = the sender may, - = refused with 409, r/s = the
// other party is refused with 403 whatever the state.
// biome-ignore format: the table stays aligned
const STATES: readonly DispositionStatus[] = ['terkirim', 'dibaca', 'diteruskan', 'ditindaklanjuti', 'selesai', 'dibatalkan', 'ditolak'];
// biome-ignore format: the table stays aligned
const TABLE: Record<DispositionAction, { by: 'recipient' | 'sender'; to: readonly (DispositionStatus | '-' | '=')[] }> = {
  //                        terkirim           dibaca             diteruskan         ditindaklanjuti selesai dibatalkan ditolak
  open:     { by: 'recipient', to: ['dibaca',          '=',               '=',               '=',            '=',    '=',       '='] },
  forward:  { by: 'recipient', to: ['diteruskan',      'diteruskan',      'diteruskan',      '-',            '-',    '-',       '-'] },
  complete: { by: 'recipient', to: ['ditindaklanjuti', 'ditindaklanjuti', 'ditindaklanjuti', '-',            '-',    '-',       '-'] },
  close:    { by: 'recipient', to: ['selesai',         'selesai',         '-',               '-',            '-',    '-',       '-'] },
  cancel:   { by: 'sender',    to: ['dibatalkan',      '-',               '-',               '-',            '-',    '-',       '-'] },
  reject:   { by: 'recipient', to: ['ditolak',         'ditolak',         '-',               '-',            '-',    '-',       '-'] },
};

const RECIPIENT = { isRecipient: true, isSender: false };
const SENDER = { isRecipient: false, isSender: true };
const STRANGER = { isRecipient: false, isSender: false };

describe('disposition state machine', () => {
  for (const [action, row] of Object.entries(TABLE) as [DispositionAction, (typeof TABLE)[DispositionAction]][]) {
    it(`${action}: allowed for the ${row.by} exactly in the states the table names`, () => {
      const actor = row.by === 'recipient' ? RECIPIENT : SENDER;
      STATES.forEach((state, i) => {
        const expected = row.to[i];
        const decision = mayActOnDisposition(action, actor, state);
        if (expected === '-') {
          expect(decision, `${action} in ${state}`).toMatchObject({ allowed: false, kind: 'conflict' });
        } else {
          expect(decision.allowed, `${action} in ${state}`).toBe(true);
          expect(statusAfter(action, state), `${action} in ${state}`).toBe(expected === '=' ? state : expected);
        }
      });
    });

    it(`${action}: refused with 403 to the other party and to strangers in every state`, () => {
      const other = row.by === 'recipient' ? SENDER : RECIPIENT;
      for (const state of STATES) {
        expect(mayActOnDisposition(action, other, state)).toMatchObject({ allowed: false, kind: 'forbidden' });
        expect(mayActOnDisposition(action, STRANGER, state)).toMatchObject({ allowed: false, kind: 'forbidden' });
      }
    });
  }

  it('tells the sender that a read disposition can no longer be cancelled', () => {
    expect(mayActOnDisposition('cancel', SENDER, 'dibaca')).toEqual({
      allowed: false,
      kind: 'conflict',
      reason: 'correspondence.alreadyRead',
    });
    expect(mayActOnDisposition('cancel', SENDER, 'dibatalkan')).toMatchObject({ reason: 'correspondence.wrongState' });
  });
});

describe('letter visibility', () => {
  const none = { isRegistrar: false, holdsRecipientPosition: false, inDispositionChain: false };
  for (const security of ['biasa', 'terbatas', 'rahasia', 'sangat_rahasia'] as const) {
    it(`${security}: only the registrar, the addressees and the chain see it`, () => {
      expect(mayReadLetter({ security, ...none })).toBe(false);
      expect(mayReadLetter({ security, ...none, isRegistrar: true })).toBe(true);
      expect(mayReadLetter({ security, ...none, holdsRecipientPosition: true })).toBe(true);
      expect(mayReadLetter({ security, ...none, inDispositionChain: true })).toBe(true);
    });
  }
});

describe('letter status', () => {
  it('lets only the kepada dispose, and not once the letter is finished', () => {
    expect(mayDisposeLetter(true, 'didistribusikan').allowed).toBe(true);
    expect(mayDisposeLetter(true, 'didisposisikan').allowed).toBe(true);
    expect(mayDisposeLetter(false, 'dibaca')).toMatchObject({ kind: 'forbidden' });
    expect(mayDisposeLetter(true, 'selesai')).toMatchObject({ kind: 'conflict' });
  });

  it('becomes selesai when every live leading first-level disposition is closed', () => {
    const lead = (status: DispositionStatus) => ({ leading: true, status });
    const other = (status: DispositionStatus) => ({ leading: false, status });
    expect(letterStatusAfter('dibaca', [lead('terkirim'), other('terkirim')])).toBe('didisposisikan');
    expect(letterStatusAfter('didisposisikan', [lead('ditindaklanjuti'), other('terkirim')])).toBe('selesai');
    expect(letterStatusAfter('didisposisikan', [lead('selesai'), lead('diteruskan')])).toBe('didisposisikan');
    expect(letterStatusAfter('didisposisikan', [lead('dibatalkan'), lead('selesai')])).toBe('selesai');
    expect(letterStatusAfter('didisposisikan', [lead('dibatalkan')])).toBe('dibaca');
    expect(letterStatusAfter('didisposisikan', [other('selesai')])).toBe('didisposisikan');
  });

  it('flags open dispositions past their deadline as overdue', () => {
    expect(isOverdue('2026-11-27', 'dibaca', '2026-11-28')).toBe(true);
    expect(isOverdue('2026-11-28', 'dibaca', '2026-11-28')).toBe(false);
    expect(isOverdue('2026-11-27', 'selesai', '2026-11-28')).toBe(false);
    expect(isOverdue(null, 'terkirim', '2026-11-28')).toBe(false);
  });
});
