import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/context.ts';
import { permissionsForRoles } from '../../shared/permissions.ts';
import { certificateStatus } from './certificate-status.ts';
import { mayHaveOwnLetterhead, mayManageDocuments, mayReadDocument, maySignNow, publicDisclosure } from './documents.policy.ts';

const actor = (roles: string[], userId = 'u-1'): Actor => ({
  kind: 'user',
  userId,
  label: 'uji',
  roles,
  permissions: permissionsForRoles(roles),
  sessionId: 's-1',
});

describe('maySignNow', () => {
  const turn = { documentStatus: 'signing' as const, signerEmployeeIds: ['e-1', 'e-2'], nextSignerEmployeeId: 'e-1' };

  it('allows only the next signer in order', () => {
    expect(maySignNow('e-1', turn)).toEqual({ allowed: true });
    expect(maySignNow('e-2', turn)).toEqual({ allowed: false, reason: 'documents.notYourTurn' });
  });

  it('refuses strangers, accounts without a pegawai and final documents', () => {
    expect(maySignNow('e-9', turn)).toEqual({ allowed: false, reason: 'documents.notASigner' });
    expect(maySignNow(null, turn)).toEqual({ allowed: false, reason: 'documents.notASigner' });
    expect(maySignNow('e-1', { ...turn, documentStatus: 'final', nextSignerEmployeeId: undefined })).toEqual({
      allowed: false,
      reason: 'documents.alreadyFinal',
    });
  });
});

describe('document access', () => {
  const doc = { createdBy: 'u-1', signerEmployeeIds: ['e-1'] };
  it('lets the creator, a signer and the documents admin read, nobody else', () => {
    expect(mayReadDocument(actor(['staf'], 'u-1'), null, doc).allowed).toBe(true);
    expect(mayReadDocument(actor(['staf'], 'u-2'), 'e-1', doc).allowed).toBe(true);
    expect(mayReadDocument(actor(['admin'], 'u-3'), null, doc).allowed).toBe(true);
    expect(mayReadDocument(actor(['pimpinan'], 'u-4'), 'e-7', doc).allowed).toBe(false);
  });

  it('reserves kop and certificates for documents.manage', () => {
    expect(mayManageDocuments(actor(['admin'])).allowed).toBe(true);
    for (const role of ['staf', 'pimpinan', 'pencatat']) expect(mayManageDocuments(actor([role])).allowed, role).toBe(false);
  });
});

describe('kop and disclosure rules', () => {
  it('gives agencies, UPT, BLUD, kecamatan and kelurahan their own kop, not bidang or bagian', () => {
    for (const kind of ['dinas', 'badan', 'upt', 'blud', 'kecamatan', 'kelurahan'])
      expect(mayHaveOwnLetterhead(kind).allowed, kind).toBe(true);
    for (const kind of ['bidang', 'bagian', 'seksi', '']) expect(mayHaveOwnLetterhead(kind).allowed, kind).toBe(false);
  });

  it('shows only existence for rahasia and sangat rahasia', () => {
    expect(publicDisclosure('biasa')).toBe('full');
    expect(publicDisclosure('terbatas')).toBe('full');
    expect(publicDisclosure('rahasia')).toBe('existence_only');
    expect(publicDisclosure('sangat_rahasia')).toBe('existence_only');
  });
});

describe('certificateStatus', () => {
  const now = new Date('2026-11-28T00:00:00Z');
  const daysFromNow = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
  it('is valid, expiring within 30 days, expired after the end, revoked whenever revoked', () => {
    expect(certificateStatus({ not_after: daysFromNow(31), revoked_at: null }, now)).toEqual({ status: 'valid', daysLeft: 31 });
    expect(certificateStatus({ not_after: daysFromNow(30), revoked_at: null }, now)).toEqual({
      status: 'expiring',
      daysLeft: 30,
    });
    expect(certificateStatus({ not_after: daysFromNow(0), revoked_at: null }, now).status).toBe('expired');
    expect(certificateStatus({ not_after: daysFromNow(-3), revoked_at: null }, now)).toEqual({ status: 'expired', daysLeft: -3 });
    expect(certificateStatus({ not_after: daysFromNow(300), revoked_at: daysFromNow(-1) }, now).status).toBe('revoked');
  });
});
