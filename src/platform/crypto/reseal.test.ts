import { describe, expect, it } from 'vitest';
import { countReseal, emptyResealReport, mergeResealReports, resealSecret } from './reseal.ts';
import { openSecret, sealSecret } from './secret-box.ts';

const OLD = 'old-master-key-0123456789abcdefghijklmnop';
const NEW = 'new-master-key-0123456789abcdefghijklmnop';
const rotation = { oldKey: OLD, newKey: NEW, dryRun: false };

describe('resealSecret', () => {
  it('re-seals a value of the old key under the new key for the same purpose, plaintext unchanged', () => {
    const outcome = resealSecret(rotation, 'ca:t1', sealSecret(OLD, 'ca:t1', 'rahasia'));
    expect(outcome.kind).toBe('resealed');
    const sealed = (outcome as { sealed: string }).sealed;
    expect(openSecret(NEW, 'ca:t1', sealed)).toBe('rahasia');
    expect(openSecret(OLD, 'ca:t1', sealed)).toBeUndefined();
  });

  it('leaves a value already under the new key alone', () => {
    expect(resealSecret(rotation, 'ca:t1', sealSecret(NEW, 'ca:t1', 'rahasia'))).toEqual({ kind: 'already_new' });
  });

  it('calls unreadable a value of a third key, of another purpose (tenant) or altered', () => {
    const sealed = sealSecret(OLD, 'ca:t1', 'rahasia');
    expect(resealSecret(rotation, 'ca:t1', sealSecret('third-key-0123456789abcdefghijklmnopqrs', 'ca:t1', 'x')).kind).toBe(
      'unreadable',
    );
    expect(resealSecret(rotation, 'ca:t2', sealed).kind).toBe('unreadable');
    const [version, iv, tag, data] = sealed.split('.') as [string, string, string, string];
    const altered = [version, iv, tag, `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}`].join('.');
    expect(resealSecret(rotation, 'ca:t1', altered).kind).toBe('unreadable');
  });
});

describe('reseal reports', () => {
  it('count each outcome and add up across modules', () => {
    const a = emptyResealReport();
    countReseal(a, { kind: 'resealed', sealed: 's' }, 'x:1');
    countReseal(a, { kind: 'already_new' }, 'x:2');
    const b = emptyResealReport();
    countReseal(b, { kind: 'unreadable' }, 'y:1');
    countReseal(b, { kind: 'resealed', sealed: 's' }, 'y:2');
    expect(mergeResealReports([a, b])).toEqual({ resealed: 2, alreadyNew: 1, unreadable: ['y:1'] });
  });
});
