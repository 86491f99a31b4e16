/**
 * The relevance window rule (ADR 0004): among the newest N matches (visible or not) the ones I may see come first,
 * best first; older visible matches follow newest first; pages join without repeats or gaps; nobody sees a letter
 * outside their chain. Run with a window of 3 matches so a handful of letters exercises every branch, once with the
 * visibility filter inside the query and once with the visible-first plan (my letters probed for the match): both
 * plans must give the same pages.
 */
import { createRequire } from 'node:module';
import { sql } from 'kysely';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { executorOf } from '../../src/db/executor.ts';
import { searchLetters } from '../../src/modules/correspondence/index.ts';
import { visibleLetterCondition, whoAmI } from '../../src/modules/correspondence/letter-access.ts';
import { searchTerms } from '../../src/modules/correspondence/letter-search-text.ts';
import { newestMatchesAmong, visibleSeqs } from '../../src/modules/correspondence/letter-search-visible.repository.ts';
import { type RequestContext, userContext } from '../../src/platform/access/context.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { letterMetadata, letterMultipart, type PositionAccount, positionAccount } from '../factories/correspondence.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

const WINDOW = 3;
const WORD = 'prasastiwindu';
const arimo = createRequire(import.meta.url).resolve('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf');

let h: Harness;
let pencatat: Session;
let kadis: PositionAccount;
let kabid: PositionAccount;
let unitId: string;
/** Oldest first: [name, word in the hal (strong) or only in the summary (weak), disposed to the kabid]. */
const plan = [
  ['old-hal-visible', 'hal', true],
  ['hidden-1', 'hal', false],
  ['mid-hal-visible', 'hal', true],
  ['hidden-2', 'hal', false],
  ['new-hal-visible', 'hal', true],
  ['newest-summary-visible', 'summary', true],
] as const;
const ids: Record<string, string> = {};

function onePagePdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(arimo).fontSize(12).text('Surat dinas.');
    doc.end();
  });
}

