/**
 * Evidence files (bukti dukung) uploaded for LKE criteria: listed and downloaded by whoever may read the evaluation,
 * uploaded by the OPD while it self-assesses or the evaluator while evaluating, removed by the side that uploaded
 * them. Type checks and storage are the follow-up evidence's (`evidence-upload.ts`); one transaction per use case.
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
import {
  type EvidenceFileListView,
  type EvidenceFileView,
  type EvidenceUploadFields,
  MAX_EVIDENCE_FILES_PER_CRITERION,
  MAX_EVIDENCE_FILES_PER_UPLOAD,
} from './evidence-files.contract.ts';
import { mayRemoveEvidence, mayUploadEvidence, uploadSide } from './evidence-files.policy.ts';
import { fileTypeProblems, storeUploadedFile, type UploadedFile } from './evidence-upload.ts';
import { criteriaOf } from './scoring/index.ts';
import { templateOfEvaluation } from './templates.service.ts';

const K = 'evaluation.evidenceFiles';

/** An upload as read from the request: the criterion and the `file` parts. */
export interface EvidenceUpload {
  readonly input: EvidenceUploadFields;
  readonly files: readonly UploadedFile[];
}

/** The evidence file rows of an evaluation (optionally only some ids) with their stored file's facts. */
function fileRows(ctx: RequestContext, evaluationId: string) {
  return tenantDb(ctx)
    .selectFrom('evaluation_evidence_files')
    .innerJoin('files', (j) =>
      j
        .onRef('files.tenant_id', '=', 'evaluation_evidence_files.tenant_id')
        .onRef('files.id', '=', 'evaluation_evidence_files.file_id'),
    )
    .leftJoin('users', (j) =>
      j
        .onRef('users.tenant_id', '=', 'evaluation_evidence_files.tenant_id')
        .onRef('users.id', '=', 'evaluation_evidence_files.uploaded_by'),
    )
    .selectAll('evaluation_evidence_files')
    .select(['files.original_name', 'files.content_type', 'files.size', 'files.sha256', 'users.display_name'])
    .where('evaluation_evidence_files.evaluation_id', '=', evaluationId)
    .orderBy('evaluation_evidence_files.uploaded_at')
    .orderBy('evaluation_evidence_files.id')
    .execute();
}

/** SECURITY: the evaluation through tenantDb (404 for another tenant's), then who may read it. */
export async function listEvidenceFiles(ctx: RequestContext, evaluationId: string): Promise<EvidenceFileListView> {
  const ev = await loadEvaluation(ctx, evaluationId);
  const actor = await evaluationActor(ctx);
  enforce(mayRead(actor, ev.unit_id, ev.status));
  const rows = await fileRows(ctx, ev.id);
  return {
    items: rows.map(
      (r): EvidenceFileView => ({
        ...{ id: r.id, evaluationId: r.evaluation_id, criterionId: r.criterion_id, fileName: r.original_name ?? 'bukti' },
        ...{ contentType: r.content_type, size: Number(r.size), sha256: r.sha256, side: r.side },
        ...{ uploadedBy: r.uploaded_by, uploaderName: r.display_name ?? null, uploadedAt: r.uploaded_at },
        downloadUrl: `/api/evaluation/evidence-files/${r.id}`,
        mayRemove: mayRemoveEvidence(actor, ev.unit_id, ev.status, r.side).allowed,
      }),
    ),
  };
}

/** Field problems of an upload: unknown criterion, no file, too many files, a full criterion, bad file types. */
async function uploadProblems(
  ctx: RequestContext,
  ev: { id: string } & Parameters<typeof templateOfEvaluation>[1],
  upload: EvidenceUpload,
) {
  const { criterionId } = upload.input;
  if (!criterionId) return [{ field: 'criterionId', message: `${K}.criterionRequired` }];
  const { template } = await templateOfEvaluation(ctx, ev);
  if (!criteriaOf(template).some((l) => l.criterion.id === criterionId))
    return [{ field: 'criterionId', message: 'evaluation.unknownCriterion' }];
  if (upload.files.length === 0) return [{ field: 'file', message: 'evaluation.recommendations.noFile' }];
  if (upload.files.length > MAX_EVIDENCE_FILES_PER_UPLOAD)
    return [{ field: 'file', message: `${K}.tooManyFiles`, params: { max: MAX_EVIDENCE_FILES_PER_UPLOAD } }];
  const held = await tenantDb(ctx)
    .selectFrom('evaluation_evidence_files')
    .select('id')
    .where('evaluation_id', '=', ev.id)
    .where('criterion_id', '=', criterionId)
    .execute();
  if (held.length + upload.files.length > MAX_EVIDENCE_FILES_PER_CRITERION)
    return [{ field: 'file', message: `${K}.criterionFull`, params: { max: MAX_EVIDENCE_FILES_PER_CRITERION } }];
  return fileTypeProblems(upload.files);
}

