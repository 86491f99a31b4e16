import type { RequestContext } from '../../platform/access/context.ts';
import { userIdsOfEmployees } from '../identity/index.ts';
import { notifyUsers } from '../notifications/index.ts';
import { positionHolders } from '../organization/index.ts';
import { dateIn } from './disposition-batch.ts';
import { tenantTimeZone } from './letter-access.ts';

/** What the holders of some positions are told (the letter's security decides what may leave Pamong). */
export interface PositionNotice {
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly link: string;
  readonly security: 'biasa' | 'terbatas' | 'rahasia' | 'sangat_rahasia';
}

/**
 * Notifies everyone who holds one of the positions today (definitif, Plt, Plh, Pj), in the caller's
 * transaction: letters go to jabatan, so whoever holds the jabatan hears about the work.
 */
export async function notifyPositionHolders(
  ctx: RequestContext,
  positionIds: readonly string[],
  notice: PositionNotice,
): Promise<void> {
  const today = dateIn(ctx.platform.now(), await tenantTimeZone(ctx));
  const holders = await positionHolders(ctx, positionIds, today);
  const userIds = await userIdsOfEmployees(
    ctx,
    holders.map((h) => h.employeeId),
  );
  await notifyUsers(ctx, { userIds, ...notice });
}
