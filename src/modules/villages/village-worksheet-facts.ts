/**
 * What Pamong's data says about a desa's year, for the village worksheet's pre-answers (village-prefill.ts): the
 * RPJMDes, RKPDes, APBDes, PK Kepala Desa and the quarters in which every mandated result was reported / verified.
 * Read only through tenantDb, inside the caller's transaction when given one.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';

/** Where the desa's PK Kepala Desa of the year stands: signed (by both), out for signature, or none. */
export type AgreementFact = 'signed' | 'signing' | null;

/** The facts of one desa and year. */
export interface VillageWorksheetFacts {
  /** A final RPJMDes of the desa whose period covers the year. */
  readonly rpjmFinal: boolean;
  /** At least one RKPDes activity of the year. */
  readonly rkpActivities: boolean;
  /** An imported APBDes of the year. */
  readonly apbdes: boolean;
  readonly agreement: AgreementFact;
  /** How many mandated results the kabupaten set for the year (0: the quarter criteria cannot be judged). */
  readonly mandatoryResults: number;
  /** Quarters in which every mandated result has a submitted (or already verified) realisasi of the desa. */
  readonly reportedQuarters: number;
  /** Quarters in which every mandated result has a verified realisasi of the desa. */
  readonly verifiedQuarters: number;
}

async function rpjmFinalOf(ctx: RequestContext, regionId: string, year: number): Promise<boolean> {
  const row = await tenantDb(ctx)
    .selectFrom('village_rpjm')
    .select('id')
    .where('region_id', '=', regionId)
    .where('status', '=', 'final')
    .where('start_year', '<=', year)
    .where('end_year', '>=', year)
    .executeTakeFirst();
  return row !== undefined;
}

async function rkpOf(ctx: RequestContext, regionId: string, year: number): Promise<boolean> {
  const row = await tenantDb(ctx)
    .selectFrom('village_rkp_activities')
    .select('id')
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row !== undefined;
}

async function apbdesOf(ctx: RequestContext, regionId: string, year: number): Promise<boolean> {
  const row = await tenantDb(ctx)
    .selectFrom('village_budgets')
    .select('id')
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row !== undefined;
}

async function agreementOf(ctx: RequestContext, regionId: string, year: number): Promise<AgreementFact> {
  const rows = await tenantDb(ctx)
    .selectFrom('village_agreements')
    .select('status')
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .where('status', 'in', ['signed', 'signing'])
    .execute();
  if (rows.some((r) => r.status === 'signed')) return 'signed';
  return rows.length > 0 ? 'signing' : null;
}

/** Quarters in which each of `resultIds` has a realisasi whose status is one of `statuses`. */
function fullQuarters(
  rows: readonly { quarter: string; mandatory_result_id: string | null; status: string }[],
  resultIds: readonly string[],
  statuses: readonly string[],
): number {
  const quarters = ['Q1', 'Q2', 'Q3', 'Q4'];
  const has = new Set(rows.filter((r) => statuses.includes(r.status)).map((r) => `${r.quarter}|${r.mandatory_result_id}`));
  return quarters.filter((q) => resultIds.every((id) => has.has(`${q}|${id}`))).length;
}

async function quartersOf(ctx: RequestContext, regionId: string, year: number) {
  const db = tenantDb(ctx);
  const results = await db.selectFrom('village_mandatory_results').select('id').where('year', '=', year).execute();
  const ids = results.map((r) => r.id);
  if (ids.length === 0) return { mandatoryResults: 0, reportedQuarters: 0, verifiedQuarters: 0 };
  const rows = await db
    .selectFrom('village_realizations')
    .select(['quarter', 'mandatory_result_id', 'status'])
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .where('mandatory_result_id', 'in', ids)
    .execute();
  return {
    mandatoryResults: ids.length,
    reportedQuarters: fullQuarters(rows, ids, ['submitted', 'verified']),
    verifiedQuarters: fullQuarters(rows, ids, ['verified']),
  };
}

/** The facts of a desa (`regionId`, a regions row of level desa) for a year. */
export async function villageWorksheetFacts(ctx: RequestContext, regionId: string, year: number): Promise<VillageWorksheetFacts> {
  return {
    rpjmFinal: await rpjmFinalOf(ctx, regionId, year),
    rkpActivities: await rkpOf(ctx, regionId, year),
    apbdes: await apbdesOf(ctx, regionId, year),
    agreement: await agreementOf(ctx, regionId, year),
    ...(await quartersOf(ctx, regionId, year)),
  };
}
