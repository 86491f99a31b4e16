/**
 * Pure arithmetic of the e-Office dashboard: exact medians, month buckets in the tenant's time zone, per-unit
 * disposition tallies and the scope rule. No database here, so SQLite and PostgreSQL give identical answers.
 */
import type { DispositionStatus } from '../../db/schema/correspondence.ts';
import { groupBy } from '../../shared/collections.ts';
import { isOverdue } from './correspondence.policy.ts';

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

/** The offset of a time zone from UTC at an instant, in ms (the zone's wall clock minus UTC). */
function zoneOffsetMs(at: number, timeZone: string): number {
  const parts = offsetFormat(timeZone).formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(at / 1000) * 1000;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  const known = offsetFormats.get(timeZone);
  if (known) return known;
  const numeric = {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  } as const;
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...numeric });
  offsetFormats.set(timeZone, format);
  return format;
}

/** The UTC instant (ISO) at which local midnight starting `year-month-01` falls in a time zone. */
function startOfLocalMonth(year: number, month: number, timeZone: string): string {
  const wall = Date.UTC(year, month - 1, 1);
  // Twice: the offset at the guessed instant may differ from the offset at midnight across a change (DST).
  const first = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(first, timeZone)).toISOString();
}

/**
 * The 13 UTC instants (ISO, comparable as text with stored `created_at`) bounding the 12 local months of a year in a
 * time zone: month m holds the instants in [bounds[m − 1], bounds[m]). The database counts between them, so the
 * zone is decided here, identically on SQLite and PostgreSQL.
 */
export function monthBoundsUtc(year: number, timeZone: string): string[] {
  return Array.from({ length: 13 }, (_, i) => startOfLocalMonth(i === 12 ? year + 1 : year, i === 12 ? 1 : i + 1, timeZone));
}

/** One month of the letter counts. */
export interface MonthCount {
  readonly month: number;
  readonly incoming: number;
  readonly outgoing: number;
}

/**
 * Letters per month: incoming as counted by the database between the month bounds of the tenant's zone (so
 * 2026-03-31T18:00Z is April in WIB), outgoing by their letter date (YYYY-MM-DD, already a local date) of `year`.
 */
export function monthlyLetterCounts(
  year: number,
  incomingByMonth: ReadonlyMap<number, number>,
  outgoingDates: readonly string[],
): MonthCount[] {
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, incoming: incomingByMonth.get(i + 1) ?? 0, outgoing: 0 }));
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
  for (const fact of facts) {
    const group = groups.get(fact.unitId);
    if (group) group.push(fact);
    else groups.set(fact.unitId, [fact]);
  }
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
  const children = groupBy(
    [...parentOf].filter(([, parent]) => parent !== null),
    ([, parent]) => parent,
    ([id]) => id,
  );
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
