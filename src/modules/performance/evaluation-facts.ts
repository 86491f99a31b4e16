/**
 * What e-SAKIP data says about an OPD's year, for the LKE evaluation's pre-answers: a signed Perjanjian Kinerja, a
 * Renstra in a plan period covering the year, complete verified realisasi so far, and IKU with a manual. Each fact
 * carries the links to the data that prove it; `found` false means Pamong does not show it (not that it is absent).
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import type { IndicatorRow } from './performance.repository.ts';
import { tenantToday } from './realization-context.ts';
import { periodEnd, periodsOfFrequency } from './realization-periods.ts';
import { indicatorsOfOpd, planOfYear } from './realizations.queries.ts';

/** A link to the data behind a fact. */
export interface SakipEvidence {
  readonly kind: 'document' | 'file' | 'agreement' | 'plan' | 'realization';
  readonly id: string;
  readonly label: string;
}

/** One fact about an OPD's year. */
export interface SakipFact {
  readonly found: boolean;
  readonly evidence: readonly SakipEvidence[];
}

/** The facts the evaluation can pre-answer from. */
export interface SakipFacts {
  readonly signedAgreement: SakipFact;
  readonly renstra: SakipFact;
  readonly completeRealisasi: SakipFact;
  readonly ikuWithManual: SakipFact;
}

const none: SakipFact = { found: false, evidence: [] };

async function signedAgreementOf(ctx: RequestContext, unitId: string, year: number): Promise<SakipFact> {
  const rows = await tenantDb(ctx)
    .selectFrom('performance_agreements')
    .select(['id', 'level', 'revision', 'document_id', 'document_number', 'first_party_jabatan'])
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .where('status', '=', 'signed')
    .orderBy('revision', 'desc')
    .execute();
  const pk = rows.find((r) => r.level === 'opd') ?? rows[0];
  if (!pk) return none;
  const label = `Perjanjian Kinerja ${year}${pk.first_party_jabatan ? ` ${pk.first_party_jabatan}` : ''}`;
  const evidence: SakipEvidence[] = [{ kind: 'agreement', id: pk.id, label }];
  if (pk.document_id)
    evidence.push({ kind: 'document', id: pk.document_id, label: `Naskah PK ${pk.document_number ?? ''}`.trim() });
  return { found: true, evidence };
}

async function renstraOf(ctx: RequestContext, unitId: string, year: number): Promise<SakipFact> {
  const row = await tenantDb(ctx)
    .selectFrom('plan_nodes')
    .innerJoin('plan_periods', (j) =>
      j.onRef('plan_periods.id', '=', 'plan_nodes.period_id').onRef('plan_periods.tenant_id', '=', 'plan_nodes.tenant_id'),
    )
    .select(['plan_periods.id as period_id', 'plan_periods.title', 'plan_periods.start_year', 'plan_periods.end_year'])
    .where('plan_nodes.unit_id', '=', unitId)
    .where('plan_nodes.document', '=', 'renstra')
    .where('plan_periods.start_year', '<=', year)
    .where('plan_periods.end_year', '>=', year)
    .where('plan_periods.status', '!=', 'draft')
    .orderBy('plan_periods.start_year', 'desc')
    .executeTakeFirst();
  if (!row) return none;
  const label = `Renstra ${row.start_year}–${row.end_year} (${row.title})`;
  return { found: true, evidence: [{ kind: 'plan', id: row.period_id, label }] };
}

/** Every indicator has a verified realisasi for every period of the year that has ended by today. */
async function completeRealisasiOf(ctx: RequestContext, indicators: readonly IndicatorRow[], year: number): Promise<SakipFact> {
  const today = await tenantToday(ctx);
  const due = indicators.map((i) => ({ i, periods: periodsOfFrequency(i.frequency).filter((p) => periodEnd(year, p) < today) }));
  if (due.every((d) => d.periods.length === 0)) return none;
  const rows = await tenantDb(ctx)
    .selectFrom('indicator_realizations')
    .select(['id', 'indicator_id', 'period', 'updated_at'])
    .where(
      'indicator_id',
      'in',
      indicators.map((i) => i.id),
    )
    .where('year', '=', year)
    .where('status', '=', 'verified')
    .execute();
  const evidence: SakipEvidence[] = [];
  for (const { i, periods } of due) {
    const verified = rows.filter((r) => r.indicator_id === i.id && periods.includes(r.period));
    if (verified.length < periods.length) return none;
    const latest = verified.sort((a, b) => b.period.localeCompare(a.period))[0];
    if (latest)
      evidence.push({ kind: 'realization', id: latest.id, label: `${i.name}: ${periods.length} periode terverifikasi` });
  }
  return { found: true, evidence };
}

const filled = (text: string | null) => (text ?? '').trim().length > 0;

/** At least one IKU, and every IKU has its manual (operational definition, formula and data source). */
function ikuWithManualOf(indicators: readonly IndicatorRow[]): SakipFact {
  const iku = indicators.filter((i) => i.is_iku === 1);
  const complete = iku.every((i) => filled(i.operational_definition) && filled(i.formula_text) && filled(i.data_source));
  if (iku.length === 0 || !complete) return none;
  return { found: true, evidence: iku.map((i) => ({ kind: 'plan' as const, id: i.id, label: `IKU: ${i.name}` })) };
}

/** The e-SAKIP facts of an OPD (`unitId` is the OPD-level unit) for a year. */
export async function sakipFactsOfUnitYear(ctx: RequestContext, unitId: string, year: number): Promise<SakipFacts> {
  const plan = await planOfYear(ctx, year);
  const indicators = plan ? await indicatorsOfOpd(ctx, plan, unitId, year) : [];
  return {
    signedAgreement: await signedAgreementOf(ctx, unitId, year),
    renstra: await renstraOf(ctx, unitId, year),
    completeRealisasi: indicators.length > 0 ? await completeRealisasiOf(ctx, indicators, year) : none,
    ikuWithManual: ikuWithManualOf(indicators),
  };
}
