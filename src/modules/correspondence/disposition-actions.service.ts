/** Acting on one disposition: open (read receipt), complete, close, cancel, reject — each a compare-and-set. */
import { inTransaction } from '../../db/executor.ts';
import type { DispositionsTable } from '../../db/schema/correspondence.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { storeFile } from '../../platform/storage/tenant-files.ts';
import { ConflictError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { employeeCards } from '../organization/index.ts';
import type { CloseInput, CompleteInput, RejectInput } from './correspondence.contract.ts';
import { type DispositionAction, enforce, mayActOnDisposition, statusAfter } from './correspondence.policy.ts';
import { refreshLetterStatus, updateIfVersion } from './dispositions.service.ts';
import { type Me, visibleDisposition, whoAmI } from './letter-access.ts';
import type { UploadedScan } from './letters.service.ts';
import { assertAcceptablePdf } from './pdf-upload-check.ts';

type Changes = Partial<Omit<DispositionsTable, 'tenant_id' | 'id' | 'version'>>;
type DispositionRow = DispositionsTable;

/** The new state of a disposition after an action. */
export interface DispositionState {
  readonly id: string;
  readonly status: DispositionRow['status'];
  readonly version: number;
}

async function readerName(ctx: RequestContext, me: Me): Promise<string> {
  if (!me.employeeId) return ctx.actor.label;
  return (await employeeCards(ctx, [me.employeeId])).get(me.employeeId)?.name ?? ctx.actor.label;
}

/** The read receipt columns, kept when the disposition was already read. */
async function readReceipt(ctx: RequestContext, row: DispositionRow, me: Me): Promise<Changes> {
  if (row.read_at) return {};
  return {
    read_at: ctx.platform.now().toISOString(),
    read_by_employee_id: me.employeeId,
    read_by_name: await readerName(ctx, me),
  };
}

/**
 * The common path of an action: visibility (404), the policy (403/409), the version the user saw (409), then one
 * transaction with the compare-and-set, the extra work, the letter status and the audit record.
 */
async function act(
  ctx: RequestContext,
  input: { dispositionId: string; action: DispositionAction; version: number },
  changesOf: (tx: RequestContext, row: DispositionRow, me: Me) => Promise<Changes>,
): Promise<DispositionState> {
  const me = await whoAmI(ctx);
  const { disposition, letter } = await visibleDisposition(ctx, input.dispositionId, me);
  const relation = {
    isRecipient: me.positionIds.includes(disposition.to_position_id),
    isSender: me.positionIds.includes(disposition.from_position_id),
  };
  enforce(mayActOnDisposition(input.action, relation, disposition.status));
  if (input.version !== disposition.version) throw new ConflictError('correspondence.staleVersion');
  return inTransaction(ctx, async (tx) => {
    const status = statusAfter(input.action, disposition.status);
    const changes = { ...(await changesOf(tx, disposition, me)), status };
    const version = await updateIfVersion(tx, disposition.id, disposition.version, changes);
    await refreshLetterStatus(tx, letter);
    await recordAudit(tx, `correspondence.disposition.${input.action}`, {
      objectType: 'disposition',
      objectId: disposition.id,
      data: { status },
    });
    return { id: disposition.id, status, version };
  });
}

/** Opens a disposition: the first opening by a recipient records the read receipt (terkirim → dibaca). */
export async function openDisposition(ctx: RequestContext, dispositionId: string): Promise<DispositionState> {
  const me = await whoAmI(ctx);
  const { disposition } = await visibleDisposition(ctx, dispositionId, me);
  const relation = { isRecipient: me.positionIds.includes(disposition.to_position_id), isSender: false };
  enforce(mayActOnDisposition('open', relation, disposition.status));
  if (disposition.read_at) return { id: disposition.id, status: disposition.status, version: disposition.version };
  return act(ctx, { dispositionId, action: 'open', version: disposition.version }, (tx, row, who) => readReceipt(tx, row, who));
}

/** The recipient reports the follow-up (note, optional PDF): → ditindaklanjuti. */
export async function completeDisposition(
  ctx: RequestContext,
  dispositionId: string,
  input: CompleteInput,
  attachment?: UploadedScan,
): Promise<DispositionState> {
  if (attachment) await assertAcceptablePdf(attachment.data);
  return act(ctx, { dispositionId, action: 'complete', version: input.version }, async (tx, row, me) => {
    const file = attachment
      ? await storeFile(tx, attachment.data, 'application/pdf', attachment.fileName || 'laporan.pdf')
      : null;
    const now = tx.platform.now().toISOString();
    return {
      ...(await readReceipt(tx, row, me)),
      completed_at: now,
      completion_note: input.note,
      completion_file_id: file?.id ?? null,
    };
  });
}

/** The recipient closes without follow-up ("tidak perlu tindak lanjut"): → selesai. */
export async function closeDisposition(ctx: RequestContext, dispositionId: string, input: CloseInput): Promise<DispositionState> {
  return act(ctx, { dispositionId, action: 'close', version: input.version }, async (tx, row, me) => ({
    ...(await readReceipt(tx, row, me)),
    completed_at: tx.platform.now().toISOString(),
    completion_note: input.note || 'Tidak perlu tindak lanjut',
  }));
}

/** The sender withdraws a disposition nobody has read yet: → dibatalkan (a read one answers 409). */
export async function cancelDisposition(ctx: RequestContext, dispositionId: string, version: number): Promise<DispositionState> {
  return act(ctx, { dispositionId, action: 'cancel', version }, async () => ({}));
}

/** The recipient refuses a disposition that reached the wrong position (salah sasaran), with the reason. */
export async function rejectDisposition(
  ctx: RequestContext,
  dispositionId: string,
  input: RejectInput,
): Promise<DispositionState> {
  return act(ctx, { dispositionId, action: 'reject', version: input.version }, async (tx, row, me) => ({
    ...(await readReceipt(tx, row, me)),
    rejection_reason: input.reason,
  }));
}
