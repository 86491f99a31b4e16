/** Keeping the daftar berkas: open a berkas under a KKA of the active pack, close it, reopen it. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { whoAmI } from '../correspondence/index.ts';
import { findArchiveClass } from '../regulation/index.ts';
import { caseFileView } from './case-file-views.ts';
import type { CaseFileStatus, CaseFileView, CreateCaseFileInput } from './records.contract.ts';
import { caseFileNumber, enforce, mayChangeStatus, mayManageCaseFiles } from './records.policy.ts';
import { loadCaseFile, nextCaseFileSeq, setStatusIfVersion } from './records.repository.ts';

async function checkCreateInput(ctx: RequestContext, input: CreateCaseFileInput): Promise<void> {
  const problems: FieldProblem[] = [];
  if (!(await findArchiveClass(ctx, input.kka)))
    problems.push({ field: 'body.kka', message: 'records.unknownKka', params: { code: input.kka } });
  const unit = await tenantDb(ctx).selectFrom('units').select('id').where('id', '=', input.unitId).executeTakeFirst();
  if (!unit) problems.push({ field: 'body.unitId', message: 'records.unknownUnit' });
  if (problems.length > 0) throw new ValidationError(problems);
}

/** Opens a new berkas (arsiparis only), numbered `B-<year>-<seq>` per unit and year. */
export async function createCaseFile(ctx: RequestContext, input: CreateCaseFileInput): Promise<CaseFileView> {
  enforce(mayManageCaseFiles(ctx.actor.permissions.has('archive.record.manage')));
  await checkCreateInput(ctx, input);
  const year = input.year ?? Number((await whoAmI(ctx)).today.slice(0, 4));
  const id = newId();
  const row = await inTransaction(ctx, async (tx) => {
    const seq = await nextCaseFileSeq(tx, input.unitId, year);
    await tenantDb(tx)
      .insertInto('case_files', {
        id,
        unit_id: input.unitId,
        kka_code: input.kka,
        year,
        seq,
        number: caseFileNumber(year, seq),
        title: input.title,
        description: input.description ?? null,
        status: 'open',
        opened_at: tx.platform.now().toISOString(),
        closed_at: null,
        created_by: tx.actor.userId,
      })
      .execute();
    await recordAudit(tx, 'records.caseFile.created', {
      objectType: 'case_file',
      objectId: id,
      data: { number: caseFileNumber(year, seq), kka: input.kka, unitId: input.unitId },
    });
    return loadCaseFile(tx, id);
  });
  return caseFileView(ctx, row);
}

/** Closes or reopens a berkas (arsiparis only), compare-and-set on the version the user saw. */
async function changeStatus(ctx: RequestContext, caseFileId: string, version: number, to: CaseFileStatus) {
  const row = await loadCaseFile(ctx, caseFileId);
  enforce(mayChangeStatus(ctx.actor.permissions.has('archive.record.manage'), row.status, to));
  const updated = await inTransaction(ctx, async (tx) => {
    const closedAt = to === 'closed' ? tx.platform.now().toISOString() : null;
    await setStatusIfVersion(tx, row.id, version, { status: to, closed_at: closedAt });
    await recordAudit(tx, to === 'closed' ? 'records.caseFile.closed' : 'records.caseFile.reopened', {
      objectType: 'case_file',
      objectId: row.id,
      data: { number: row.number },
    });
    return loadCaseFile(tx, row.id);
  });
  return caseFileView(ctx, updated);
}

/** Closes a berkas: it takes no more letters (the closing date will start the retention clock). */
export function closeCaseFile(ctx: RequestContext, caseFileId: string, version: number): Promise<CaseFileView> {
  return changeStatus(ctx, caseFileId, version, 'closed');
}

/** Reopens a closed berkas. */
export function reopenCaseFile(ctx: RequestContext, caseFileId: string, version: number): Promise<CaseFileView> {
  return changeStatus(ctx, caseFileId, version, 'open');
}
