import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { ValidationError } from '../../shared/errors.ts';
import { listCertificates, myCertificate, reissueCertificate, revokeCertificate } from './certificates.service.ts';
import {
  CertificateIdParams,
  CertificateListView,
  CreateDocumentInput,
  DocumentIdParams,
  DocumentListView,
  DocumentView,
  RevokeCertificateInput,
  SignDocumentInput,
} from './documents.contract.ts';
import { documentPdf, getDocument, listDocuments } from './documents.queries.ts';
import { actorEmployeeId, createDocument, previewDocument } from './documents.service.ts';
import { asLayoutProblem } from './layout-problems.ts';
import { signStandaloneDocument } from './signing.service.ts';

/** Sends PDF bytes inline (the browser shows them) with a safe file name. */
export function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string) {
  return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(pdf);
}

/** The one uploaded file of a multipart request, or a 422 naming the field. */
export async function uploadedFile(
  request: FastifyRequest,
  messageKey: string,
): Promise<{ data: Buffer; fields: Record<string, string> }> {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (file?.fieldname !== 'file') throw new ValidationError([{ field: 'file', message: messageKey }]);
  const data = await file.toBuffer();
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(file.fields)) {
    const field = Array.isArray(value) ? value[0] : value;
    if (field && field.type === 'field' && typeof field.value === 'string') fields[name] = field.value;
  }
  return { data, fields };
}

const EmployeeIdParams = z.object({ employeeId: z.uuid() });

/** Official documents: create from structured content, preview, sign in turn, download; signer certificates. */
export const documentsRoutes = defineRoutes('documents', (r) => {
  r.route({
    method: 'POST',
    url: '/api/documents/preview',
    summary: 'Pratinjau PDF naskah dinas dari isi terstruktur (preview, nothing saved)',
    permission: 'documents.create',
    body: CreateDocumentInput,
    handler: async ({ ctx, body, reply }) =>
      sendPdf(reply, await asLayoutProblem(() => previewDocument(ctx, body)), 'pratinjau.pdf'),
  });
  r.route({
    method: 'POST',
    url: '/api/documents',
    summary: 'Buat naskah siap tanda tangan (create a document for signing)',
    permission: 'documents.create',
    body: CreateDocumentInput,
    status: 201,
    response: { 201: z.object({ id: z.string(), code: z.string() }) },
    handler: ({ ctx, body }) => asLayoutProblem(() => createDocument(ctx, body)),
  });
  r.route({
    method: 'GET',
    url: '/api/documents',
    summary: 'Naskah yang saya buat atau harus saya tandatangani (my documents)',
    permission: 'documents.sign',
    response: { 200: DocumentListView },
    handler: async ({ ctx }) => ({
      items: await listDocuments(ctx),
      myCertificate: await myCertificate(ctx, await actorEmployeeId(ctx)),
      signingProvider: ctx.platform.signing.provider,
    }),
  });
  r.route({
    method: 'GET',
    url: '/api/documents/:documentId',
    summary: 'Satu naskah dengan penandatangannya (one document)',
    permission: 'documents.sign',
    params: DocumentIdParams,
    response: { 200: DocumentView },
    handler: ({ ctx, params }) => getDocument(ctx, params.documentId),
  });
  r.route({
    method: 'GET',
    url: '/api/documents/:documentId/pdf',
    summary: 'PDF naskah saat ini (current PDF, with every signature so far)',
    permission: 'documents.sign',
    params: DocumentIdParams,
    handler: async ({ ctx, params, reply }) => {
      const { pdf, fileName } = await documentPdf(ctx, params.documentId);
      return sendPdf(reply, pdf, fileName);
    },
  });
  r.route({
    method: 'POST',
    url: '/api/documents/:documentId/sign',
    summary: 'Tandatangani secara elektronik (sign; BSrE needs the passphrase, never stored)',
    permission: 'documents.sign',
    params: DocumentIdParams,
    body: SignDocumentInput,
    response: { 200: DocumentView },
    handler: async ({ ctx, params, body }) => {
      await signStandaloneDocument(ctx, params.documentId, body);
      return getDocument(ctx, params.documentId);
    },
  });
  r.route({
    method: 'GET',
    url: '/api/signing/certificates',
    summary: 'Sertifikat penandatangan dan masa berlakunya (signer certificates)',
    permission: 'documents.manage',
    response: { 200: CertificateListView },
    handler: ({ ctx }) => listCertificates(ctx),
  });
  r.route({
    method: 'POST',
    url: '/api/signing/certificates/:certificateId/revoke',
    summary: 'Cabut sertifikat (revoke a signer certificate)',
    permission: 'documents.manage',
    params: CertificateIdParams,
    body: RevokeCertificateInput,
    status: 204,
    handler: ({ ctx, params, body }) => revokeCertificate(ctx, params.certificateId, body.reason),
  });
  r.route({
    method: 'POST',
    url: '/api/signing/employees/:employeeId/certificate',
    summary: 'Terbitkan sertifikat baru untuk pegawai (issue a new certificate)',
    permission: 'documents.manage',
    params: EmployeeIdParams,
    status: 201,
    response: { 201: z.object({ id: z.string() }) },
    handler: ({ ctx, params }) => reissueCertificate(ctx, params.employeeId),
  });
});
