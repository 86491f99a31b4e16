/**
 * A small e-SAKIP sample for the demo regency, played through the planning services: an active RPJMD period with
 * its visi → misi → tujuan → sasaran and indicators, the Renstra of Diskominfo and Dinas Kesehatan serving those
 * sasaran, verified realisasi for the quarters of this year that have ended, and the stored capaian — so the
 * dashboard, the tree and the realisasi grid have something to show. Runs once (a period already there is left alone).
 */
import { Decimal } from 'decimal.js';
import type { BudgetRealisationColumns } from '../../db/schema/performance-budget.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import {
  CreateIndicatorInput,
  createIndicator,
  createNode,
  createPeriod,
  recomputeTenantYear,
} from '../../modules/performance/index.ts';
import { periodEnd } from '../../modules/performance/realization-periods.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { newId } from '../../shared/ids.ts';
import { actingAt, headOfUnit, unitIdOf } from './eoffice-sample-actors.ts';
import { activatePeriodOf, SAMPLE_OPD_PLANS, SAMPLE_RPJMD_SASARAN, type SampleIndicator } from './esakip-sample-data.ts';

/** The quarters of `year` that ended before `today` (YYYY-MM-DD). */
function endedQuarters(year: number, today: string): string[] {
  const ends = ['03-31', '06-30', '09-30', '12-31'].map((md) => `${year}-${md}`);
  return ends.flatMap((end, i) => (end < today ? [`Q${i + 1}`] : []));
}

/** Links the demo perencana account to the Kabid of a Bappeda bidang, so the planning policy sees a planner of the planning unit. */
async function planningPlanner(admin: RequestContext, perencanaUserId: string): Promise<RequestContext | undefined> {
  const held = (await headOfUnit(admin, 'BAPPEDA-PPM')) ?? (await headOfUnit(admin, 'BAPPEDA'));
  if (!held) return undefined;
  await tenantDb(admin).updateTable('users').set({ employee_id: held.employeeId }).where('id', '=', perencanaUserId).execute();
  return actingAt(admin, perencanaUserId, 'perencana');
}

/** Creates an indicator with its targets; returns its id. */
async function addIndicator(planner: RequestContext, nodeId: string, indicator: SampleIndicator, years: number[]) {
  const targets = years.map((year, i) => ({ year, kind: 'number' as const, value: indicator.target(i) }));
  const input = CreateIndicatorInput.parse({ ...indicator.fields, targets });
  return (await createIndicator(planner, nodeId, input)).id;
}

/** Verified realisasi of the ended quarters (entered before the periods locked, as an OPD would have). */
async function addRealisasi(
  planner: RequestContext,
  indicatorId: string,
  indicator: SampleIndicator,
  year: number,
  quarters: string[],
) {
  const at = planner.platform.now().toISOString();
  const rows = quarters.map((period, i) => ({
    id: newId(),
    indicator_id: indicatorId,
    year,
    period,
    ...indicator.realisasi(i),
    manual_capaian: null,
    obstacles: i === quarters.length - 1 ? indicator.obstacle : null,
    remedies: i === quarters.length - 1 ? indicator.remedy : null,
    source: 'import' as const,
    status: 'verified' as const,
    review_note: null,
    entered_by: planner.actor.userId,
    submitted_by: planner.actor.userId,
    submitted_at: at,
    reviewed_by: planner.actor.userId,
    reviewed_at: at,
    created_at: at,
    updated_at: at,
  }));
  if (rows.length > 0) await tenantDb(planner).insertInto('indicator_realizations', rows).execute();
}

