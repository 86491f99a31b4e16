/** Public API of the documents module: kop, official documents, electronic signatures, public verification. */
export { resealCertificateKeys } from './certificate-keys-reseal.ts';
export { ensureSigningAuthority } from './certificates.service.ts';
export { CreateDocumentInput } from './documents.contract.ts';
export { documentsMessages } from './documents.messages.ts';
export { documentPdf } from './documents.queries.ts';
export { documentsRoutes } from './documents.routes.ts';
export { createDocument } from './documents.service.ts';
export { letterheadRoutes } from './letterhead.routes.ts';
export { kopForUnit, saveLetterhead } from './letterhead.service.ts';
export { documentsAwaitingSignature } from './signature-queue.queries.ts';
export { signDocument } from './signing.service.ts';
export { verificationRoutes } from './verification.routes.ts';
export { withdrawUnsignedDocument } from './withdraw.service.ts';
