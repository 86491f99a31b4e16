/**
 * The regency LKjIP's lampiran (issue #6): every OPD that reports performance in the year (it owns indicators of the
 * plan period, or has a PK signed with the Bupati) with its latest signed Perjanjian Kinerja of level `opd`, the
 * Kepala OPD ↔ Bupati agreement, or null while that OPD has none. Read-only, through tenantDb.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { opdOfUnit } from '../organization/index.ts';
import type { PeriodRow } from './performance.repository.ts';

/** A signed Kepala OPD ↔ Bupati PK as the regency lampiran lists it. */
export interface LkjipOpdAgreementFacts {
  readonly id: string;
  readonly revision: number;
  readonly documentNumber: string | null;
  readonly verificationCode: string | null;
  readonly firstParty: { readonly name: string | null; readonly jabatan: string | null };
  readonly secondParty: { readonly name: string | null; readonly jabatan: string | null };
  readonly signedAt: string | null;
}

/** One OPD of the regency lampiran and its signed PK with the Bupati (null while none is signed). */
export interface LkjipOpdAgreement {
  readonly unitId: string;
  readonly unitName: string;
  readonly agreement: LkjipOpdAgreementFacts | null;
}

/** The OPDs owning indicators of the plan period in the year (responsible unit's OPD, else the node's unit's OPD). */
async function opdsWithIndicators(ctx: RequestContext, plan: PeriodRow, year: number): Promise<Set<string>> {
  const rows = await tenantDb(ctx)
    .selectFrom('indicators')
    .innerJoin('plan_nodes', (j) =>
      j.onRef('plan_nodes.id', '=', 'indicators.node_id').onRef('plan_nodes.tenant_id', '=', 'indicators.tenant_id'),
    )
    .select(['indicators.responsible_unit_id', 'plan_nodes.unit_id', 'plan_nodes.document', 'plan_nodes.year'])
    .where('plan_nodes.period_id', '=', plan.id)
    .execute();
  const units = new Set(
    rows
      .filter((r) => r.document !== 'renja' || r.year === year)
      .flatMap((r) => {
        const unit = r.responsible_unit_id ?? r.unit_id;
        return unit ? [unit] : [];
      }),
  );
  const opds = new Set<string>();
  for (const unit of units) {
    const opd = await opdOfUnit(ctx, unit);
    if (opd) opds.add(opd);
  }
  return opds;
}

/** The latest signed level-`opd` PK of the year per unit. */
async function signedOpdAgreements(ctx: RequestContext, year: number): Promise<Map<string, LkjipOpdAgreementFacts>> {
  const rows = await tenantDb(ctx)
    .selectFrom('performance_agreements')
    .selectAll()
    .where('year', '=', year)
    .where('level', '=', 'opd')
    .where('status', '=', 'signed')
    .orderBy('revision', 'desc')
    .execute();
  const byUnit = new Map<string, LkjipOpdAgreementFacts>();
  for (const pk of rows) {
    if (byUnit.has(pk.unit_id)) continue;
    byUnit.set(pk.unit_id, {
      ...{ id: pk.id, revision: pk.revision, documentNumber: pk.document_number, verificationCode: pk.verification_code },
      firstParty: { name: pk.first_party_name, jabatan: pk.first_party_jabatan },
      secondParty: { name: pk.second_party_name, jabatan: pk.second_party_jabatan },
      signedAt: pk.first_party_signed_at,
    });
  }
  return byUnit;
}

/** The OPDs of the regency lampiran in code order, each with its signed PK with the Bupati or null. */
export async function regencyAgreementFacts(ctx: RequestContext, plan: PeriodRow | null, year: number) {
  const signed = await signedOpdAgreements(ctx, year);
  const reporting = plan ? await opdsWithIndicators(ctx, plan, year) : new Set<string>();
  const ids = [...new Set([...reporting, ...signed.keys()])];
  if (ids.length === 0) return [];
  const units = await tenantDb(ctx).selectFrom('units').select(['id', 'code', 'name']).where('id', 'in', ids).execute();
  return units
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((u): LkjipOpdAgreement => ({ unitId: u.id, unitName: u.name, agreement: signed.get(u.id) ?? null }));
}
