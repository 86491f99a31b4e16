/**
 * Pure arithmetic of the e-Office dashboard: exact medians, month buckets in the tenant's time zone, per-unit
 * disposition tallies and the scope rule. No database here, so SQLite and PostgreSQL give identical answers.
 */
import type { DispositionStatus } from '../../db/schema/correspondence.ts';
import { isOverdue } from './correspondence.policy.ts';
import { dateIn } from './disposition-batch.ts';

const HOUR_MS = 3_600_000;

/** Roles that see the whole tenant's dashboard; anyone else with the permission sees the units they head. */
const TENANT_WIDE_ROLES: readonly string[] = ['admin', 'pencatat', 'arsiparis'];

/** Disposition states that count as answered (the recipient completed or closed it). */
export const ANSWERED_STATES: readonly DispositionStatus[] = ['ditindaklanjuti', 'selesai'];

/** Disposition states still waiting for the recipient. */
export const OPEN_STATES: readonly DispositionStatus[] = ['terkirim', 'dibaca', 'diteruskan'];

/** How far a dashboard reaches: the whole tenant, or the units under the positions the person heads. */
export type StatsScope = 'tenant' | 'headed';

/** SECURITY: admin, pencatat and arsiparis see the whole tenant; a pimpinan only the units under the positions they head. */
export function statsScopeOf(roles: readonly string[]): StatsScope {
  return roles.some((role) => TENANT_WIDE_ROLES.includes(role)) ? 'tenant' : 'headed';
}

/** The exact median (even count: the mean of the two middle values); null for no values. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Hours between two ISO instants (may be fractional). */
export function hoursBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso) - Date.parse(fromIso)) / HOUR_MS;
}

/** Rounds hours to two decimals for display (after the median is taken, never before). */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/** The calendar year and month (1–12) of an ISO instant in a time zone. */
export function zonedYearMonth(isoInstant: string, timeZone: string): { year: number; month: number } {
  const [year, month] = dateIn(new Date(isoInstant), timeZone).split('-');
  return { year: Number(year), month: Number(month) };
}

/** The half-open UTC window of ISO strings that surely contains every instant of a local year (zones span ±14 h). */
export function utcWindowOfYear(year: number): { from: string; to: string } {
  return { from: `${year - 1}-12-31T00:00:00.000Z`, to: `${year + 1}-01-02T00:00:00.000Z` };
}

/** One month of the letter counts. */
export interface MonthCount {
  readonly month: number;
  readonly incoming: number;
  readonly outgoing: number;
}

/**
 * Letters per month of `year`: incoming by the instant they were registered, read in the tenant's time zone (so
 * 2026-03-31T18:00Z is April in WIB); outgoing by their letter date (YYYY-MM-DD, already a local date).
 */
export function monthlyLetterCounts(
  year: number,
  incomingInstants: readonly string[],
  outgoingDates: readonly string[],
  timeZone: string,
): MonthCount[] {
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, incoming: 0, outgoing: 0 }));
  for (const instant of incomingInstants) {
    const local = zonedYearMonth(instant, timeZone);
    const slot = local.year === year ? months[local.month - 1] : undefined;
    if (slot) slot.incoming += 1;
  }
  for (const date of outgoingDates) {
    const [y, m] = date.split('-').map(Number);
    const slot = y === year && m !== undefined ? months[m - 1] : undefined;
    if (slot) slot.outgoing += 1;
  }
  return months;
}

/** A disposition as the per-unit tally needs it. */
export interface DispositionFact {
  readonly unitId: string;
  readonly status: DispositionStatus;
  readonly deadline: string | null;
  readonly createdAt: string;
  readonly completedAt: string | null;
}

/** The tally of one unit. */
export interface UnitTally {
  readonly unitId: string;
  readonly open: number;
  readonly overdue: number;
  readonly completed: number;
  readonly medianResponseHours: number | null;
  readonly responseCount: number;
}

/**
 * Per-unit tallies of dispositions: `open` (still with the recipient, overdue ones included), `overdue` (of the
 * open ones, deadline before `today`), `completed` (ditindaklanjuti or selesai) and the median response time in
 * hours from sending (created_at) to completing or closing (completed_at), over the completed ones.
 */
export function tallyByUnit(facts: readonly DispositionFact[], today: string): UnitTally[] {
  const groups = new Map<string, DispositionFact[]>();
  for (const fact of facts) groups.set(fact.unitId, [...(groups.get(fact.unitId) ?? []), fact]);
  return [...groups.entries()].map(([unitId, rows]) => {
    const open = rows.filter((r) => OPEN_STATES.includes(r.status));
    const answered = rows.filter((r) => ANSWERED_STATES.includes(r.status) && r.completedAt !== null);
    const hours = answered.map((r) => hoursBetween(r.createdAt, r.completedAt as string));
    const median = medianOf(hours);
    return {
      unitId,
      open: open.length,
      overdue: open.filter((r) => isOverdue(r.deadline, r.status, today)).length,
      completed: rows.filter((r) => ANSWERED_STATES.includes(r.status)).length,
      medianResponseHours: median === null ? null : roundHours(median),
      responseCount: hours.length,
    };
  });
}

/** The unit ids of `roots` and of every unit below them (parents given as id → parent id). */
export function unitsBelow(roots: readonly string[], parentOf: ReadonlyMap<string, string | null>): Set<string> {
  const children = new Map<string, string[]>();
  for (const [id, parent] of parentOf) if (parent) children.set(parent, [...(children.get(parent) ?? []), id]);
  const found = new Set<string>();
  const queue = roots.filter((id) => parentOf.has(id));
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return found;
}
