/**
 * "Konsep saya" and the caller's actions over HTTP: `GET /api/letters/outgoing/queue?kind=mine` lists the drafts whose
 * drafter position the caller holds (newest first, with status); `GET /api/letters/outgoing/:id` tells each person in
 * the chain what they may do now (`actions`, `dueStepId`).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type PositionAccount, positionAccount } from '../factories/correspondence.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let staf: PositionAccount;
let other: PositionAccount;
let kabid: PositionAccount;
let kadis: PositionAccount;

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Ika Kadis' });
  kabid = await positionAccount(h, a, { positionCode: 'KABID-MINE', name: 'Joko Kabid' });
  staf = await positionAccount(h, a, { positionCode: 'STAF-MINE', name: 'Kiki Konseptor' });
  other = await positionAccount(h, a, { positionCode: 'STAF-LAIN', name: 'Lina Konseptor Lain' });
});
afterAll(async () => h?.close());

async function draft(as: Session, hal: string): Promise<string> {
  const res = await h.inject({
    method: 'POST',
    url: '/api/letters/outgoing',
    as,
    payload: {
      typeCode: 'SD',
      kka: '000.1.5',
      security: 'biasa',
      urgency: 'biasa',
      signerPositionId: kadis.positionId,
      parafChain: [kabid.positionId],
      addressees: { positions: [{ positionId: other.positionId, role: 'kepada' }] },
      content: { title: 'SURAT DINAS', hal, place: 'Karanganyar', body: [{ kind: 'paragraph', text: 'Uji.' }] },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function mine(as: Session) {
  const res = await h.inject({ method: 'GET', url: '/api/letters/outgoing/queue?kind=mine', as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { draftId: string; hal: string; status: string; stepId: string | null }[];
}

async function view(as: Session, draftId: string) {
  const res = await h.inject({ method: 'GET', url: `/api/letters/outgoing/${draftId}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { actions: string[]; dueStepId: string | null; steps: { id: string; positionId: string }[] };
}

const post = (as: Session, url: string, payload: object = {}) => h.inject({ method: 'POST', url, as, payload });

describe('konsep saya (kind=mine)', () => {
  it('lists only the drafts of positions I hold, newest first, with their status', async () => {
    const first = await draft(staf.session, 'Konsep pertama');
    const second = await draft(staf.session, 'Konsep kedua');
    const foreign = await draft(other.session, 'Konsep orang lain');
    expect((await post(staf.session, `/api/letters/outgoing/${first}/submit`)).statusCode).toBe(200);

    const items = await mine(staf.session);
    const ids = items.map((i) => i.draftId);
    expect(ids).not.toContain(foreign);
    // The submission changed the first draft last, so it comes first.
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect(items.find((i) => i.draftId === first)).toMatchObject({ hal: 'Konsep pertama', status: 'dalam_persetujuan' });
    expect(items.find((i) => i.draftId === second)).toMatchObject({ status: 'draft', stepId: null });
    expect((await mine(other.session)).map((i) => i.draftId)).toEqual([foreign]);
    expect(await mine(kabid.session)).toEqual([]);
  });
});

describe('actions of the caller on a draft', () => {
  it('follow the status: drafter revises, the due verifier approves, the signer signs', async () => {
    const id = await draft(staf.session, 'Konsep tindakan');
    expect(await view(staf.session, id)).toMatchObject({ actions: ['revise', 'submit', 'cancel'], dueStepId: null });
    expect((await view(kadis.session, id)).actions).toEqual([]);

    await post(staf.session, `/api/letters/outgoing/${id}/submit`);
    const submitted = await view(staf.session, id);
    expect(submitted.actions).toEqual(['cancel']);
    const kabidStep = submitted.steps.find((s) => s.positionId === kabid.positionId);
    expect(submitted.dueStepId).toBe(kabidStep?.id);
    expect((await view(kabid.session, id)).actions).toEqual(['approve', 'return']);
    expect((await view(kadis.session, id)).actions).toEqual([]);

    expect((await post(kabid.session, `/api/approval-steps/${submitted.dueStepId}/approve`, { version: 1 })).statusCode).toBe(
      200,
    );
    expect(await view(kabid.session, id)).toMatchObject({ actions: [], dueStepId: null });
    expect((await view(kadis.session, id)).actions).toEqual(['sign', 'signerReturn']);
  });
});
