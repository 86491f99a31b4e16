/** JSON aggregates read back the same text, nulls and groups on SQLite and PostgreSQL. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { jsonMapAgg, jsonRowsAgg, parsedJson } from './json-aggregates.ts';
import { unscopedDb } from './system-db.ts';

let t: TestDatabase;
const db = () => unscopedDb({ db: t.handle });

/** Values JSON must carry exactly: trailing zeros, long decimals, quotes, backslashes, control and non-ASCII text. */
const TEXTS = ['0.10', '-0.00', '123456789012345678901234567890.123456789', 'a "b" \\ c', 'baris\nbaru\u0001', 'Ñ 日本 😀'];

beforeAll(async () => {
  t = await createTestDatabase();
  await sql`CREATE TABLE json_probe (grp text NOT NULL, k text NOT NULL, v text)`.execute(db());
  const rows = [...TEXTS.map((v, i) => ['a', `k${i}`, v]), ['a', 'kosong', null], ['b', 'Y', '1']];
  for (const [grp, k, v] of rows) await sql`INSERT INTO json_probe (grp, k, v) VALUES (${grp}, ${k}, ${v})`.execute(db());
});

afterAll(async () => {
  await t.cleanup();
});

describe('JSON aggregates', () => {
  it('give one array of row objects per group with every text exactly as stored and nulls as null', async () => {
    const agg = jsonRowsAgg(t.handle.dialect, ['k', 'v']);
    const { rows } = await sql<{
      grp: string;
      json: unknown;
    }>`SELECT grp, ${agg} AS json FROM json_probe GROUP BY grp ORDER BY grp`.execute(db());
    const groups = rows.map((row) => [row.grp, parsedJson<{ k: string; v: string | null }[]>(row.json)] as const);
    const sorted = (list: { k: string; v: string | null }[]) => [...list].sort((x, y) => x.k.localeCompare(y.k));
    expect(groups.map(([grp, list]) => [grp, sorted(list)])).toEqual([
      ['a', sorted([...TEXTS.map((v, i) => ({ k: `k${i}`, v })), { k: 'kosong', v: null }])],
      ['b', [{ k: 'Y', v: '1' }]],
    ]);
  });

  it('give one object per group from the key column to the value column', async () => {
    const agg = jsonMapAgg(t.handle.dialect, 'k', 'v');
    const { rows } = await sql<{
      grp: string;
      json: unknown;
    }>`SELECT grp, ${agg} AS json FROM json_probe GROUP BY grp ORDER BY grp`.execute(db());
    const [a, b] = rows.map((row) => parsedJson<Record<string, string | null>>(row.json));
    expect(a).toEqual({ ...Object.fromEntries(TEXTS.map((v, i) => [`k${i}`, v])), kosong: null });
    expect(b).toEqual({ Y: '1' });
  });
});
