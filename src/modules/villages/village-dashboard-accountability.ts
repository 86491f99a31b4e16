/**
 * The accountability part of the kabupaten dashboard, per kecamatan, from VERIFIED quarterly realisasi of the
 * mandated results (village_realizations / village_targets): households lifted out of DTKS against the target (kind
 * `households`, summed over the quarters and desa), the mean stunting prevalence and the mean IKM over the desa that
 * reported (kinds `children` and `ikm`, each desa's latest verified quarter). Decimals with decimal.js.
 */
import { Decimal } from 'decimal.js';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import type { VillageDashboardView } from './village-evaluation.contract.ts';

type KecamatanAccountability = VillageDashboardView['accountability'][number];
type Kind = 'households' | 'children' | 'ikm';

interface Sums {
  lifted: Decimal;
  target: Decimal;
  hasTarget: boolean;
  /** Desa id → latest verified value per kind (children, ikm). */
  latest: Record<'children' | 'ikm', Map<string, { quarter: string; value: string }>>;
}

const emptySums = (): Sums => ({
  lifted: new Decimal(0),
  target: new Decimal(0),
  hasTarget: false,
  latest: { children: new Map(), ikm: new Map() },
});

/** Verified realisasi of the year's mandated results of the three kinds, with the desa's kecamatan. */
async function verifiedRealisasi(ctx: RequestContext, year: number) {
  return tenantDb(ctx)
    .selectFrom('village_realizations')
    .innerJoin('village_mandatory_results as m', (j) =>
      j
        .onRef('m.tenant_id', '=', 'village_realizations.tenant_id')
        .onRef('m.id', '=', 'village_realizations.mandatory_result_id'),
    )
    .innerJoin('regions', (j) =>
      j
        .onRef('regions.tenant_id', '=', 'village_realizations.tenant_id')
        .onRef('regions.id', '=', 'village_realizations.region_id'),
    )
    .select(['village_realizations.region_id', 'village_realizations.quarter', 'village_realizations.value'])
    .select(['m.evidence_kind', 'regions.parent_id'])
    .where('village_realizations.year', '=', year)
    .where('village_realizations.status', '=', 'verified')
    .where('m.evidence_kind', 'in', ['households', 'children', 'ikm'])
    .execute();
}

/** The year's household targets in force per desa, with the desa's kecamatan. */
async function householdTargets(ctx: RequestContext, year: number) {
  return tenantDb(ctx)
    .selectFrom('village_targets')
    .innerJoin('village_mandatory_results as m', (j) =>
      j.onRef('m.tenant_id', '=', 'village_targets.tenant_id').onRef('m.id', '=', 'village_targets.mandatory_result_id'),
    )
    .innerJoin('regions', (j) =>
      j.onRef('regions.tenant_id', '=', 'village_targets.tenant_id').onRef('regions.id', '=', 'village_targets.region_id'),
    )
    .select(['village_targets.value', 'regions.parent_id'])
    .where('village_targets.year', '=', year)
    .where('m.evidence_kind', '=', 'households')
    .execute();
}

function meanOf(values: Iterable<{ value: string }>): { mean: string | null; count: number } {
  const list = [...values];
  if (list.length === 0) return { mean: null, count: 0 };
  const sum = list.reduce((s, v) => s.plus(v.value), new Decimal(0));
  return { mean: sum.div(list.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), count: list.length };
}

/** Households lifted against target, mean stunting prevalence and mean IKM per kecamatan (kecamatan in the given order). */
export async function accountabilityPerKecamatan(
  ctx: RequestContext,
  year: number,
  kecamatan: readonly { id: string; name: string }[],
): Promise<KecamatanAccountability[]> {
  const sums = new Map(kecamatan.map((k) => [k.id, emptySums()]));
  for (const r of await verifiedRealisasi(ctx, year)) {
    const s = r.parent_id ? sums.get(r.parent_id) : undefined;
    if (!s) continue;
    const kind = r.evidence_kind as Kind;
    if (kind === 'households') s.lifted = s.lifted.plus(r.value);
    else {
      const seen = s.latest[kind].get(r.region_id);
      if (!seen || seen.quarter < r.quarter) s.latest[kind].set(r.region_id, { quarter: r.quarter, value: r.value });
    }
  }
  for (const t of await householdTargets(ctx, year)) {
    const s = t.parent_id ? sums.get(t.parent_id) : undefined;
    if (!s || t.value === null) continue;
    s.target = s.target.plus(t.value);
    s.hasTarget = true;
  }
  return kecamatan.map((k) => {
    const s = sums.get(k.id)!;
    const stunting = meanOf(s.latest.children.values());
    const ikm = meanOf(s.latest.ikm.values());
    return {
      ...{ kecamatanId: k.id, name: k.name, householdsLifted: s.lifted.toFixed() },
      householdsTarget: s.hasTarget ? s.target.toFixed() : null,
      ...{ stuntingPrevalence: stunting.mean, stuntingDesa: stunting.count, ikm: ikm.mean, ikmDesa: ikm.count },
    };
  });
}
