/** Who holds a position on a given day: the one rule every assignment query of organization uses. */
import { sql } from 'kysely';

/**
 * SECURITY: the one rule of who holds a position on a day (definitif, Plt, Plh, Pj alike): an assignment counts when
 * starts_on ≤ today ≤ ends_on, or it is open-ended. Over the `assignments` table of the query.
 */
export function assignmentHeldOn(today: string) {
  return sql<boolean>`(assignments.starts_on <= ${today} AND (assignments.ends_on IS NULL OR assignments.ends_on >= ${today}))`;
}
