/**
 * The e-Office dashboard: incoming letters counted by the database between month bounds computed in TypeScript for
 * the tenant's zone, outgoing letter dates and the year's dispositions tallied in TypeScript (eoffice-stats.calc.ts),
 * so the answer is the same on SQLite and PostgreSQL. Counts only, never subjects.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { positionCards } from '../organization/index.ts';
import {
  type DispositionFact,
  monthBoundsUtc,
  monthlyLetterCounts,
  type StatsScope,
  statsScopeOf,
  tallyByUnit,
  unitsBelow,
} from './eoffice-stats.calc.ts';
import { type EofficeStatsQuery, type EofficeStatsView, STATS_YEAR_RANGE } from './eoffice-stats.contract.ts';
import { type Me, whoAmI } from './letter-access.ts';

/** A unit as the dashboard needs it. */
interface UnitRow {
  readonly id: string;
  readonly parent_id: string | null;
  readonly code: string;
  readonly name: string;
  readonly sort_order: number;
}

/** Unit ids to filter by, or null for the whole tenant. */
type UnitFilter = ReadonlySet<string> | null;

const orNone = (ids: ReadonlySet<string>) => (ids.size > 0 ? [...ids] : ['']);

/** The requested year, or the current year in the tenant's zone; 422 outside 2000–2100. */
function parseYear(text: string | undefined, today: string): number {
  if (text === undefined || text === '') return Number(today.slice(0, 4));
  const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  if (!(year >= STATS_YEAR_RANGE.min && year <= STATS_YEAR_RANGE.max))
    throw new ValidationError([{ field: 'year', message: 'eofficeStats.yearRange' }]);
  return year;
}

/** SECURITY: the units a pimpinan may see — those of the positions they head today, and every unit below them. */
async function headedUnits(ctx: RequestContext, me: Me, parentOf: ReadonlyMap<string, string | null>): Promise<Set<string>> {
  const cards = await positionCards(ctx, me.positionIds);
  const roots = [...cards.values()].filter((card) => card.isHead).map((card) => card.unitId);
  return unitsBelow(roots, parentOf);
}

/** The unit filter of the caller's scope, narrowed to `unitId` and its subtree when asked (404 unknown, 403 outside). */
async function unitFilter(
  ctx: RequestContext,
  input: { scope: StatsScope; me: Me; units: readonly UnitRow[]; unitId: string | undefined },
): Promise<UnitFilter> {
  const parentOf = new Map(input.units.map((u) => [u.id, u.parent_id]));
  const allowed = input.scope === 'tenant' ? null : await headedUnits(ctx, input.me, parentOf);
  if (input.unitId === undefined || input.unitId === '') return allowed;
  if (!parentOf.has(input.unitId)) throw new NotFoundError('unit');
  if (allowed && !allowed.has(input.unitId)) throw new ForbiddenError('eofficeStats.unitOutOfScope');
  return unitsBelow([input.unitId], parentOf);
}

/**
 * Incoming letters of the units per local month (1–12), by registration instant: one count per month between the
 * bounds of the tenant's zone, each a range of letters_direction_created_idx read without touching the table (twelve
 * counts cost a third of one grouped pass, which sorts the year's rows).
 */
async function incomingByMonth(ctx: RequestContext, bounds: readonly string[], units: UnitFilter): Promise<Map<number, number>> {
  const countOf = async (month: number) => {
    let query = tenantDb(ctx)
      .selectFrom('letters')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('direction', '=', 'incoming')
      .where('created_at', '>=', bounds[month - 1] as string)
      .where('created_at', '<', bounds[month] as string);
    if (units) query = query.where('unit_id', 'in', orNone(units));
    return [month, Number((await query.executeTakeFirstOrThrow()).n)] as const;
  };
  return new Map(await Promise.all(Array.from({ length: 12 }, (_, i) => countOf(i + 1))));
}

/** Letter dates of the outgoing letters the units signed in the year (letter_date is set when signed). */
async function outgoingDates(ctx: RequestContext, year: number, units: UnitFilter): Promise<string[]> {
  let query = tenantDb(ctx)
    .selectFrom('letter_drafts')
    .select('letter_date')
    .where('status', 'in', ['ditandatangani', 'terkirim'])
    .where('letter_date', '>=', `${year}-01-01`)
    .where('letter_date', '<=', `${year}-12-31`);
  if (units) query = query.where('unit_id', 'in', orNone(units));
  return (await query.execute()).flatMap((r) => (r.letter_date ? [r.letter_date] : []));
}

/** Dispositions sent in the year (tenant's zone) to positions of the units, with the recipient position's unit. */
async function dispositionFacts(ctx: RequestContext, bounds: readonly string[], units: UnitFilter) {
  let query = tenantDb(ctx)
    .selectFrom('dispositions')
    .innerJoin('positions', (j) =>
      j.onRef('positions.tenant_id', '=', 'dispositions.tenant_id').onRef('positions.id', '=', 'dispositions.to_position_id'),
    )
    .select([
      'positions.unit_id',
      'dispositions.status',
      'dispositions.deadline',
      'dispositions.created_at',
      'dispositions.completed_at',
    ])
    .where('dispositions.created_at', '>=', bounds[0] as string)
    .where('dispositions.created_at', '<', bounds[12] as string);
  if (units) query = query.where('positions.unit_id', 'in', orNone(units));
  const rows = await query.execute();
  return rows.map(
    (r): DispositionFact => ({
      unitId: r.unit_id,
      status: r.status,
      deadline: r.deadline,
      createdAt: r.created_at,
      completedAt: r.completed_at,
    }),
  );
}

async function unitRows(ctx: RequestContext): Promise<UnitRow[]> {
  return tenantDb(ctx).selectFrom('units').select(['id', 'parent_id', 'code', 'name', 'sort_order']).execute();
}

/** The dashboard of a year for the caller's scope (whole tenant, or the units they head), optionally one unit's subtree. */
export async function eofficeStats(ctx: RequestContext, query: EofficeStatsQuery): Promise<EofficeStatsView> {
  const me = await whoAmI(ctx);
  const year = parseYear(query.year, me.today);
  const scope = statsScopeOf(ctx.actor.roles);
  const units = await unitRows(ctx);
  const filter = await unitFilter(ctx, { scope, me, units, unitId: query.unitId });
  const bounds = monthBoundsUtc(year, me.timeZone);
  const incoming = await incomingByMonth(ctx, bounds, filter);
  const outgoing = await outgoingDates(ctx, year, filter);
  const tallies = new Map(tallyByUnit(await dispositionFacts(ctx, bounds, filter), me.today).map((t) => [t.unitId, t]));
  const ordered = [...units].sort((a, b) => a.sort_order - b.sort_order || a.code.localeCompare(b.code));
  return {
    year,
    timeZone: me.timeZone,
    asOf: me.today,
    scope,
    months: monthlyLetterCounts(year, incoming, outgoing),
    units: ordered.flatMap((unit) => {
      const tally = tallies.get(unit.id);
      return tally ? [{ ...tally, unitId: unit.id, unitCode: unit.code, unitName: unit.name }] : [];
    }),
  };
}
