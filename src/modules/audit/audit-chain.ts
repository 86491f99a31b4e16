import { createHash } from 'node:crypto';
import type { AuditProblem, AuditVerification } from './audit.contract.ts';
import { canonicalJson } from './canonical-json.ts';

/** prev_hash of a tenant's first audit row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row that its hash covers (`data` as the stored JSON text). */
export interface AuditHashedFields {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  ip: string | null;
  request_id: string | null;
  data: string;
}

/** An audit row as stored: the hashed fields plus the link to its predecessor and its own hash. */
export interface ChainedAuditRow extends AuditHashedFields {
  prev_hash: string;
  hash: string;
}

/** The head of a tenant's chain: the seq and hash of its last row. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** sha256hex(prevHash + '\n' + canonical JSON of the hashed fields). */
export function auditHash(prevHash: string, row: AuditHashedFields): string {
  const { seq, id, at, actor_id, actor_label, action, object_type, object_id, ip, request_id, data } = row;
  const fields = { seq, id, at, actor_id, actor_label, action, object_type, object_id, ip, request_id, data };
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(fields)}`)
    .digest('hex');
}

/** Most problems one verification reports; past this the chain is plainly broken and the list stops growing. */
export const MAX_REPORTED_PROBLEMS = 1000;

/** Checks a chain fed row by row in seq order, holding only the previous row in memory. */
export interface ChainChecker {
  check(row: ChainedAuditRow): void;
  finish(): AuditVerification;
}

/** A checker for one tenant's chain whose head (read before the rows) is `head`, or undefined when absent. */
export function createChainChecker(head: ChainHead | undefined): ChainChecker {
  const problems: AuditProblem[] = [];
  const report = (problem: AuditProblem) => void (problems.length < MAX_REPORTED_PROBLEMS && problems.push(problem));
  let checked = 0;
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;

  function check(row: ChainedAuditRow): void {
    checked++;
    const gap = row.seq > lastSeq + 1;
    if (gap) report({ seq: lastSeq + 1, kind: 'missing', message: missingMessage(lastSeq + 1, row.seq - 1) });
    if (auditHash(row.prev_hash, row) !== row.hash) {
      report({
        seq: row.seq,
        kind: 'edited',
        message: `row ${row.seq} does not match its hash: its content or hash was changed`,
      });
    } else if (!gap && row.prev_hash !== lastHash) {
      const message = `row ${row.seq} does not chain to row ${row.seq - 1}: one of them was rewritten, or rows were reordered`;
      report({ seq: row.seq, kind: 'reordered', message });
    }
    lastSeq = row.seq;
    lastHash = row.hash;
  }

  function finish(): AuditVerification {
    if (!head && checked > 0) {
      report({
        seq: lastSeq,
        kind: 'truncated',
        message: 'the chain head is missing, so the end of the chain cannot be confirmed',
      });
    } else if (head && lastSeq < head.seq) {
      report({
        seq: lastSeq + 1,
        kind: 'truncated',
        message: `${missingMessage(lastSeq + 1, head.seq)} at the end of the chain`,
      });
    } else if (head && lastHash !== head.hash) {
      report({ seq: head.seq, kind: 'edited', message: `the chain head does not match row ${head.seq}` });
    }
    return { ok: problems.length === 0, checked, problems };
  }

  return { check, finish };
}

function missingMessage(from: number, to: number): string {
  return from === to ? `row ${from} is missing` : `rows ${from}–${to} are missing`;
}
