import type { UploadCheckView, VerificationView } from '../../../../src/modules/documents/documents.contract.ts';
import { api, queryString } from '../../app/api.ts';

/** The public verification result of a code (no login needed). */
export type { UploadCheckView, VerificationView };

/** What an uploaded PDF turned out to be. */
export type UploadOutcome = UploadCheckView['outcome'];

/** The document status on the public page. */
export type VerificationStatus = VerificationView['status'];

/** Query key of one code's verification. */
export const verificationKey = (code: string) => ['public-verification', code] as const;

/** Checks a verification code against Pamong's record: the stored signed PDF is verified again on the server. */
export const fetchVerification = (code: string) => api<VerificationView>(`/api/public/verifikasi/${encodeURIComponent(code)}`);

/** Uploads a PDF to compare it with Pamong's record; `code` (from the QR link) helps find the document. */
export function checkPdf(file: File, code?: string): Promise<UploadCheckView> {
  const form = new FormData();
  form.append('file', file);
  return api<UploadCheckView>(`/api/public/verifikasi${queryString({ code })}`, { method: 'POST', body: form });
}
