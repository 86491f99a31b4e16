import { defineRoutes, type RouteRegistrar } from '../../platform/http/define-routes.ts';
import { fileLetter, moveLetter, removeLetter } from './case-file-letters.service.ts';
import { caseFileOfLetter, getCaseFile, listCaseFiles } from './case-files.queries.ts';
import { closeCaseFile, createCaseFile, reopenCaseFile } from './case-files.service.ts';
import {
  CaseFileDetailView,
  CaseFileIdParams,
  CaseFileLetterParams,
  CaseFileListQuery,
  CaseFileListView,
  CaseFileVersionInput,
  CaseFileView,
  CreateCaseFileInput,
  FiledView,
  FileLetterInput,
  LetterCaseFileView,
  LetterIdParams,
  MoveLetterInput,
} from './records.contract.ts';

const READ = 'correspondence.letter.read' as const;

/**
 * Berkas (case files). Reading needs `correspondence.letter.read`; the letters inside are filtered per caller.
 * Creating needs `archive.record.manage`. Routes on one berkas declare the read permission and the service applies
 * the records policy after the tenant-scoped lookup, so a berkas of another tenant is a 404 before any 403, and the
 * finer rule (arsiparis, or the pencatat who registered the letter) lives in records.policy.ts.
 */
export const recordsRoutes = defineRoutes('records', (r) => {
  r.route({
    method: 'GET',
    url: '/api/case-files',
    summary: 'Daftar berkas (filter unit, tahun, KKA, status, kata), terbaru dahulu, halaman keyset',
    permission: READ,
    querystring: CaseFileListQuery,
    response: { 200: CaseFileListView },
    handler: ({ ctx, query }) => listCaseFiles(ctx, query),
  });
  r.route({
    method: 'POST',
    url: '/api/case-files',
    summary: 'Buka berkas baru (arsiparis) dengan KKA paket regulasi yang berlaku',
    permission: 'archive.record.manage',
    body: CreateCaseFileInput,
    status: 201,
    response: { 201: CaseFileView },
    handler: ({ ctx, body }) => createCaseFile(ctx, body),
  });
  r.route({
    method: 'GET',
    url: '/api/case-files/:caseFileId',
    summary: 'Satu berkas dengan surat yang boleh Anda lihat (lainnya hanya dihitung)',
    permission: READ,
    params: CaseFileIdParams,
    response: { 200: CaseFileDetailView },
    handler: ({ ctx, params }) => getCaseFile(ctx, params.caseFileId),
  });
  r.route({
    method: 'POST',
    url: '/api/case-files/:caseFileId/close',
    summary: 'Tutup berkas (arsiparis; compare-and-set pada versi)',
    permission: READ,
    params: CaseFileIdParams,
    body: CaseFileVersionInput,
    response: { 200: CaseFileView },
    handler: ({ ctx, params, body }) => closeCaseFile(ctx, params.caseFileId, body.version),
  });
  r.route({
    method: 'POST',
    url: '/api/case-files/:caseFileId/reopen',
    summary: 'Buka kembali berkas yang tertutup (arsiparis)',
    permission: READ,
    params: CaseFileIdParams,
    body: CaseFileVersionInput,
    response: { 200: CaseFileView },
    handler: ({ ctx, params, body }) => reopenCaseFile(ctx, params.caseFileId, body.version),
  });
  fileRoutes(r);
});

/** Filing letters into berkas, and the berkas of one letter. */
function fileRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: '/api/case-files/:caseFileId/letters',
    summary: 'Masukkan surat ke berkas (arsiparis atau pencatat surat itu)',
    permission: READ,
    params: CaseFileIdParams,
    body: FileLetterInput,
    status: 201,
    response: { 201: FiledView },
    handler: ({ ctx, params, body }) => fileLetter(ctx, params.caseFileId, body.letterId),
  });
  r.route({
    method: 'POST',
    url: '/api/case-files/:caseFileId/letters/:letterId/move',
    summary: 'Pindahkan surat ke berkas lain',
    permission: READ,
    params: CaseFileLetterParams,
    body: MoveLetterInput,
    response: { 200: FiledView },
    handler: ({ ctx, params, body }) => moveLetter(ctx, { ...params, toCaseFileId: body.toCaseFileId }),
  });
  r.route({
    method: 'DELETE',
    url: '/api/case-files/:caseFileId/letters/:letterId',
    summary: 'Keluarkan surat dari berkas',
    permission: READ,
    params: CaseFileLetterParams,
    status: 204,
    handler: ({ ctx, params }) => removeLetter(ctx, params.caseFileId, params.letterId),
  });
  r.route({
    method: 'GET',
    url: '/api/letters/:letterId/case-file',
    summary: 'Berkas tempat surat disimpan (404 bila surat tidak boleh Anda lihat)',
    permission: READ,
    params: LetterIdParams,
    response: { 200: LetterCaseFileView },
    handler: ({ ctx, params }) => caseFileOfLetter(ctx, params.letterId),
  });
}
