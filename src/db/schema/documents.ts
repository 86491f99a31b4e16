/** A kop naskah dinas: the regency's (scope_key `tenant`) or a unit's own (scope_key = unit id). */
export interface LetterheadsTable {
  tenant_id: string;
  id: string;
  unit_id: string | null;
  scope_key: string;
  /** JSON array of name lines, top to bottom. */
  lines: string;
  address: string;
  phone: string | null;
  fax: string | null;
  website: string | null;
  email: string | null;
  postal_code: string | null;
  lambang_file_id: string | null;
  updated_at: string;
}

/** The tenant's own certificate authority for local signing; its private key is stored sealed. */
export interface SigningAuthoritiesTable {
  tenant_id: string;
  id: string;
  subject: string;
  serial_hex: string;
  /** Base64 DER. */
  certificate_der: string;
  private_key_sealed: string;
  not_before: string;
  not_after: string;
  status: 'active' | 'retired';
  created_at: string;
}

/** A signer's certificate issued by the tenant CA; private key sealed; revocation recorded here. */
export interface SignerCertificatesTable {
  tenant_id: string;
  id: string;
  authority_id: string;
  employee_id: string;
  subject_cn: string;
  serial_hex: string;
  certificate_der: string;
  private_key_sealed: string;
  not_before: string;
  not_after: string;
  created_at: string;
  revoked_at: string | null;
  revoked_reason: string | null;
  revoked_by: string | null;
}

/** An official document (naskah dinas) rendered from structured content, signed in turn by its signers. */
export interface OfficialDocumentsTable {
  tenant_id: string;
  id: string;
  /** Jenis naskah code, e.g. `surat_dinas`, `surat_tugas`, `perjanjian_kinerja`. */
  kind: string;
  title: string;
  number: string | null;
  doc_date: string;
  subject: string;
  security: 'biasa' | 'terbatas' | 'rahasia' | 'sangat_rahasia';
  unit_id: string | null;
  /** JSON NaskahContent (without the kop, which comes from letterheads at render time). */
  content: string;
  status: 'draft' | 'signing' | 'final' | 'withdrawn';
  /** The workflow that made it and signs it (`correspondence.outgoing`); null for a document made on its own. */
  workflow: string | null;
  verification_code: string;
  /** The current PDF (rendered, then after each signature). */
  file_id: string | null;
  sha256: string | null;
  page_count: number | null;
  /** JSON SignatureSlot[]: where each signer's visible signature goes. */
  slots: string;
  created_by: string | null;
  created_at: string;
  finalized_at: string | null;
}

/** One signer of a document, in signing order, with what their signature produced. */
export interface DocumentSignersTable {
  tenant_id: string;
  id: string;
  document_id: string;
  order_no: number;
  employee_id: string;
  /** JSON SignerBlock as printed. */
  block: string;
  status: 'pending' | 'signed';
  signed_at: string | null;
  provider: 'local' | 'bsre' | null;
  certificate_id: string | null;
  certificate_serial: string | null;
  certificate_subject: string | null;
  file_id: string | null;
  sha256: string | null;
}

/** Platform index: public verification code → the tenant and document it belongs to. */
export interface VerificationCodesTable {
  code: string;
  owner_tenant_id: string;
  document_id: string;
  created_at: string;
}

/** Platform index: the SHA-256 of every signed revision → its verification code. */
export interface VerificationRevisionsTable {
  sha256: string;
  code: string;
}

export interface DocumentTables {
  letterheads: LetterheadsTable;
  signing_authorities: SigningAuthoritiesTable;
  signer_certificates: SignerCertificatesTable;
  official_documents: OfficialDocumentsTable;
  document_signers: DocumentSignersTable;
}

export interface VerificationTables {
  verification_codes: VerificationCodesTable;
  verification_revisions: VerificationRevisionsTable;
}
