/**
 * The demo's IDM sample: every desa of the demo regency gets indicator scores for last year, generated
 * deterministically from its Kemendagri code (so every fresh database shows the same figures), with the indices the
 * engine computes; and an account of the DPMD head who may edit them (perencana in the village-affairs unit).
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { createUser } from '../../modules/identity/index.ts';
import { IDM_INDICATORS, storedResult } from '../../modules/villages/index.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { headOfUnit } from './eoffice-sample-actors.ts';

/** The demo DPMD account (perencana linked to the DPMD head), listed with the other demo logins. */
export const DPMD_DEMO_EMAIL = 'dpmd@demo.pamong.id';

/** A small deterministic generator (mulberry32) seeded from a text. */
function generator(seedText: string): () => number {
  let seed = [...seedText].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Scores 0–5 around a per-desa level (1.8–4.6), so the regency spreads over every status. */
export function sampleScores(desaCode: string): Record<string, number> {
  const next = generator(desaCode);
  const level = 1.8 + next() * 2.8;
  return Object.fromEntries(
    IDM_INDICATORS.map((i) => [i.code, Math.max(0, Math.min(5, Math.round(level + (next() - 0.5) * 3)))]),
  );
}

async function ensureDpmdAccount(admin: RequestContext, password: string): Promise<void> {
  const exists = await tenantDb(admin).selectFrom('users').select('id').where('email', '=', DPMD_DEMO_EMAIL).executeTakeFirst();
  if (exists) return;
  const head = await headOfUnit(admin, 'DPMD');
  if (!head) return;
  await createUser(admin, {
    displayName: 'Perencana DPMD Demo',
    email: DPMD_DEMO_EMAIL,
    password,
    roles: ['perencana'] as never,
    employeeId: head.employeeId,
  });
}

/** Seeds last year's IDM of every desa once (nothing when any IDM exists), and the DPMD account. */
export async function seedVillagesIdmSample(admin: RequestContext, password: string): Promise<void> {
  await ensureDpmdAccount(admin, password);
  if (await tenantDb(admin).selectFrom('village_idm_results').select('region_id').executeTakeFirst()) return;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: admin.platform.timezone }).format(admin.platform.now());
  const year = Number(today.slice(0, 4)) - 1;
  const desa = await tenantDb(admin).selectFrom('regions').select(['id', 'code']).where('level', '=', 'desa').execute();
  await inTransaction(admin, async (tx) => {
    const db = tenantDb(tx);
    const at = tx.platform.now().toISOString();
    for (const d of desa) {
      const scores = sampleScores(d.code);
      await db
        .insertInto('village_idm_results', {
          region_id: d.id,
          year,
          version: 1,
          updated_at: at,
          updated_by: null,
          ...storedResult(scores),
        })
        .execute();
      const rows = IDM_INDICATORS.map((i) => ({ region_id: d.id, year, indicator_code: i.code, score: scores[i.code]! }));
      await db.insertInto('village_idm_scores', rows).execute();
    }
  });
}
