/** Who the acting person is in correspondence terms (positions held today) and which letters they may see. */
import { type RawBuilder, sql } from 'kysely';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { heldPositionsOfUser, tenantTimeZoneOf } from '../organization/index.ts';
import { mayReadLetter } from './correspondence.policy.ts';
import { dateIn } from './disposition-batch.ts';

/** The acting person: their pegawai, the positions they hold today, and today's date in the tenant's zone. */
export interface Me {
  readonly userId: string | null;
  readonly employeeId: string | null;
  readonly positionIds: readonly string[];
  readonly today: string;
  readonly timeZone: string;
}

/** The tenant's time zone (each regency may differ: WIB, WITA, WIT). */
export async function tenantTimeZone(ctx: RequestContext): Promise<string> {
  return tenantTimeZoneOf(ctx, ctx.tenantId);
}

/**
 * Resolves the acting user to a pegawai and the positions they hold today (definitif, Plt, Plh, Pj alike): one
 * statement (the tenant's time zone is remembered), since every e-Office request starts here.
 */
export async function whoAmI(ctx: RequestContext): Promise<Me> {
  const timeZone = await tenantTimeZone(ctx);
  const today = dateIn(ctx.platform.now(), timeZone);
  const { employeeId, positionIds } = await heldPositionsOfUser(ctx, ctx.actor.userId, today);
  return { userId: ctx.actor.userId, employeeId, positionIds, today, timeZone };
}

const none = [''];
/** An id list for SQL `IN`: the ids, or one id that matches nothing (an empty `IN ()` is not valid SQL). */
export const orNone = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : none);

/** True when the person holds or held a position of the letter's disposition tree (sender or recipient). */
async function inDispositionChain(ctx: RequestContext, letterId: string, me: Me): Promise<boolean> {
  const row = await tenantDb(ctx)
    .selectFrom('dispositions')
    .select('id')
    .where('letter_id', '=', letterId)
    .where((eb) =>
      eb.or([
        eb('from_position_id', 'in', orNone(me.positionIds)),
        eb('to_position_id', 'in', orNone(me.positionIds)),
        eb('from_employee_id', '=', me.employeeId ?? ''),
        eb('read_by_employee_id', '=', me.employeeId ?? ''),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

async function holdsRecipientPosition(ctx: RequestContext, letterId: string, me: Me): Promise<boolean> {
  const row = await tenantDb(ctx)
    .selectFrom('letter_recipients')
    .select('id')
    .where('letter_id', '=', letterId)
    .where('position_id', 'in', orNone(me.positionIds))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * SECURITY: the letter row if the person may see it; 404 (never 403) otherwise, so the existence of a letter —
 * rahasia or not — is not disclosed to anyone outside its chain. Tenancy comes from tenantDb.
 */
export async function visibleLetter(ctx: RequestContext, letterId: string, me: Me) {
  const letter = await tenantDb(ctx).selectFrom('letters').selectAll().where('id', '=', letterId).executeTakeFirst();
  if (!letter) throw new NotFoundError('letter');
  const relation = {
    security: letter.security,
    isRegistrar: me.userId !== null && letter.created_by === me.userId,
    holdsRecipientPosition: await holdsRecipientPosition(ctx, letterId, me),
    inDispositionChain: await inDispositionChain(ctx, letterId, me),
  };
  if (!mayReadLetter(relation)) throw new NotFoundError('letter');
  return letter;
}

/** The letter row a disposition belongs to, with the same visibility rule (404 when not visible or absent). */
export async function visibleDisposition(ctx: RequestContext, dispositionId: string, me: Me) {
  const disposition = await tenantDb(ctx)
    .selectFrom('dispositions')
    .selectAll()
    .where('id', '=', dispositionId)
    .executeTakeFirst();
  if (!disposition) throw new NotFoundError('disposition');
  const letter = await visibleLetter(ctx, disposition.letter_id, me).catch(() => {
    throw new NotFoundError('disposition');
  });
  return { disposition, letter };
}

/**
 * SECURITY: the same visibility as `visibleLetter` (registrar, holder of a recipient position, anyone in the
 * disposition chain; see mayReadLetter) as one SQL condition over a letter id and its `created_by`, for queries that
 * list letters (search). Every subquery is pinned to the tenant, so it can run inside raw SQL as a filter, never as
 * a post-filter of a page. Keep it in step with inDispositionChain and holdsRecipientPosition above.
 */
export function visibleLetterCondition(
  tenantId: string,
  me: Me,
  letterIdColumn: string,
  createdByColumn: string,
): RawBuilder<boolean> {
  const positions = sql.join(orNone(me.positionIds));
  const letterId = sql.ref(letterIdColumn);
  const employee = me.employeeId ?? '';
  return sql<boolean>`(${sql.ref(createdByColumn)} = ${me.userId ?? ''}
    OR EXISTS (SELECT 1 FROM letter_recipients vr WHERE vr.tenant_id = ${tenantId} AND vr.letter_id = ${letterId}
      AND vr.position_id IN (${positions}))
    OR EXISTS (SELECT 1 FROM dispositions vd WHERE vd.tenant_id = ${tenantId} AND vd.letter_id = ${letterId}
      AND (vd.from_position_id IN (${positions}) OR vd.to_position_id IN (${positions})
        OR vd.from_employee_id = ${employee} OR vd.read_by_employee_id = ${employee})))`;
}
