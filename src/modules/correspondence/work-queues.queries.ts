/**
 * Work queues of the signed-in person over the positions they hold today (so a Plt/Plh sees the position's queues
 * for as long as they hold it): a handful of COUNT queries, and the two outgoing queue lists.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { documentsAwaitingSignature } from '../documents/index.ts';
import { type Me, whoAmI } from './letter-access.ts';
import type { OutgoingQueueKind, OutgoingQueueView, WorkQueueCountsView } from './work-queues.contract.ts';

const orNone = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : ['']);
const ACTIONABLE = ['terkirim', 'dibaca'] as const;

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

/** Unread letters per recipient role (kepada, tembusan), each letter counted once. */
async function unreadByRole(ctx: RequestContext, me: Me): Promise<{ kepada: number; tembusan: number }> {
  const rows = await tenantDb(ctx)
    .selectFrom('letter_recipients')
    .select((eb) => ['role', eb.fn.count<number>('letter_id').distinct().as('n')])
    .where('position_id', 'in', orNone(me.positionIds))
    .where('read_at', 'is', null)
    .groupBy('role')
    .execute();
  const count = (role: string) => Number(rows.find((r) => r.role === role)?.n ?? 0);
  return { kepada: count('kepada'), tembusan: count('tembusan') };
}

/** Dispositions to positions I hold that wait for me, and how many of them are past their deadline today. */
async function dispositionCounts(ctx: RequestContext, me: Me): Promise<{ open: number; overdue: number }> {
  const base = () =>
    tenantDb(ctx)
      .selectFrom('dispositions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('to_position_id', 'in', orNone(me.positionIds))
      .where('status', 'in', [...ACTIONABLE]);
  const open = await base().executeTakeFirstOrThrow();
  // `me.today` is today's date in the tenant's time zone; a deadline is the last day allowed.
  const overdue = await base().where('deadline', 'is not', null).where('deadline', '<', me.today).executeTakeFirstOrThrow();
  return { open: Number(open.n), overdue: Number(overdue.n) };
}

/** The counters of my work queues (navigation badges and the e-Office chips). */
export async function workQueueCounts(ctx: RequestContext): Promise<WorkQueueCountsView> {
  const me = await whoAmI(ctx);
  const letters = await draftsToSign(ctx, me)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const verify = await stepsToVerify(ctx, me)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const documents = await documentsAwaitingSignature(ctx, me.employeeId);
  const unread = await unreadByRole(ctx, me);
  const dispositions = await dispositionCounts(ctx, me);
  return {
    toSign: Number(letters.n) + documents,
    toSignLetters: Number(letters.n),
    toSignDocuments: documents,
    toVerify: Number(verify.n),
    incomingUnread: unread.kepada,
    tembusanUnread: unread.tembusan,
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
