/** Making dispositions: the addressee's first level, and re-disposing further down the tree. */
import { inTransaction } from '../../db/executor.ts';
import type { DispositionsTable } from '../../db/schema/correspondence.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { employeeCards, positionCards } from '../organization/index.ts';
import { dispositionInstructions, urgencyLevels } from '../regulation/index.ts';
import type { DisposeInput, ForwardInput } from './correspondence.contract.ts';
import { enforce, letterStatusAfter, mayActOnDisposition, mayDisposeLetter, statusAfter } from './correspondence.policy.ts';
import { batchProblems, deadlineFor, leadingFlags } from './disposition-batch.ts';
import { type Me, visibleDisposition, visibleLetter, whoAmI } from './letter-access.ts';
import { notifyPositionHolders } from './notify-positions.ts';

type LetterRow = Awaited<ReturnType<typeof visibleLetter>>;

/** Field problems of the instructions, targets and deadline that need the tenant's data. */
async function tenantProblems(ctx: RequestContext, input: DisposeInput, me: Me): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const known = new Set((await dispositionInstructions(ctx)).map((i) => i.code));
  for (const [i, code] of input.instructions.entries())
    if (!known.has(code))
      problems.push({ field: `instructions.${i}`, message: 'correspondence.unknownInstruction', params: { code } });
  // SECURITY: positionCards reads through tenantDb, so a position of another tenant is as unknown as a made-up id.
  const cards = await positionCards(
    ctx,
    input.to.map((t) => t.positionId),
  );
  for (const [i, t] of input.to.entries())
    if (!cards.has(t.positionId)) problems.push({ field: `to.${i}.positionId`, message: 'correspondence.unknownPosition' });
  if (input.deadline && input.deadline < me.today) problems.push({ field: 'deadline', message: 'correspondence.deadlineInPast' });
  return problems;
}

/** The acting person's name as the tree shows it (with titles), or the account label. */
async function actingName(ctx: RequestContext, me: Me): Promise<string> {
  if (!me.employeeId) return ctx.actor.label;
  return (await employeeCards(ctx, [me.employeeId])).get(me.employeeId)?.name ?? ctx.actor.label;
}

/** Validates and inserts one batch of dispositions from a position; returns their ids. */
async function insertBatch(
  ctx: RequestContext,
  made: { letter: LetterRow; parentId: string | null; fromPositionId: string; me: Me; input: DisposeInput },
): Promise<string[]> {
  const { letter, input, me } = made;
  const problems = [...batchProblems(input.to, made.fromPositionId), ...(await tenantProblems(ctx, input, me))];
  if (problems.length > 0) throw new ValidationError(problems);
  const sla = (await urgencyLevels(ctx)).find((u) => u.code === letter.urgency)?.slaHours ?? null;
  const deadline = deadlineFor(input.deadline, sla, ctx.platform.now(), me.timeZone);
  const leading = leadingFlags(input.to);
  const now = ctx.platform.now().toISOString();
  const base = {
    letter_id: letter.id,
    parent_id: made.parentId,
    batch_id: newId(),
    from_position_id: made.fromPositionId,
    from_employee_id: me.employeeId,
    from_name: await actingName(ctx, me),
    instructions: JSON.stringify(input.instructions),
    note: input.note || null,
    deadline,
    status: 'terkirim' as const,
    ...{ read_at: null, read_by_employee_id: null, read_by_name: null, completed_at: null, completion_note: null },
    ...{ completion_file_id: null, rejection_reason: null, version: 1, created_at: now, updated_at: now },
  };
  const rows = input.to.map((t, i) => ({ ...base, id: newId(), to_position_id: t.positionId, leading: leading[i] ? 1 : 0 }));
  await tenantDb(ctx).insertInto('dispositions', rows).execute();
  return rows.map((r) => r.id);
}

/** Recomputes the letter's status from its first-level dispositions (didisposisikan, or selesai when done). */
export async function refreshLetterStatus(ctx: RequestContext, letter: Pick<LetterRow, 'id' | 'status'>): Promise<void> {
  const topLevel = await tenantDb(ctx)
    .selectFrom('dispositions')
    .select(['leading', 'status'])
    .where('letter_id', '=', letter.id)
    .where('parent_id', 'is', null)
    .execute();
  const current = await tenantDb(ctx)
    .selectFrom('letters')
    .select('status')
    .where('id', '=', letter.id)
    .executeTakeFirstOrThrow();
  const next = letterStatusAfter(
    current.status,
    topLevel.map((d) => ({ leading: d.leading === 1, status: d.status })),
  );
  if (next !== current.status)
    await tenantDb(ctx).updateTable('letters').set({ status: next }).where('id', '=', letter.id).execute();
}

