// BSrE user status words (v1 `status` with `status_code`, v2 `status`) mapped to Pamong's five states.
import { SigningFailure } from '../signing-types.ts';
import { BSRE_CODES, bsreFailure, SUSPENDED_MESSAGE } from './bsre-failures.ts';

/** Whether a NIK can sign at BSrE right now, and if not, why. */
export type BsreUserStatus = 'registered' | 'not_registered' | 'expired' | 'revoked' | 'suspended';

// Status words documented by public BSrE clients (esign-ts UserStatusResponse; v1 samples).
const STATUS_WORDS: Readonly<Record<string, BsreUserStatus>> = {
  ISSUE: 'registered',
  NOT_REGISTERED: 'not_registered',
  NEW: 'not_registered',
  WAITING_FOR_VERIFICATION: 'not_registered',
  NO_CERTIFICATE: 'not_registered',
  EXPIRED: 'expired',
  RENEW: 'expired',
  REVOKE: 'revoked',
  REVOKED: 'revoked',
  SUSPEND: 'suspended',
  SUSPENDED: 'suspended',
};

function statusWordOf(record: Record<string, unknown>): string | undefined {
  const nested = record.data;
  const candidates = [record.status, record.userStatus];
  if (nested !== null && typeof nested === 'object') candidates.push((nested as Record<string, unknown>).status);
  const word = candidates.find((value) => typeof value === 'string');
  return typeof word === 'string' ? word.trim().toUpperCase() : undefined;
}

/** Reads a status body; undefined when BSrE answered something we cannot interpret. */
export function userStatusFromBody(body: Buffer): BsreUserStatus | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const record = parsed as Record<string, unknown>;
  const word = statusWordOf(record);
  if (word && STATUS_WORDS[word]) return STATUS_WORDS[word];
  const code = Number(record.status_code);
  if (code === BSRE_CODES.userIssued) return 'registered';
  if (code === BSRE_CODES.userNotRegistered || code === BSRE_CODES.signUserNotRegistered) return 'not_registered';
  return undefined;
}

/** The failure that explains a status which cannot sign (used after a "certificate not active" refusal). */
export function failureForUserStatus(status: BsreUserStatus | undefined): SigningFailure {
  switch (status) {
    case 'not_registered':
      return bsreFailure('nik_unregistered');
    case 'expired':
      return bsreFailure('certificate_expired');
    case 'revoked':
      return bsreFailure('certificate_revoked');
    case 'suspended':
      return new SigningFailure('certificate_revoked', SUSPENDED_MESSAGE);
    default:
      return bsreFailure('unavailable');
  }
}
