import type { z } from 'zod';
import type {
  CertificateListView,
  CertificateView,
  CreateDocumentInput,
  DocumentListView,
  DocumentView,
  LetterheadInput,
  LetterheadView,
} from '../../../../src/modules/documents/documents.contract.ts';
import type { EmployeeListView, UnitView } from '../../../../src/modules/organization/organization.contract.ts';
import { api, queryString } from '../../app/api.ts';

export type { CreateDocumentInput, DocumentView, LetterheadInput, LetterheadView };

/** A signer certificate as the admin table shows it. */
export type Certificate = z.infer<typeof CertificateView>;
/** The certificates and the tenant's signing authority. */
export type CertificateList = z.infer<typeof CertificateListView>;
/** One signer of a document. */
export type DocumentSigner = DocumentView['signers'][number];
/** One pegawai found by the signer search. */
export type EmployeeOption = z.infer<typeof EmployeeListView>['items'][number];

/** Query keys of this feature, so mutations can invalidate them. */
export const documentKeys = {
  list: ['documents', 'list'] as const,
  kop: (unitId: string | null) => ['documents', 'kop', unitId ?? 'tenant'] as const,
  certificates: ['documents', 'certificates'] as const,
  employees: (q: string) => ['documents', 'employees', q] as const,
  units: ['documents', 'units'] as const,
};

/** Documents I created or must sign (newest first), my certificate's state and the signing provider. */
export type DocumentList = z.infer<typeof DocumentListView>;

/** Documents I created or must sign, newest first, with my certificate's state and the signing provider. */
export const fetchDocuments = () => api<DocumentList>('/api/documents');

/** The current PDF of a document (opened in a new tab; the browser sends the session cookie). */
export const documentPdfUrl = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/pdf`;

/**
 * Signs a document as the signed-in pegawai. SECURITY: the passphrase (BSrE only) goes straight into the
 * request body and is not kept here; the server passes it on to BSrE and never stores it.
 */
export const signDocument = (documentId: string, passphrase: string) =>
  api<DocumentView>(`/api/documents/${encodeURIComponent(documentId)}/sign`, {
    method: 'POST',
    body: passphrase ? { passphrase } : {},
  });

/** Saves a document for signing; the server renders and stores the PDF once. */
export const createDocument = (input: CreateDocumentInput) =>
  api<{ id: string; code: string }>('/api/documents', { method: 'POST', body: input });

/** Pegawai matching a search text (name or NIP), first page. */
export const searchEmployees = (q: string) =>
  api<z.infer<typeof EmployeeListView>>(`/api/org/employees${queryString({ q, pageSize: 20 })}`).then((r) => r.items);

/** All units of the organisation (flat), for the unit kop picker. */
export const fetchUnits = () => api<{ units: UnitView[] }>('/api/org/units').then((r) => r.units);

const kopPath = (unitId: string | null) =>
  unitId ? `/api/documents/kop/units/${encodeURIComponent(unitId)}` : '/api/documents/kop';

/** The kop of the regency (`null`) or of one unit allowed its own. */
export const fetchKop = (unitId: string | null) => api<LetterheadView>(kopPath(unitId));

/** Saves a kop. */
export const saveKop = (unitId: string | null, input: LetterheadInput) =>
  api<LetterheadView>(kopPath(unitId), { method: 'PUT', body: input });

/** Uploads the lambang (PNG/JPEG ≤ 1 MB) of a kop. */
export function uploadLambang(unitId: string | null, file: File): Promise<LetterheadView> {
  const form = new FormData();
  form.append('file', file);
  return api<LetterheadView>(`${kopPath(unitId)}/lambang`, { method: 'POST', body: form });
}

/** A sample letter with the kop, as a PDF address for an iframe; `version` defeats the browser cache after a save. */
export const kopPreviewUrl = (unitId: string | null, version: number) => `${kopPath(unitId)}/preview?v=${version}`;

/** Signer certificates with days left. */
export const fetchCertificates = () => api<CertificateList>('/api/signing/certificates');

/** Revokes a certificate; documents it signed then verify as "revoked". */
export const revokeCertificate = (certificateId: string, reason: string) =>
  api<void>(`/api/signing/certificates/${encodeURIComponent(certificateId)}/revoke`, { method: 'POST', body: { reason } });

/** Issues a new certificate for a pegawai whose certificate was revoked, expired or is expiring. */
export const reissueCertificate = (employeeId: string) =>
  api<{ id: string }>(`/api/signing/employees/${encodeURIComponent(employeeId)}/certificate`, { method: 'POST', body: {} });
