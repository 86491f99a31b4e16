/** Filing letters: put a letter into a berkas, move it to another, take it out. Each is one transaction + audit. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { ConflictError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { visibleLetter, whoAmI } from '../correspondence/index.ts';
import { filerRelation } from './filing.ts';
import type { FiledView } from './records.contract.ts';
import { enforce, kkaFilingWarning, mayAddLetter, mayMoveLetter, mayRemoveLetter, topLevelKka } from './records.policy.ts';
import { filingOfLetter, loadCaseFile } from './records.repository.ts';

type Letter = Awaited<ReturnType<typeof visibleLetter>>;

/** SECURITY: the letter only when the caller may see it (404 otherwise), with the caller's filer relation. */
async function letterToFile(ctx: RequestContext, letterId: string) {
  const me = await whoAmI(ctx);
  const letter = await visibleLetter(ctx, letterId, me);
  return { letter, filer: filerRelation(ctx, me, letter) };
}

function filedAnswer(ctx: RequestContext, caseFile: { id: string; kka_code: string }, letter: Letter): FiledView {
  const key = kkaFilingWarning(caseFile.kka_code, letter.kka_code);
  const params = { letter: letter.kka_code, top: topLevelKka(caseFile.kka_code) };
  return {
    caseFileId: caseFile.id,
    letterId: letter.id,
    warning: key ? { code: 'kkaOtherClass', message: translate(ctx.locale, key, params) } : null,
  };
}

/** Puts an unfiled letter into an open berkas; 409 when the letter is already in a berkas or the berkas is closed. */
export async function fileLetter(ctx: RequestContext, caseFileId: string, letterId: string): Promise<FiledView> {
  await loadCaseFile(ctx, caseFileId);
  const { letter, filer } = await letterToFile(ctx, letterId);
  return inTransaction(ctx, async (tx) => {
    const caseFile = await loadCaseFile(tx, caseFileId);
    enforce(mayAddLetter(filer, caseFile.status));
    const existing = await filingOfLetter(tx, letter.id);
    if (existing) {
      const holder = await loadCaseFile(tx, existing.case_file_id);
      throw new ConflictError('records.letterAlreadyFiled', { number: holder.number });
    }
    const at = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('case_file_letters', {
        case_file_id: caseFile.id,
        letter_id: letter.id,
        added_by: tx.actor.userId,
        added_at: at,
      })
      .execute();
    await recordAudit(tx, 'records.letter.filed', {
      objectType: 'case_file',
      objectId: caseFile.id,
      data: { letterId: letter.id, number: caseFile.number },
    });
    return filedAnswer(tx, caseFile, letter);
  });
}

/** The filing of the letter in this berkas; 409 when the letter is not in it. */
async function filingIn(ctx: RequestContext, caseFileId: string, letterId: string) {
  const filing = await filingOfLetter(ctx, letterId);
  if (!filing || filing.case_file_id !== caseFileId) throw new ConflictError('records.notInCaseFile');
  return filing;
}

/** Moves a letter from one open berkas to another open berkas. */
export async function moveLetter(
  ctx: RequestContext,
  input: { caseFileId: string; letterId: string; toCaseFileId: string },
): Promise<FiledView> {
  await loadCaseFile(ctx, input.caseFileId);
  const { letter, filer } = await letterToFile(ctx, input.letterId);
  return inTransaction(ctx, async (tx) => {
    const from = await loadCaseFile(tx, input.caseFileId);
    const to = await loadCaseFile(tx, input.toCaseFileId);
    await filingIn(tx, from.id, letter.id);
    if (from.id === to.id) throw new ConflictError('records.sameCaseFile');
    enforce(mayMoveLetter(filer, from.status, to.status));
    await tenantDb(tx)
      .updateTable('case_file_letters')
      .set({ case_file_id: to.id, added_by: tx.actor.userId, added_at: tx.platform.now().toISOString() })
      .where('letter_id', '=', letter.id)
      .where('case_file_id', '=', from.id)
      .execute();
    await recordAudit(tx, 'records.letter.moved', {
      objectType: 'case_file',
      objectId: to.id,
      data: { letterId: letter.id, from: from.number, to: to.number },
    });
    return filedAnswer(tx, to, letter);
  });
}

/** Takes a letter out of its (open) berkas; the letter becomes unfiled. */
export async function removeLetter(ctx: RequestContext, caseFileId: string, letterId: string): Promise<void> {
  await loadCaseFile(ctx, caseFileId);
  const { letter, filer } = await letterToFile(ctx, letterId);
  await inTransaction(ctx, async (tx) => {
    const caseFile = await loadCaseFile(tx, caseFileId);
    await filingIn(tx, caseFile.id, letter.id);
    enforce(mayRemoveLetter(filer, caseFile.status));
    await tenantDb(tx)
      .deleteFrom('case_file_letters')
      .where('letter_id', '=', letter.id)
      .where('case_file_id', '=', caseFile.id)
      .execute();
    await recordAudit(tx, 'records.letter.removed', {
      objectType: 'case_file',
      objectId: caseFile.id,
      data: { letterId: letter.id, number: caseFile.number },
    });
  });
}
