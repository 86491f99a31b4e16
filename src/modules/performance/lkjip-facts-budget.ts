/**
 * Budget facts for the LKjIP (issue #6): the year's DPA lines of an OPD (or every OPD for the regency) grouped by
 * programme with pagu and realisasi, and the lines tagged to each indicator. Money stays decimal text.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import { BUDGET_MONTH_COLUMNS } from './budget-months.ts';
import { Dec } from './capaian/decimal.ts';
import { budgetTotals } from './dashboard.calc.ts';
import { budgetLinesOfYear, opdDirectory } from './dashboard.rows.ts';

/** Pagu and realisasi of a programme (or of a group of lines), decimal text, with serapan in percent (null when pagu 0). */
export interface LkjipMoney {
  readonly pagu: string;
  readonly realisasi: string;
  readonly serapan: string | null;
}

/** A programme of the DPA with its money. */
export interface LkjipProgramme extends LkjipMoney {
  readonly code: string;
  readonly name: string;
}

const MONTHS = BUDGET_MONTH_COLUMNS;

/** The programme code of a sub-kegiatan code (its first three segments, e.g. `2.16.02`). */
export function programmeCodeOf(subKegiatanCode: string): string {
  return subKegiatanCode.split('.').slice(0, 3).join('.');
}

/** Programme names from the nomenclature (any edition; the latest edition text wins). */
async function programmeNames(ctx: RequestContext, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('nomenclature_items')
    .select(['code', 'name', 'edition'])
    .where('level', '=', 'program')
    .where('code', 'in', [...new Set(codes)])
    .orderBy('edition')
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

interface Line {
  readonly code: string;
  readonly pagu: string;
  readonly months: readonly (string | null)[];
}

/** Lines grouped by programme, in code order, with exact sums. */
async function byProgramme(ctx: RequestContext, lines: readonly Line[]): Promise<LkjipProgramme[]> {
  const groups = groupBy(lines, (line) => programmeCodeOf(line.code));
  const names = await programmeNames(ctx, [...groups.keys()]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([code, own]) => ({ code, name: names.get(code) ?? '', ...moneyOf(own) }));
}

/** Pagu, realisasi and serapan of some lines. */
export function moneyOf(lines: readonly { pagu: string; months: readonly (string | null)[] }[]): LkjipMoney {
  const totals = budgetTotals(lines);
  return { pagu: new Dec(totals.pagu).toFixed(), realisasi: new Dec(totals.realisasi).toFixed(), serapan: totals.serapan };
}

/** The year's budget lines of the OPD (every OPD when `unitId` is null) by programme. */
export async function programmesOfYear(ctx: RequestContext, unitId: string | null, year: number): Promise<LkjipProgramme[]> {
  const directory = await opdDirectory(ctx);
  const all = await budgetLinesOfYear(ctx, year, directory.resolve);
  const own = unitId === null ? all : all.filter((line) => line.opdId === unitId);
  if (own.length === 0) return [];
  const codes = await tenantDb(ctx)
    .selectFrom('budget_lines')
    .select(['id', 'sub_kegiatan_code'])
    .where(
      'id',
      'in',
      own.map((line) => line.id),
    )
    .execute();
  const codeOf = new Map(codes.map((r) => [r.id, r.sub_kegiatan_code]));
  return byProgramme(
    ctx,
    own.map((line) => ({ code: codeOf.get(line.id) ?? '', pagu: line.pagu, months: line.months })),
  );
}

/** Per indicator: the money of its tagged lines of the year and the programmes they belong to. */
export async function taggedProgrammes(
  ctx: RequestContext,
  year: number,
  indicatorIds: readonly string[],
): Promise<Map<string, { money: LkjipMoney; programmes: LkjipProgramme[] }>> {
  if (indicatorIds.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('budget_indicator_tags')
    .innerJoin('budget_lines', (j) =>
      j
        .onRef('budget_lines.tenant_id', '=', 'budget_indicator_tags.tenant_id')
        .onRef('budget_lines.id', '=', 'budget_indicator_tags.budget_line_id'),
    )
    .select([
      'budget_indicator_tags.indicator_id',
      'budget_lines.sub_kegiatan_code',
      'budget_lines.pagu',
      ...MONTHS.map((m) => `budget_lines.${m}` as const),
    ])
    .where('budget_lines.year', '=', year)
    .where('budget_indicator_tags.indicator_id', 'in', [...indicatorIds])
    .execute();
  const result = new Map<string, { money: LkjipMoney; programmes: LkjipProgramme[] }>();
  for (const id of new Set(rows.map((r) => r.indicator_id))) {
    const lines = rows
      .filter((r) => r.indicator_id === id)
      .map((r) => ({ code: r.sub_kegiatan_code, pagu: r.pagu, months: MONTHS.map((m) => r[m]) }));
    result.set(id, { money: moneyOf(lines), programmes: await byProgramme(ctx, lines) });
  }
  return result;
}
