/**
 * Work queues of the signed-in person over the positions they hold today (so a Plt/Plh sees the position's queues
 * for as long as they hold it): a handful of capped COUNT queries, and the two outgoing queue lists.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { documentsAwaitingSignature } from '../documents/index.ts';
import { COUNTER_CAP } from './correspondence.contract.ts';
import { type Me, whoAmI } from './letter-access.ts';
import type { OutgoingQueueKind, OutgoingQueueView, WorkQueueCountsView } from './work-queues.contract.ts';

const orNone = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : ['']);
const ACTIONABLE = ['terkirim', 'dibaca'] as const;

// Each counter stops at COUNTER_CAP (99+): they are polled every minute, and counting a head's whole backlog cost
// 34 ms for 10,000 unread letters and 184 ms for 61,000 (1M corpus).

/** Outgoing drafts ready for signature (siap_tte) whose signer position I hold. */
function draftsToSign(ctx: RequestContext, me: Me) {
  return tenantDb(ctx)
    .selectFrom('letter_drafts')
    .where('status', '=', 'siap_tte')
    .where('signer_position_id', 'in', orNone(me.positionIds));
}

/** Pending paraf steps of the draft's current round, of positions I hold, with no earlier paraf still pending. */
function stepsToVerify(ctx: RequestContext, me: Me) {
  return tenantDb(ctx)
    .selectFrom('approval_steps')
    .innerJoin('letter_drafts', (j) =>
      j
        .onRef('letter_drafts.tenant_id', '=', 'approval_steps.tenant_id')
        .onRef('letter_drafts.id', '=', 'approval_steps.draft_id')
        .onRef('letter_drafts.round', '=', 'approval_steps.round'),
    )
    .where('letter_drafts.status', '=', 'dalam_persetujuan')
    .where('approval_steps.status', '=', 'pending')
    .where('approval_steps.role', '=', 'paraf')
    .where('approval_steps.position_id', 'in', orNone(me.positionIds))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('approval_steps as earlier')
            .select('earlier.id')
            .whereRef('earlier.tenant_id', '=', 'approval_steps.tenant_id')
            .whereRef('earlier.draft_id', '=', 'approval_steps.draft_id')
            .whereRef('earlier.round', '=', 'approval_steps.round')
            .whereRef('earlier.order_no', '<', 'approval_steps.order_no')
            .where('earlier.status', '=', 'pending')
            .where('earlier.role', '=', 'paraf'),
        ),
      ),
    );
}

/**
 * Unread letters of one recipient role (kepada or tembusan) to positions I hold, each letter once, up to the cap.
 * A letter has at most one row per position and role (letter_recipients_uq), so up to cap × positions rows hold at
 * least `cap` letters when the limit is reached. No DISTINCT in SQL: SQLite answered it by walking the tenant's
 * recipients in letter order (330 ms for a head + Plt with no tembusan at 1M letters) instead of the role index.
 */
async function unreadOfRole(ctx: RequestContext, me: Me, role: 'kepada' | 'tembusan'): Promise<number> {
  const door = tenantDb(ctx);
  const rows = door
    .selectFrom('letter_recipients')
    .select('letter_id')
    .where('position_id', 'in', orNone(me.positionIds))
    .where('read_at', 'is', null)
    .where('role', '=', role);
  if (me.positionIds.length <= 1) return door.countUpTo(rows, COUNTER_CAP);
  const letters = await rows.limit(COUNTER_CAP * me.positionIds.length).execute();
  return Math.min(new Set(letters.map((r) => r.letter_id)).size, COUNTER_CAP);
}

/** Dispositions to positions I hold that wait for me, and how many of them are past their deadline today. */
async function dispositionCounts(ctx: RequestContext, me: Me): Promise<{ open: number; overdue: number }> {
  const door = tenantDb(ctx);
  const waiting = () =>
    door
      .selectFrom('dispositions')
      .select('dispositions.id')
      .where('to_position_id', 'in', orNone(me.positionIds))
      .where('status', 'in', [...ACTIONABLE]);
  const open = await door.countUpTo(waiting(), COUNTER_CAP);
  // `me.today` is today's date in the tenant's time zone; a deadline is the last day allowed.
  const late = waiting().where('deadline', 'is not', null).where('deadline', '<', me.today);
  return { open, overdue: await door.countUpTo(late, COUNTER_CAP) };
}

/** The counters of my work queues (navigation badges and the e-Office chips). */
export async function workQueueCounts(ctx: RequestContext): Promise<WorkQueueCountsView> {
  const me = await whoAmI(ctx);
  const door = tenantDb(ctx);
  const letters = await door.countUpTo(draftsToSign(ctx, me).select('letter_drafts.id'), COUNTER_CAP);
  const verify = await door.countUpTo(stepsToVerify(ctx, me).select('approval_steps.id'), COUNTER_CAP);
  const documents = await documentsAwaitingSignature(ctx, me.employeeId);
  const dispositions = await dispositionCounts(ctx, me);
  return {
    toSign: letters + documents,
    toSignLetters: letters,
    toSignDocuments: documents,
    toVerify: verify,
    incomingUnread: await unreadOfRole(ctx, me, 'kepada'),
    tembusanUnread: await unreadOfRole(ctx, me, 'tembusan'),
    dispositionsToAct: dispositions.open,
    overdue: dispositions.overdue,
  };
}

const QUEUE_COLUMNS = [
  'letter_drafts.id',
  'letter_drafts.type_code',
  'letter_drafts.hal',
  'letter_drafts.security',
  'letter_drafts.urgency',
  'letter_drafts.status',
  'letter_drafts.version_no',
  'letter_drafts.number_text',
  'letter_drafts.updated_at',
] as const;

/** Drafts whose drafter position I hold (any status), most recently changed first. */
function myDrafts(ctx: RequestContext, me: Me) {
  return tenantDb(ctx)
    .selectFrom('letter_drafts')
    .where('drafter_position_id', 'in', orNone(me.positionIds))
    .select(QUEUE_COLUMNS)
    .orderBy('letter_drafts.updated_at', 'desc')
    .limit(200)
    .execute();
}

async function queueRows(ctx: RequestContext, me: Me, kind: OutgoingQueueKind) {
  if (kind === 'verify')
    return stepsToVerify(ctx, me)
      .select(QUEUE_COLUMNS)
      .select('approval_steps.id as step_id')
      .orderBy('letter_drafts.updated_at', 'desc')
      .limit(200)
      .execute();
  const rows =
    kind === 'sign'
      ? await draftsToSign(ctx, me).select(QUEUE_COLUMNS).orderBy('letter_drafts.updated_at', 'desc').limit(200).execute()
      : await myDrafts(ctx, me);
  return rows.map((r) => ({ ...r, step_id: null as string | null }));
}

/** The outgoing drafts waiting for my paraf (`verify`), my signature (`sign`), or drafted by me (`mine`), newest first. */
export async function outgoingQueue(ctx: RequestContext, kind: OutgoingQueueKind): Promise<OutgoingQueueView> {
  const rows = await queueRows(ctx, await whoAmI(ctx), kind);
  return {
    items: rows.map((r) => ({
      draftId: r.id,
      stepId: r.step_id,
      typeCode: r.type_code,
      hal: r.hal,
      security: r.security,
      urgency: r.urgency,
      status: r.status,
      version: r.version_no,
      number: r.number_text,
      updatedAt: r.updated_at,
    })),
  };
}
