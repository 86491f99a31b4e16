/** Routes of the evidence files (bukti dukung) uploaded for LKE criteria, under `/api/evaluation`. */
import { z } from 'zod';
import type { RouteRegistrar } from '../../platform/http/define-routes.ts';
import { EvaluationIdParams } from './evaluation.contract.ts';
import { parseFields, readMultipart, sendFile } from './evaluation-http.ts';
import * as C from './evidence-files.contract.ts';
import { evidenceFileDownload, listEvidenceFiles, removeEvidenceFile, uploadEvidenceFiles } from './evidence-files.service.ts';

const READ = 'performance.plan.read' as const;
const OF_EVALUATION = '/api/evaluation/evaluations/:evaluationId/evidence-files';
const ONE = '/api/evaluation/evidence-files/:evidenceFileId';

/**
 * SECURITY: every route names an evaluation or an evidence file and declares the read permission, so another
 * tenant's id answers 404 from the tenant-scoped lookup; evidence-files.policy.ts then decides (the OPD uploads while
 * self-assessing, the evaluator while evaluating, each side removes its own; readers of the evaluation download).
 */
export function evidenceFileRoutes(r: RouteRegistrar): void {
  r.route({
    method: 'GET',
    url: OF_EVALUATION,
    summary: 'Berkas bukti dukung kriteria LKE (evidence files of an evaluation)',
    permission: READ,
    params: EvaluationIdParams,
    response: { 200: C.EvidenceFileListView },
    handler: ({ ctx, params }) => listEvidenceFiles(ctx, params.evaluationId),
  });
  r.route({
    method: 'POST',
    url: OF_EVALUATION,
    summary: 'Unggah bukti dukung kriteria (`?criterionId=`; multipart `file` PDF/JPEG/PNG, paling banyak 5)',
    permission: READ,
    consumes: ['multipart/form-data'],
    params: EvaluationIdParams,
    querystring: C.EvidenceUploadFields,
    status: 201,
    response: { 201: C.EvidenceFileListView },
    handler: ({ ctx, params, query, request }) =>
      uploadEvidenceFiles(ctx, params.evaluationId, async () => {
        if (!request.isMultipart()) return { input: parseFields(C.EvidenceUploadFields, request.body ?? {}), files: [] };
        const { fields, files } = await readMultipart(request, C.MAX_EVIDENCE_FILES_PER_UPLOAD);
        return { input: parseFields(C.EvidenceUploadFields, { ...fields, ...query }), files };
      }),
  });
  r.route({
    method: 'GET',
    url: ONE,
    summary: 'Unduh berkas bukti dukung kriteria',
    permission: READ,
    params: C.EvidenceFileIdParams,
    handler: async ({ ctx, params, reply }) => sendFile(reply, await evidenceFileDownload(ctx, params.evidenceFileId)),
  });
  r.route({
    method: 'DELETE',
    url: ONE,
    summary: 'Hapus berkas bukti dukung (oleh pihak yang mengunggahnya, selama tahapnya)',
    permission: READ,
    params: C.EvidenceFileIdParams,
    response: { 200: z.object({ removed: z.literal(true) }) },
    handler: ({ ctx, params }) => removeEvidenceFile(ctx, params.evidenceFileId),
  });
}
