import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError } from '../../shared/errors.ts';
import {
  caseFileNumber,
  enforce,
  kkaFilingWarning,
  mayAddLetter,
  mayChangeStatus,
  mayFileLetter,
  mayManageCaseFiles,
  mayMoveLetter,
  mayRemoveLetter,
} from './records.policy.ts';

const archivist = { managesRecords: true, isRegistrar: false };
const registrar = { managesRecords: false, isRegistrar: true };
const stranger = { managesRecords: false, isRegistrar: false };

describe('who keeps the daftar berkas', () => {
  it('lets only the arsiparis open berkas', () => {
    expect(mayManageCaseFiles(true).allowed).toBe(true);
    expect(mayManageCaseFiles(false)).toEqual({ allowed: false, kind: 'forbidden', reason: 'records.notArchivist' });
  });

  it('closes an open berkas and reopens a closed one, refusing the no-op with 409 and strangers with 403', () => {
    expect(mayChangeStatus(true, 'open', 'closed').allowed).toBe(true);
    expect(mayChangeStatus(true, 'closed', 'open').allowed).toBe(true);
    expect(mayChangeStatus(true, 'closed', 'closed')).toMatchObject({ kind: 'conflict', reason: 'records.alreadyClosed' });
    expect(mayChangeStatus(true, 'open', 'open')).toMatchObject({ kind: 'conflict', reason: 'records.alreadyOpen' });
    expect(mayChangeStatus(false, 'open', 'closed')).toMatchObject({ kind: 'forbidden' });
  });
});

describe('who files a letter', () => {
  it('allows the arsiparis and the registrar, nobody else', () => {
    expect(mayFileLetter(archivist).allowed).toBe(true);
    expect(mayFileLetter(registrar).allowed).toBe(true);
    expect(mayFileLetter(stranger)).toEqual({ allowed: false, kind: 'forbidden', reason: 'records.notFiler' });
  });

  it('adds only into an open berkas (409 on a closed one), and says 403 before 409 to a stranger', () => {
    expect(mayAddLetter(registrar, 'open').allowed).toBe(true);
    expect(mayAddLetter(archivist, 'closed')).toMatchObject({ kind: 'conflict', reason: 'records.caseFileClosed' });
    expect(mayAddLetter(stranger, 'closed')).toMatchObject({ kind: 'forbidden' });
  });

  it('moves only between two open berkas', () => {
    expect(mayMoveLetter(archivist, 'open', 'open').allowed).toBe(true);
    expect(mayMoveLetter(archivist, 'closed', 'open')).toMatchObject({ kind: 'conflict' });
    expect(mayMoveLetter(archivist, 'open', 'closed')).toMatchObject({ kind: 'conflict' });
    expect(mayMoveLetter(stranger, 'open', 'open')).toMatchObject({ kind: 'forbidden' });
  });

  it('removes only from an open berkas', () => {
    expect(mayRemoveLetter(registrar, 'open').allowed).toBe(true);
    expect(mayRemoveLetter(registrar, 'closed')).toMatchObject({ kind: 'conflict' });
    expect(mayRemoveLetter(stranger, 'open')).toMatchObject({ kind: 'forbidden' });
  });
});

describe('enforce', () => {
  it('throws 403 for forbidden, 409 for conflict and nothing when allowed', () => {
    expect(() => enforce(mayFileLetter(stranger))).toThrow(ForbiddenError);
    expect(() => enforce(mayAddLetter(archivist, 'closed'))).toThrow(ConflictError);
    expect(() => enforce(mayFileLetter(archivist))).not.toThrow();
  });
});

describe('KKA warning and numbering', () => {
  it('warns only when the top-level classes differ', () => {
    expect(kkaFilingWarning('000.1', '000.1.5')).toBeNull();
    expect(kkaFilingWarning('000.1', '000.8.3')).toBeNull();
    expect(kkaFilingWarning('000.1', '800.1.2')).toBe('records.kkaOtherClass');
    expect(kkaFilingWarning('100', '000')).toBe('records.kkaOtherClass');
  });

  it('numbers berkas per year with a four-digit sequence', () => {
    expect(caseFileNumber(2026, 1)).toBe('B-2026-0001');
    expect(caseFileNumber(2027, 123)).toBe('B-2027-0123');
    expect(caseFileNumber(2026, 12345)).toBe('B-2026-12345');
  });
});
