/**
 * Disposition measures of a unit over a span of the tenant's calendar days, for other modules (e-SAKIP takes
 * realisasi from them): how many dispositions its positions completed, and the median days from sending to
 * completing. Counts only, never subjects. Same approach as the dashboard (eoffice-stats.queries.ts): a plain
 * SELECT of timestamps in a widened UTC window, then exact arithmetic in TypeScript, so both databases agree.
 */
import { Decimal } from 'decimal.js';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { dateIn } from './disposition-batch.ts';
import { ANSWERED_STATES, medianOf, unitsBelow } from './eoffice-stats.calc.ts';
import { tenantTimeZone } from './letter-access.ts';

const DAY_MS = 86_400_000;
/** Decimals of the median in days (half-up), after the median is taken, never before. */
const MEDIAN_DECIMALS = 2;

/** What is measured: a unit (and every unit below it; null for the whole tenant) and the days [from, to). */
export interface DispositionMeasuresQuery {
  readonly unitId: string | null;
  /** First calendar day (YYYY-MM-DD, tenant's zone), inclusive. */
  readonly from: string;
  /** Calendar day (YYYY-MM-DD, tenant's zone) after the last one, exclusive. */
  readonly to: string;
}

/** The measures of a unit over the span. */
export interface DispositionMeasures {
  /** Dispositions to the unit's positions completed (ditindaklanjuti or selesai) within the span. */
  readonly completedCount: number;
  /** Median days from sending to completing over those, as a decimal string (e.g. '2.5'); null when none. */
  readonly medianDays: string | null;
}

/** A completed disposition: when it was sent and when it was completed (ISO instants). */
export interface Completion {
  readonly sentAt: string;
  readonly completedAt: string;
}

/** Shifts a YYYY-MM-DD day by whole days. */
function shiftDay(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The measures of the completions whose completion day (in the time zone) lies in [from, to). The median is taken
 * over exact millisecond durations and only then turned into days with decimal.js.
 */
export function measureCompletions(
  completions: readonly Completion[],
  span: { from: string; to: string },
  timeZone: string,
): DispositionMeasures {
  const inSpan = completions.filter((c) => {
    const day = dateIn(new Date(c.completedAt), timeZone);
    return day >= span.from && day < span.to;
  });
  const median = medianOf(inSpan.map((c) => Date.parse(c.completedAt) - Date.parse(c.sentAt)));
  return {
    completedCount: inSpan.length,
    medianDays:
      median === null ? null : new Decimal(median).div(DAY_MS).toDecimalPlaces(MEDIAN_DECIMALS, Decimal.ROUND_HALF_UP).toFixed(),
  };
}

/** The unit and every unit below it, or null (no filter) for the whole tenant. */
async function unitSubtree(ctx: RequestContext, unitId: string | null): Promise<string[] | null> {
  if (unitId === null) return null;
  const units = await tenantDb(ctx).selectFrom('units').select(['id', 'parent_id']).execute();
  return [...unitsBelow([unitId], new Map(units.map((u) => [u.id, u.parent_id])))];
}

/**
 * SECURITY: reads through the tenant door only and answers aggregate numbers, never letters or subjects; the caller
 * decides who may trigger it. Dispositions count by the unit of the position they were sent to.
 */
export async function dispositionMeasures(ctx: RequestContext, query: DispositionMeasuresQuery): Promise<DispositionMeasures> {
  const timeZone = await tenantTimeZone(ctx);
  const units = await unitSubtree(ctx, query.unitId);
  if (units !== null && units.length === 0) return { completedCount: 0, medianDays: null };
  // Local days span at most ±14 h around UTC, so a day either side surely holds every instant of the span.
  let select = tenantDb(ctx)
    .selectFrom('dispositions')
    .innerJoin('positions', (j) =>
      j.onRef('positions.tenant_id', '=', 'dispositions.tenant_id').onRef('positions.id', '=', 'dispositions.to_position_id'),
    )
    .select(['dispositions.created_at', 'dispositions.completed_at'])
    .where('dispositions.status', 'in', [...ANSWERED_STATES])
    .where('dispositions.completed_at', '>=', `${shiftDay(query.from, -1)}T00:00:00.000Z`)
    .where('dispositions.completed_at', '<', `${shiftDay(query.to, 1)}T00:00:00.000Z`);
  if (units !== null) select = select.where('positions.unit_id', 'in', units);
  const rows = await select.execute();
  const completions = rows.flatMap((r) => (r.completed_at ? [{ sentAt: r.created_at, completedAt: r.completed_at }] : []));
  return measureCompletions(completions, query, timeZone);
}
