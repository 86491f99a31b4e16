/**
 * Plans of the e-Office's busiest reads on SQLite (which has no table statistics, so a new index can change them).
 * The inbox page: for every listing (filters, order, cursor) a held position's page walks an index
 * of letter_recipients in the page order, looks up only those letters and sorts nothing, so a page costs the same
 * at any depth. (Several positions: one such page each, merged in memory.) My open dispositions: the recipient
 * position's dispositions in time order, not every disposition of the tenant.
 */
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialect } from '../../../test/support/test-db.ts';
import { rawKysely } from '../../db/connection.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { openDispositionsQuery } from './correspondence.queries.ts';
import { encodeCursor, type InboxPage, inboxPageQuery } from './inbox.queries.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.cleanup());

/** Only what inboxPageQuery reads: the tenant door needs a database and a tenant. */
const ctx = () => ({ db: t.handle, tenantId: 'tenant-a' }) as unknown as RequestContext;

async function planOf(positionId: string, page: InboxPage): Promise<string> {
  return planOfQuery(inboxPageQuery(ctx(), positionId, page));
}

async function planOfQuery(query: { compile(): { sql: string; parameters: readonly unknown[] } }): Promise<string> {
  const compiled = query.compile();
  const explain = CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]);
  const result = await rawKysely(t.handle).executeQuery<{ detail: string }>(explain);
  return result.rows.map((row) => row.detail).join(' | ');
}

const LISTINGS: { name: string; page: Omit<InboxPage, 'cursor' | 'limit'>; index: RegExp }[] = [
  { name: 'everything, newest first', page: {}, index: /letter_recipients_inbox_idx/ },
  { name: 'oldest first', page: { order: 'oldest' }, index: /letter_recipients_inbox_idx/ },
  {
    name: 'kepada only',
    page: { role: 'kepada' },
    index: /letter_recipients_role_idx \(tenant_id=\? AND position_id=\? AND role=\?/,
  },
  { name: 'unread only', page: { unread: true }, index: /letter_recipients_unread_idx/ },
  {
    name: 'unread tembusan, oldest first',
    page: { unread: true, role: 'tembusan', order: 'oldest' },
    index: /unread_role_idx \(tenant_id=\? AND position_id=\? AND role=\?/,
  },
];

describe.skipIf(testDialect !== 'sqlite')('inbox page plan (SQLite)', () => {
  for (const listing of LISTINGS)
    for (const withCursor of [false, true])
      it(`${listing.name}${withCursor ? ', after a cursor' : ''}: an index walk, then the page's letters, no sort`, async () => {
        const cursor = withCursor ? encodeCursor(listing.page.order === 'oldest', '2026-09-01', 'letter-9') : undefined;
        const plan = (await planOf('pos-1', { ...listing.page, limit: 25, cursor })).split(' | ');
        expect(plan[0]).toMatch(/^SEARCH letter_recipients USING (COVERING )?INDEX/);
        expect(plan[0]).toMatch(listing.index);
        expect(plan[0]).toMatch(withCursor ? /\(received_on,letter_id\)[<>]/ : /(position_id|role)=\?\)$/);
        expect(plan[1]).toMatch(/^SEARCH letters USING INDEX sqlite_autoindex_letters_1 \(tenant_id=\? AND id=\?\)/);
        expect(plan.join(' | ')).not.toMatch(/TEMP B-TREE|SCAN letter/);
      });
});

describe.skipIf(testDialect !== 'sqlite')('my open dispositions plan (SQLite)', () => {
  it("walks one position's dispositions newest first on dispositions_to_position_idx, no sort, no scan", async () => {
    const plan = await planOfQuery(openDispositionsQuery(ctx(), 'pos-1'));
    expect(plan).toMatch(/^SEARCH dispositions USING INDEX dispositions_to_position_idx \(tenant_id=\? AND to_position_id=\?\)$/);
  });
});
