/**
 * The LKjIP completeness check over HTTP: on a complete seeded report, removing one thing at a time (the last-period
 * verification, the PK signature, an analysis text, the budget) makes exactly that item appear, with its field key
 * and both languages' messages.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { plannerIn } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { type LkjipSeed, seedLkjip, WRITTEN_SECTIONS, YEAR } from './seed.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;
let seed: LkjipSeed;
let planner: Session;
let reportId: string;

interface Item {
  code: string;
  field: string;
  message: { id: string; en: string };
}

beforeAll(async () => {
  h = await startHarness();
  seed = await seedLkjip(h, h.tenants.a);
  planner = await plannerIn(h, h.tenants.a, seed.unitId);
  const res = await h.inject({
    method: 'POST',
    url: '/api/lkjip/reports',
    as: planner,
    payload: { unitId: seed.unitId, year: YEAR },
  });
  reportId = res.json().id;
  for (const [key, text] of Object.entries(WRITTEN_SECTIONS(seed.sasaranId)))
    await h.inject({
      method: 'PUT',
      url: `/api/lkjip/reports/${reportId}/sections`,
      as: planner,
      payload: { key, text, version: 0 },
    });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const db = () => tenantDb({ db: h.db, tenantId: h.tenants.a.id });

async function items(): Promise<Item[]> {
  const res = await h.inject({ method: 'GET', url: `/api/lkjip/reports/${reportId}/completeness`, as: planner });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

/**
 * Runs `change`, expects the item with `code` and `field` (any other item may only be a section that lost its
 * data-generated default as a consequence), then `restore`s and expects a complete report again.
 */
async function expectItem(code: string, field: string, change: () => Promise<unknown>, restore: () => Promise<unknown>) {
  await change();
  try {
    const found = await items();
    const item = found.find((i) => i.code === code && i.field === field);
    expect(item, JSON.stringify(found)).toBeDefined();
    expect(found.filter((i) => i !== item && i.code !== 'sectionEmpty')).toEqual([]);
    expect(item?.message.id.length).toBeGreaterThan(10);
    expect(item?.message.en.length).toBeGreaterThan(10);
    expect(item?.message.id).not.toBe(item?.message.en);
  } finally {
    await restore();
  }
  expect(await items()).toEqual([]);
}

describe('LKjIP completeness', () => {
  it('finds nothing missing on the complete report', async () => {
    expect(await items()).toEqual([]);
  });

  it('reports an indicator whose last quarter (TW IV) is not verified', async () => {
    const q4 = (status: 'submitted' | 'verified') =>
      db()
        .updateTable('indicator_realizations')
        .set({ status })
        .where('indicator_id', '=', seed.indicatorId)
        .where('period', '=', 'Q4')
        .execute();
    await expectItem(
      'realisasiNotVerified',
      `realisasi.${seed.indicatorId}.Q4`,
      () => q4('submitted'),
      () => q4('verified'),
    );
  });

  it('reports a PK that is not signed', async () => {
    const pk = (status: 'signing' | 'signed') =>
      db().updateTable('performance_agreements').set({ status }).where('id', '=', seed.agreementId).execute();
    await expectItem(
      'agreementNotSigned',
      'agreement',
      () => pk('signing'),
      () => pk('signed'),
    );
  });

  it('reports an analysis section without text', async () => {
    const key = `bab3a.${seed.sasaranId}.analisis_4`;
    const save = async (text: string) => {
      const view = (await h.inject({ method: 'GET', url: `/api/lkjip/reports/${reportId}`, as: planner })).json();
      const version = view.sections.find((s: { key: string }) => s.key === key).version;
      const res = await h.inject({
        method: 'PUT',
        url: `/api/lkjip/reports/${reportId}/sections`,
        as: planner,
        payload: { key, text, version },
      });
      expect(res.statusCode).toBe(200);
    };
    await expectItem(
      'sectionEmpty',
      `sections.${key}`,
      () => save('  '),
      () => save(WRITTEN_SECTIONS(seed.sasaranId)[key]!),
    );
  });

  it('reports a year without budget data', async () => {
    const move = (year: number) => db().updateTable('budget_lines').set({ year }).where('id', '=', seed.lineId).execute();
    await expectItem(
      'noBudget',
      'budget',
      () => move(YEAR - 1),
      () => move(YEAR),
    );
  });
});