async function register(name: string, where: 'hal' | 'summary') {
  const texts =
    where === 'hal'
      ? { hal: `Laporan ${WORD} ${name}`, summary: 'Tindak lanjut.' }
      : { hal: `Laporan ${name}`, summary: `Berkas ${WORD} terlampir.` };
  const body = letterMultipart({ ...letterMetadata(unitId), ...texts }, await onePagePdf());
  const res = await h.inject({
    method: 'POST',
    url: '/api/letters/incoming',
    as: pencatat,
    payload: body.payload,
    headers: body.headers,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function disposeToKabid(letterId: string) {
  const res = await h.inject({
    method: 'POST',
    url: `/api/letters/${letterId}/dispositions`,
    as: kadis.session,
    payload: { to: [{ positionId: kabid.positionId, leading: true }], instructions: [], note: 'Tindak lanjuti.' },
  });
  expect(res.statusCode, res.body).toBe(201);
}

function contextOf(session: Session): RequestContext {
  const permissions = permissionsForRoles(['staf']);
  return userContext({
    db: h.db,
    platform: h.platform,
    tenantId: h.tenants.a.id,
    actor: { userId: session.userId, label: 'staf', roles: ['staf'], permissions, sessionId: null },
    requestId: 'test',
    ip: null,
    locale: 'id',
  });
}

const PLANS = [
  ['visibility filter in the query', { windowSize: WINDOW, visibleFirstCap: 0 }],
  ['visible-first plan', { windowSize: WINDOW, visibleFirstCap: 50 }],
] as const;
let tuning: (typeof PLANS)[number][1] = PLANS[0][1];

/** Every page of the search with the small window, concatenated. */
async function allPages(session: Session, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await searchLetters(contextOf(session), { q: WORD, limit, ...(cursor ? { cursor } : {}) }, tuning);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

const idsOf = (...names: string[]) => names.map((n) => ids[n] as string);

beforeAll(async () => {
  h = await startHarness();
  pencatat = await h.loginAs(h.tenants.a, 'pencatat');
  unitId = await h.unitId(h.tenants.a, 'DISKOMINFO');
  kadis = await positionAccount(h, h.tenants.a, { positionCode: 'KADIS-KOMINFO', name: 'Rudi Kadis' });
  kabid = await positionAccount(h, h.tenants.a, { positionCode: 'KABID-APTIKA', name: 'Bayu Aptika' });
  for (const [name, where, disposed] of plan) {
    ids[name] = await register(name, where);
    if (disposed) await disposeToKabid(ids[name] as string);
  }
});
afterAll(async () => h?.close());

describe.each(PLANS)('relevance window bounded by matches read (%s)', (_name, plan) => {
  beforeAll(() => {
    tuning = plan;
  });

  it('ranks only the visible letters among the newest matches, then older visible ones newest first', async () => {
    // Newest 3 matches: newest-summary-visible, new-hal-visible, hidden-2. The kabid sees two of them: the hal match
    // ranks above the summary match. Below the window: mid-hal-visible, then old-hal-visible, by date.
    const expected = idsOf('new-hal-visible', 'newest-summary-visible', 'mid-hal-visible', 'old-hal-visible');
    expect(await allPages(kabid.session, 20)).toEqual(expected);
  });

  it('gives the same order one letter per page, each visible letter once', async () => {
    const expected = idsOf('new-hal-visible', 'newest-summary-visible', 'mid-hal-visible', 'old-hal-visible');
    expect(await allPages(kabid.session, 1)).toEqual(expected);
    expect(await allPages(kabid.session, 3)).toEqual(expected);
  });

  it('for someone who sees every match, the window is the newest matches and nothing invisible leaks to others', async () => {
    // The kadis (kepada of all six) sees hidden-2 in the window; the rest follows newest first.
    const kadisOrder = await allPages(kadis.session, 2);
    expect(kadisOrder.slice(0, 3).sort()).toEqual(idsOf('newest-summary-visible', 'new-hal-visible', 'hidden-2').sort());
    expect(kadisOrder.slice(0, 3).at(-1)).toBe(ids['newest-summary-visible']);
    expect(kadisOrder.slice(3)).toEqual(idsOf('mid-hal-visible', 'hidden-1', 'old-hal-visible'));
    expect(await allPages(kabid.session, 2)).not.toContain(ids['hidden-1']);
    expect(await allPages(kabid.session, 2)).not.toContain(ids['hidden-2']);
  });
});

describe('the visible-first plan starts from the same letters as the visibility rule', () => {
  /** The seqs of the letters the rule lets me see, by the plain condition of visibleLetterCondition. */
  async function seqsByCondition(ctx: RequestContext): Promise<number[]> {
    const me = await whoAmI(ctx);
    const rows = await sql<{ seq: number | string }>`
      SELECT s.seq FROM letter_search s JOIN letters l ON l.tenant_id = s.tenant_id AND l.id = s.letter_id
      WHERE s.tenant_id = ${ctx.tenantId} AND ${visibleLetterCondition(ctx.tenantId, me, 's.letter_id', 'l.created_by')}
      ORDER BY s.seq DESC`.execute(executorOf(ctx));
    return rows.rows.map((r) => Number(r.seq));
  }

  it('lists exactly the letters of the registrar, a kepada and a disposition recipient', async () => {
    for (const session of [pencatat, kadis.session, kabid.session]) {
      const ctx = contextOf(session);
      const expected = await seqsByCondition(ctx);
      expect(expected.length).toBeGreaterThan(0);
      expect(await visibleSeqs(ctx, await whoAmI(ctx), 50)).toEqual(expected);
    }
  });

  it('gives up (null) when I may see more letters than the cap', async () => {
    const ctx = contextOf(kadis.session);
    const me = await whoAmI(ctx);
    expect(await visibleSeqs(ctx, me, plan.length)).toHaveLength(plan.length);
    expect(await visibleSeqs(ctx, me, plan.length - 1)).toBeNull();
  });
});

describe('probing my letters for the match', () => {
  it('returns only the letters probed, newest first, even for a single letter', async () => {
    // A single probe once matched every row on SQLite: a JS number is bound as REAL and FTS5 ignores `rowid = 5.0`.
    const ctx = contextOf(kabid.session);
    const seqs = (await visibleSeqs(ctx, await whoAmI(ctx), 50)) ?? [];
    const terms = searchTerms(WORD);
    for (const seq of seqs) expect((await newestMatchesAmong(ctx, terms, [seq], 5)).map((h) => h.seq)).toEqual([seq]);
    expect((await newestMatchesAmong(ctx, terms, seqs, 2)).map((h) => h.seq)).toEqual(seqs.slice(0, 2));
    expect(await newestMatchesAmong(ctx, searchTerms('takadaxyz'), seqs, 2)).toEqual([]);
  });
});
