/**
 * `GET /api/villages/desa/:regionId/accountability?year=`: the mandated results and the desa's own indicators with
 * target, quarterly realisasi and capaian computed on read from verified realisasi (village-capaian.ts).
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { loadMeasurementSettings } from '../performance/index.ts';
import type { AccountabilityIndicatorView, AccountabilityView, Quarter } from './village-accountability.contract.ts';
import {
  enforceAccountability,
  mayManageAccountability,
  mayReadDesa,
  mayReviewDesa,
  maySubmitForDesa,
} from './village-accountability.policy.ts';
import { currentAccountabilityActor, tenantToday } from './village-actor.ts';
import { type CapaianFacts, QUARTERS, quarterCapaian, yearCapaian } from './village-capaian.ts';
import { type IndicatorRecord, requireDesa } from './village-lookup.ts';
import { evidenceCounts } from './village-review.service.ts';
import { basesOfDesaYear } from './village-targets.service.ts';
import { deriveTarget, ruleOfRow, ruleText } from './village-targets.ts';

type Settings = Awaited<ReturnType<typeof loadMeasurementSettings>>['capaian'];

/** An indicator with its target facts, before the quarters are filled in. */
export interface Planned {
  readonly indicator: IndicatorRecord;
  readonly target: { value: string | null; rule: string; overridden: boolean };
  readonly quarterTargets: Partial<Record<Quarter, string | null>>;
}

/** The mandated results of the year with the desa's stored target (derived on the fly when none is stored yet). */
export async function mandatoryPlanned(ctx: RequestContext, regionId: string, year: number): Promise<Planned[]> {
  const db = tenantDb(ctx);
  const results = await db.selectFrom('village_mandatory_results').selectAll().where('year', '=', year).orderBy('code').execute();
  const targets = await db
    .selectFrom('village_targets')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .execute();
  const bases = await basesOfDesaYear(ctx, regionId, year);
  return results.map((m) => {
    const stored = targets.find((t) => t.mandatory_result_id === m.id);
    const rule = ruleOfRow(m);
    const value = stored ? stored.value : deriveTarget(rule, m.unit, bases);
    const indicator = {
      kind: 'mandatory' as const,
      id: m.id,
      code: m.code,
      name: m.name,
      unit: m.unit,
      polarity: m.polarity,
      aggregation: m.aggregation,
      evidenceKind: m.evidence_kind,
    };
    return {
      indicator,
      target: { value, rule: ruleText(rule, m.unit), overridden: stored?.overridden_by != null },
      quarterTargets: stored ? { Q1: stored.q1, Q2: stored.q2, Q3: stored.q3, Q4: stored.q4 } : {},
    };
  });
}

/** The desa's own indicators of the year. */
export async function ownPlanned(ctx: RequestContext, regionId: string, year: number): Promise<Planned[]> {
  const rows = await tenantDb(ctx)
    .selectFrom('village_indicators')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .orderBy('code')
    .execute();
  return rows.map((o) => ({
    indicator: {
      kind: 'own' as const,
      id: o.id,
      code: o.code,
      name: o.name,
      unit: o.unit,
      polarity: o.polarity,
      aggregation: o.aggregation,
      evidenceKind: 'none' as const,
    },
    target: { value: o.target, rule: 'Target desa', overridden: false },
    quarterTargets: {},
  }));
}

type RealizationRows = Awaited<ReturnType<typeof realizationsOf>>;
async function realizationsOf(ctx: RequestContext, regionId: string, year: number) {
  return tenantDb(ctx)
    .selectFrom('village_realizations')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .execute();
}

/** One indicator's view: quarters with realisasi and capaian, and the year so far. */
function indicatorView(
  p: Planned,
  rows: RealizationRows,
  counts: Map<string, number>,
  settings: Settings,
): AccountabilityIndicatorView {
  const mine = rows.filter((r) => (r.mandatory_result_id ?? r.indicator_id) === p.indicator.id);
  const verified = Object.fromEntries(mine.filter((r) => r.status === 'verified').map((r) => [r.quarter, r.value]));
  const facts: CapaianFacts = {
    indicator: { polarity: p.indicator.polarity, aggregation: p.indicator.aggregation },
    yearTarget: p.target.value,
    quarterTargets: p.quarterTargets,
    verified,
  };
  const quarters = QUARTERS.map((quarter) => {
    const r = mine.find((x) => x.quarter === quarter);
    const realization = r
      ? {
          id: r.id,
          clientId: r.client_id,
          value: r.value,
          note: r.note,
          status: r.status,
          returnNote: r.return_note,
          evidenceCount: counts.get(r.id) ?? 0,
          version: Number(r.version),
        }
      : null;
    return {
      quarter,
      target: p.quarterTargets[quarter] ?? p.target.value,
      realization,
      capaian: quarterCapaian(facts, quarter, settings),
    };
  });
  return { ...p.indicator, target: p.target, quarters, yearCapaian: yearCapaian(facts, settings) };
}

/** The accountability of one desa-year (404 for a desa of another tenant, 403 outside the actor's scope). */
export async function getAccountability(ctx: RequestContext, regionId: string, askedYear?: number): Promise<AccountabilityView> {
  const desa = await requireDesa(ctx, regionId);
  const actor = await currentAccountabilityActor(ctx);
  enforceAccountability(mayReadDesa(actor, desa));
  const year = askedYear ?? Number((await tenantToday(ctx)).slice(0, 4));
  const planned = [...(await mandatoryPlanned(ctx, desa.id, year)), ...(await ownPlanned(ctx, desa.id, year))];
  const rows = await realizationsOf(ctx, desa.id, year);
  const counts = await evidenceCounts(
    ctx,
    rows.map((r) => r.id),
  );
  const settings = (await loadMeasurementSettings(ctx)).capaian;
  return {
    desa: { id: desa.id, code: desa.code, name: desa.name, kecamatan: desa.kecamatan },
    year,
    indicators: planned.map((p) => indicatorView(p, rows, counts, settings)),
    bands: settings.bands.map((b) => ({ code: b.code, label: b.label, color: b.color })),
    canSubmit: maySubmitForDesa(actor, desa).allowed,
    canVerify: mayReviewDesa(actor, desa).allowed,
    canManage: mayManageAccountability(actor).allowed,
  };
}
