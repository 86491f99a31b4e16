import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type AuditHashedFields,
  auditHash,
  type ChainedAuditRow,
  type ChainHead,
  createChainChecker,
  GENESIS_HASH,
} from './audit-chain.ts';

function fields(seq: number, data = `{"n":${seq}}`): AuditHashedFields {
  return {
    seq,
    id: `id-${seq}`,
    at: `2026-03-01T00:00:0${seq % 10}.000Z`,
    actor_id: 'u-1',
    actor_label: 'Sekretaris Daerah',
    action: 'letter.signed',
    object_type: 'letter',
    object_id: `L-${seq}`,
    ip: '10.0.0.1',
    request_id: `r-${seq}`,
    data,
  };
}

function buildChain(length: number): { rows: ChainedAuditRow[]; head: ChainHead } {
  const rows: ChainedAuditRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const row = { ...fields(seq), prev_hash: prev, hash: auditHash(prev, fields(seq)) };
    rows.push(row);
    prev = row.hash;
  }
  return { rows, head: { seq: length, hash: prev } };
}

function verify(rows: ChainedAuditRow[], head: ChainHead | undefined) {
  const checker = createChainChecker(head);
  for (const row of rows) checker.check(row);
  return checker.finish();
}

describe('auditHash', () => {
  it('hashes the previous hash, a newline and the canonical JSON of the fields', () => {
    const row = fields(1);
    const canonical =
      '{"action":"letter.signed","actor_id":"u-1","actor_label":"Sekretaris Daerah","at":"2026-03-01T00:00:01.000Z",' +
      '"data":"{\\"n\\":1}","id":"id-1","ip":"10.0.0.1","object_id":"L-1","object_type":"letter","request_id":"r-1","seq":1}';
    const expected = createHash('sha256').update(`${GENESIS_HASH}\n${canonical}`).digest('hex');
    expect(auditHash(GENESIS_HASH, row)).toBe(expected);
  });

  it('ignores columns outside the hashed fields', () => {
    const extra = { ...fields(1), tenant_id: 't', prev_hash: 'x', hash: 'y' };
    expect(auditHash(GENESIS_HASH, extra)).toBe(auditHash(GENESIS_HASH, fields(1)));
  });
});

describe('createChainChecker', () => {
  it('accepts an intact chain and an empty one', () => {
    const { rows, head } = buildChain(5);
    expect(verify(rows, head)).toEqual({ ok: true, checked: 5, problems: [] });
    expect(verify([], { seq: 0, hash: GENESIS_HASH })).toEqual({ ok: true, checked: 0, problems: [] });
    expect(verify([], undefined)).toEqual({ ok: true, checked: 0, problems: [] });
  });

  it('names an edited row and only that row', () => {
    const { rows, head } = buildChain(5);
    rows[2] = { ...rows[2], data: '{"n":999}' };
    const result = verify(rows, head);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([[3, 'edited']]);
  });

  it('names the missing rows of a gap once, not the row after it', () => {
    const { rows, head } = buildChain(6);
    const result = verify([rows[0], rows[4], rows[5]], head);
    expect(result.problems).toEqual([{ seq: 2, kind: 'missing', message: 'rows 2–4 are missing' }]);
    expect(result.checked).toBe(3);
  });

  it('reports a row whose hash is consistent but whose link is not', () => {
    const { rows, head } = buildChain(4);
    const forged = fields(2, '{"n":"forged"}');
    rows[1] = { ...forged, prev_hash: rows[0].hash, hash: auditHash(rows[0].hash, forged) };
    expect(verify(rows, head).problems.map((p) => [p.seq, p.kind])).toEqual([[3, 'reordered']]);
  });

  it('reports rows cut from the end against the head', () => {
    const { rows, head } = buildChain(5);
    expect(verify(rows.slice(0, 4), head).problems).toEqual([
      { seq: 5, kind: 'truncated', message: 'row 5 is missing at the end of the chain' },
    ]);
    expect(verify([], head).problems.map((p) => [p.seq, p.kind])).toEqual([[1, 'truncated']]);
  });

  it('reports a head that does not match the last row, and a missing head', () => {
    const { rows, head } = buildChain(3);
    expect(verify(rows, { seq: 3, hash: 'f'.repeat(64) }).problems.map((p) => [p.seq, p.kind])).toEqual([[3, 'edited']]);
    expect(verify(rows, undefined).problems.map((p) => [p.seq, p.kind])).toEqual([[3, 'truncated']]);
    expect(verify(rows, head).ok).toBe(true);
  });
});