/** The indicator's DPA line with realisasi for the months that ended, tagged to the indicator. */
async function addBudgetLine(
  planner: RequestContext,
  unitId: string,
  indicatorId: string,
  indicator: SampleIndicator,
  year: number,
  today: string,
) {
  if (!indicator.budget) return;
  const { code, description, pagu, monthlyShare } = indicator.budget;
  const spent = new Decimal(pagu).times(monthlyShare).toFixed(2);
  const months: Record<string, string | null> = {};
  for (let m = 1; m <= 12; m++) {
    const key = String(m).padStart(2, '0');
    months[`realisasi_m${key}`] = periodEnd(year, `M${key}`) < today ? spent : null;
  }
  const id = newId();
  const at = planner.platform.now().toISOString();
  const line = { id, unit_id: unitId, year, sub_kegiatan_code: code, account_code: '', description, funding_source: 'PAD', pagu };
  await tenantDb(planner)
    .insertInto('budget_lines', {
      ...line,
      ...(months as unknown as BudgetRealisationColumns),
      updated_at: at,
      updated_by: planner.actor.userId,
    })
    .execute();
  await tenantDb(planner)
    .insertInto('budget_indicator_tags', {
      budget_line_id: id,
      indicator_id: indicatorId,
      tagged_by: planner.actor.userId,
      tagged_at: at,
    })
    .execute();
}

/** Seeds the sample once; `perencana` is the demo perencana account's user id. */
export async function seedEsakipSample(admin: RequestContext, perencana: string): Promise<void> {
  const exists = await tenantDb(admin).selectFrom('plan_periods').select('id').executeTakeFirst();
  if (exists) return;
  const planner = await planningPlanner(admin, perencana);
  if (!planner) return;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: admin.platform.timezone }).format(admin.platform.now());
  const year = Number(today.slice(0, 4));
  const years = [0, 1, 2, 3, 4].map((i) => year - 1 + i);
  const period = await createPeriod(planner, {
    startYear: years[0] as number,
    title: `RPJMD Kabupaten Sumedang ${years[0]}–${years[4]}`,
  });
  await activatePeriodOf(planner, period.id);
  const nodes = (input: Parameters<typeof createNode>[2]) => createNode(planner, period.id, input);
  const visi = await nodes({
    document: 'rpjmd',
    kind: 'visi',
    code: 'V',
    title: 'Sumedang Sejahtera, Agamis, Maju, Profesional dan Kreatif',
  });
  const misi = await nodes({
    document: 'rpjmd',
    kind: 'misi',
    code: 'M2',
    title: 'Mewujudkan tata kelola pemerintahan yang baik dan pelayanan publik yang prima',
    parentId: visi.id,
  });
  const sasaranIds = new Map<string, string>();
  for (const s of SAMPLE_RPJMD_SASARAN) {
    const tujuan = await nodes({ document: 'rpjmd', kind: 'tujuan', code: s.tujuanCode, title: s.tujuan, parentId: misi.id });
    const sasaran = await nodes({ document: 'rpjmd', kind: 'sasaran', code: s.code, title: s.title, parentId: tujuan.id });
    await addIndicator(planner, sasaran.id, s.indicator, years);
    sasaranIds.set(s.code, sasaran.id);
  }
  const quarters = endedQuarters(year, today);
  for (const opd of SAMPLE_OPD_PLANS) {
    const unitId = await unitIdOf(admin, opd.unitCode);
    if (!unitId) continue;
    const tujuan = await nodes({ document: 'renstra', kind: 'tujuan', unitId, code: `${opd.unitCode}.T1`, title: opd.tujuan });
    const sasaran = await nodes({
      document: 'renstra',
      kind: 'sasaran',
      unitId,
      parentId: tujuan.id,
      code: `${opd.unitCode}.S1`,
      title: opd.sasaran,
      derivesFromNodeId: sasaranIds.get(opd.servesRpjmdSasaran) ?? null,
    });
    for (const indicator of opd.indicators) {
      const id = await addIndicator(planner, sasaran.id, indicator, years);
      await addRealisasi(planner, id, indicator, year, quarters);
      await addBudgetLine(planner, unitId, id, indicator, year, today);
    }
  }
  await recomputeTenantYear(planner, year);
}
