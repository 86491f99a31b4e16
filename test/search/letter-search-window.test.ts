/**
 * The relevance window rule (ADR 0004): among the newest N matches (visible or not) the ones I may see come first,
 * best first; older visible matches follow newest first; pages join without repeats or gaps; nobody sees a letter
 * outside their chain. Run with a window of 3 matches so a handful of letters exercises every branch.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { searchLetters } from '../../src/modules/correspondence/index.ts';
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

/** Every page of the search with the small window, concatenated. */
async function allPages(session: Session, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await searchLetters(contextOf(session), { q: WORD, limit, ...(cursor ? { cursor } : {}) }, WINDOW);
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

describe('relevance window bounded by matches read', () => {
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
