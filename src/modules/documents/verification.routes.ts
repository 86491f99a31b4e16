import { z } from 'zod';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { UploadCheckView, VerificationCodeParams, VerificationView } from './documents.contract.ts';
import { uploadedFile } from './documents.routes.ts';
import { checkUploadedPdf, throttlePublicVerification, verifyByCode } from './verification.service.ts';

/** The public verification page's API: no login, rate limited, reveals nothing for unknown codes. */
export const verificationRoutes = defineRoutes('verification', (r) => {
  r.publicRoute({
    method: 'GET',
    url: '/api/public/verifikasi/:code',
    summary: 'Verifikasi naskah bertanda tangan elektronik dari kode QR (verify a signed document)',
    params: VerificationCodeParams,
    response: { 200: VerificationView },
    handler: async ({ pub, params }) => {
      await throttlePublicVerification(pub);
      return verifyByCode(pub, params.code);
    },
  });
  r.publicRoute({
    method: 'POST',
    url: '/api/public/verifikasi',
    summary: 'Periksa berkas PDF terhadap catatan Pamong (check an uploaded PDF)',
    consumes: ['multipart/form-data'],
    querystring: z.object({ code: z.string().trim().max(64).optional() }),
    response: { 200: UploadCheckView },
    handler: async ({ pub, request, query }) => {
      await throttlePublicVerification(pub);
      const { data, fields } = await uploadedFile(request, 'documents.noFile');
      return checkUploadedPdf(pub, data, query.code ?? fields.code);
    },
  });
});