/** The kepada position of the letter the person holds today, if any. */
async function heldKepadaPosition(ctx: RequestContext, letterId: string, me: Me): Promise<string | undefined> {
  const row = await tenantDb(ctx)
    .selectFrom('letter_recipients')
    .select('position_id')
    .where('letter_id', '=', letterId)
    .where('role', '=', 'kepada')
    .where('position_id', 'in', me.positionIds.length > 0 ? [...me.positionIds] : [''])
    .executeTakeFirst();
  return row?.position_id;
}

/** Tells the holders of the recipient positions that a disposition waits for them. */
function notifyDisposition(ctx: RequestContext, letter: Pick<LetterRow, 'id' | 'hal' | 'security'>, input: DisposeInput) {
  return notifyPositionHolders(
    ctx,
    input.to.map((t) => t.positionId),
    {
      kind: 'disposition.received',
      title: `Disposisi: ${letter.hal}`,
      body: input.note ?? '',
      link: `/e-office/surat/${letter.id}`,
      security: letter.security,
    },
  );
}

/** The addressee (holder of a kepada position) disposes the letter to one or more positions of the tenant. */
export async function disposeLetter(ctx: RequestContext, letterId: string, input: DisposeInput): Promise<string[]> {
  const me = await whoAmI(ctx);
  const letter = await visibleLetter(ctx, letterId, me);
  const fromPositionId = await heldKepadaPosition(ctx, letterId, me);
  enforce(mayDisposeLetter(fromPositionId !== undefined, letter.status));
  return inTransaction(ctx, async (tx) => {
    const ids = await insertBatch(tx, { letter, parentId: null, fromPositionId: fromPositionId as string, me, input });
    await notifyDisposition(tx, letter, input);
    await tenantDb(tx)
      .updateTable('letter_recipients')
      .set({ read_at: tx.platform.now().toISOString(), read_by_employee_id: me.employeeId })
      .where('letter_id', '=', letterId)
      .where('position_id', '=', fromPositionId as string)
      .where('read_at', 'is', null)
      .execute();
    await refreshLetterStatus(tx, letter);
    await recordAudit(tx, 'correspondence.letter.disposed', {
      objectType: 'letter',
      objectId: letterId,
      data: { dispositions: ids },
    });
    return ids;
  });
}

/**
 * Compare-and-set on a disposition: applies `changes` only if the row still has `version`, bumping it; a lost race
 * (another browser acted first) becomes a 409 and the whole use case rolls back.
 */
export async function updateIfVersion(
  ctx: RequestContext,
  id: string,
  version: number,
  changes: Partial<Omit<DispositionsTable, 'tenant_id' | 'id' | 'version'>>,
): Promise<number> {
  const result = await tenantDb(ctx)
    .updateTable('dispositions')
    .set({ ...changes, version: version + 1, updated_at: ctx.platform.now().toISOString() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new ConflictError('correspondence.staleVersion');
  return version + 1;
}

/** A recipient re-disposes further down: child dispositions from their position; the parent becomes diteruskan. */
export async function forwardDisposition(ctx: RequestContext, dispositionId: string, input: ForwardInput): Promise<string[]> {
  const me = await whoAmI(ctx);
  const { disposition, letter } = await visibleDisposition(ctx, dispositionId, me);
  const relation = { isRecipient: me.positionIds.includes(disposition.to_position_id), isSender: false };
  enforce(mayActOnDisposition('forward', relation, disposition.status));
  if (input.version !== disposition.version) throw new ConflictError('correspondence.staleVersion');
  return inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    await updateIfVersion(tx, dispositionId, disposition.version, {
      status: statusAfter('forward', disposition.status),
      read_at: disposition.read_at ?? now,
      read_by_employee_id: disposition.read_by_employee_id ?? me.employeeId,
    });
    const ids = await insertBatch(tx, { letter, parentId: dispositionId, fromPositionId: disposition.to_position_id, me, input });
    await notifyDisposition(tx, letter, input);
    await recordAudit(tx, 'correspondence.disposition.forwarded', {
      objectType: 'disposition',
      objectId: dispositionId,
      data: { dispositions: ids },
    });
    return ids;
  });
}
