/**
 * Follow-up (tindak lanjut) of LHE recommendations by the OPD's planners: a dated entry with progress, a note and
 * evidence files (PDF, JPEG or PNG recognised by their first bytes, as realisasi evidence is); 100 % marks the
 * recommendation done. Evidence is downloaded by whoever may read the evaluation.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { loadFile } from '../../platform/storage/tenant-files.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { enforce, mayRead } from './evaluation.policy.ts';
import { evaluationActor } from './evaluation-actor.ts';
import { loadEvaluation } from './evaluations.queries.ts';
import { fileTypeProblems, storeUploadedFile, type UploadedFile } from './evidence-upload.ts';
import type { FollowupInput, RecommendationView } from './recommendations.contract.ts';
import { mayFollowUp, statusAfterProgress } from './recommendations.policy.ts';
import { loadRecommendation, tenantToday } from './recommendations.queries.ts';
import { bumpRecommendation, recommendationView } from './recommendations.service.ts';

const K = 'evaluation.recommendations';
/** Evidence files per follow-up entry. */
export const MAX_FOLLOWUP_FILES = 5;

/** An uploaded evidence file as read from the request. */
export type UploadedFollowupFile = UploadedFile;

/** A follow-up as read from the request: the validated fields and the evidence files. */
export interface FollowupUpload {
  readonly input: FollowupInput;
  readonly files: readonly UploadedFollowupFile[];
}

/** SECURITY: at most MAX_FOLLOWUP_FILES, each checked by its first bytes (`fileTypeProblems`) before anything is stored. */
export function followupFileProblems(files: readonly UploadedFollowupFile[]) {
  if (files.length > MAX_FOLLOWUP_FILES)
    return [{ field: 'file', message: `${K}.tooManyFiles`, params: { max: MAX_FOLLOWUP_FILES } }];
  return fileTypeProblems(files);
}

/** The OPD's planner records progress on a recommendation; 100 % marks it done. */
export async function addFollowup(
  ctx: RequestContext,
  recommendationId: string,
  readInput: () => Promise<FollowupUpload>,
): Promise<RecommendationView> {
  // SECURITY: tenant-scoped lookups first (404 for another tenant's id), the policy after.
  const rec = await loadRecommendation(ctx, recommendationId);
  const ev = await loadEvaluation(ctx, rec.evaluation_id);
  enforce(mayFollowUp(await evaluationActor(ctx), ev.unit_id, ev.status, rec.status));
  // The request body is read only after the 404 and 403 checks, so nobody out of scope makes the server buffer files.
  const { input, files } = await readInput();
  const today = await tenantToday(ctx);
  const problems = [
    ...(input.date > today ? [{ field: 'body.date', message: `${K}.futureDate`, params: { today } }] : []),
    ...followupFileProblems(files),
  ];
  if (problems.length > 0) throw new ValidationError(problems);
  await inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    const status = statusAfterProgress(input.progress);
    await bumpRecommendation(tx, rec.id, input.version, {
      status,
      progress: input.progress,
      done_at: status === 'done' ? now : null,
    });
    const stored = [];
    for (const f of files) stored.push(await storeUploadedFile(tx, f));
    const id = newId();
    await tenantDb(tx)
      .insertInto('recommendation_followups', {
        ...{ id, recommendation_id: rec.id, followup_date: input.date, progress: input.progress, note: input.note },
        ...{ evidence_file_ids: JSON.stringify(stored.map((s) => s.id)), entered_by: tx.actor.userId, entered_at: now },
      })
      .execute();
    const data = { followupId: id, progress: input.progress, status, files: stored.map((s) => s.sha256) };
    await recordAudit(tx, 'evaluation.recommendation.followed_up', {
      ...{ objectType: 'evaluation_recommendation', objectId: rec.id, data },
    });
  });
  return recommendationView(ctx, rec.id);
}

/** The bytes of an evidence file of a follow-up, for whoever may read the evaluation. */
export async function followupFile(
  ctx: RequestContext,
  followupId: string,
  fileId: string,
): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  // SECURITY: the follow-up through tenantDb (404 otherwise), and the file must be one of its own.
  const entry = await tenantDb(ctx)
    .selectFrom('recommendation_followups')
    .selectAll()
    .where('id', '=', followupId)
    .executeTakeFirst();
  if (!entry || !(JSON.parse(entry.evidence_file_ids) as string[]).includes(fileId)) throw new NotFoundError('followupFile');
  const rec = await loadRecommendation(ctx, entry.recommendation_id);
  const ev = await loadEvaluation(ctx, rec.evaluation_id);
  enforce(mayRead(await evaluationActor(ctx), ev.unit_id, ev.status));
  const file = await tenantDb(ctx)
    .selectFrom('files')
    .select(['content_type', 'original_name'])
    .where('id', '=', fileId)
    .executeTakeFirstOrThrow();
  return { bytes: await loadFile(ctx, fileId), contentType: file.content_type, fileName: file.original_name ?? 'bukti' };
}