/** Uploads evidence files for one criterion; answers the evaluation's evidence files afterwards. */
export async function uploadEvidenceFiles(
  ctx: RequestContext,
  evaluationId: string,
  readUpload: () => Promise<EvidenceUpload>,
): Promise<EvidenceFileListView> {
  // SECURITY: tenant-scoped lookup first (404 for another tenant's id), the policy after, the body read last.
  const ev = await loadEvaluation(ctx, evaluationId);
  enforce(mayUploadEvidence(await evaluationActor(ctx), ev.unit_id, ev.status));
  const upload = await readUpload();
  const problems = await uploadProblems(ctx, ev, upload);
  if (problems.length > 0) throw new ValidationError(problems);
  const criterionId = upload.input.criterionId ?? '';
  await inTransaction(ctx, async (tx) => {
    // The state is decided again inside the transaction, so a concurrent submit or finalise is not outrun.
    const current = await loadEvaluation(tx, ev.id);
    const actor = await evaluationActor(tx);
    enforce(mayUploadEvidence(actor, current.unit_id, current.status));
    const side = uploadSide(actor, current.unit_id, current.status) ?? 'unit';
    const now = tx.platform.now().toISOString();
    const stored = [];
    for (const file of upload.files) {
      const saved = await storeUploadedFile(tx, file);
      const id = newId();
      await tenantDb(tx)
        .insertInto('evaluation_evidence_files', {
          ...{ id, evaluation_id: ev.id, criterion_id: criterionId, file_id: saved.id },
          ...{ side, uploaded_by: tx.actor.userId, uploaded_at: now },
        })
        .execute();
      stored.push({ id, sha256: saved.sha256, size: saved.size });
    }
    await recordAudit(tx, 'evaluation.evidence_file.uploaded', {
      ...{ objectType: 'evaluation', objectId: ev.id },
      data: { criterionId, side, files: stored },
    });
  });
  return listEvidenceFiles(ctx, ev.id);
}

/** SECURITY: the evidence file row through tenantDb (404 for another tenant's), and its evaluation. */
async function loadEvidenceFile(ctx: RequestContext, evidenceFileId: string) {
  const row = await tenantDb(ctx)
    .selectFrom('evaluation_evidence_files')
    .selectAll()
    .where('id', '=', evidenceFileId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('evidenceFile');
  return { row, ev: await loadEvaluation(ctx, row.evaluation_id) };
}

/** The bytes of an evidence file, for whoever may read its evaluation. */
export async function evidenceFileDownload(ctx: RequestContext, evidenceFileId: string) {
  const { row, ev } = await loadEvidenceFile(ctx, evidenceFileId);
  enforce(mayRead(await evaluationActor(ctx), ev.unit_id, ev.status));
  const file = await tenantDb(ctx)
    .selectFrom('files')
    .select(['content_type', 'original_name'])
    .where('id', '=', row.file_id)
    .executeTakeFirstOrThrow();
  return { bytes: await loadFile(ctx, row.file_id), contentType: file.content_type, fileName: file.original_name ?? 'bukti' };
}

/** Removes an evidence file from its criterion (the stored bytes stay, as every stored file does). */
export async function removeEvidenceFile(ctx: RequestContext, evidenceFileId: string): Promise<{ removed: true }> {
  const { row, ev } = await loadEvidenceFile(ctx, evidenceFileId);
  enforce(mayRemoveEvidence(await evaluationActor(ctx), ev.unit_id, ev.status, row.side));
  await inTransaction(ctx, async (tx) => {
    const current = await loadEvaluation(tx, ev.id);
    enforce(mayRemoveEvidence(await evaluationActor(tx), current.unit_id, current.status, row.side));
    const done = await tenantDb(tx).deleteFrom('evaluation_evidence_files').where('id', '=', row.id).executeTakeFirst();
    if (Number(done.numDeletedRows) !== 1) throw new NotFoundError('evidenceFile');
    await recordAudit(tx, 'evaluation.evidence_file.removed', {
      ...{ objectType: 'evaluation', objectId: ev.id },
      data: { evidenceFileId: row.id, criterionId: row.criterion_id, fileId: row.file_id, side: row.side },
    });
  });
  return { removed: true };
}
