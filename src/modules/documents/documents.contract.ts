import { z } from 'zod';

const line = (max = 200) => z.string().trim().min(1).max(max);
const optionalLine = (max = 200) => z.string().trim().max(max).optional();

/** A list item with at most one level of sub-items. */
const ListItem = z.object({ text: line(2000), children: z.array(line(2000)).max(50).optional() });

/** One block of body content (paragraph, heading, list, table, label : value rows). */
export const BodyBlockInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: line(10_000) }),
  z.object({ kind: z.literal('heading'), text: line(300) }),
  z.object({
    kind: z.literal('list'),
    style: z.enum(['numbered', 'lettered', 'bullet']),
    items: z.array(ListItem).min(1).max(200),
  }),
  z.object({
    kind: z.literal('table'),
    header: z.array(z.string().trim().max(200)).min(1).max(12),
    rows: z.array(z.array(z.string().trim().max(2000)).max(12)).max(2000),
  }),
  z.object({
    kind: z.literal('fields'),
    rows: z
      .array(z.object({ label: line(100), value: z.union([line(2000), z.array(line(2000)).min(1).max(50)]) }))
      .min(1)
      .max(100),
  }),
]);

/** The capacity a signer signs in: own right, a.n., u.b., Plt., Plh., Pj. */
export const SigningCapacity = z.enum(['definitif', 'an', 'ub', 'plt', 'plh', 'pj']);

/** Security classification (klasifikasi keamanan) of a document. */
export const SecurityClass = z.enum(['biasa', 'terbatas', 'rahasia', 'sangat_rahasia']);
export type SecurityClass = z.infer<typeof SecurityClass>;

/** A signer of a new document: the pegawai, and how the block reads. */
export const SignerInput = z.object({
  employeeId: z.uuid(),
  capacity: SigningCapacity.default('definitif'),
  jabatan: line(200),
  onBehalfOf: optionalLine(),
  via: optionalLine(),
});

/** `POST /api/documents`: structured content of a naskah dinas; number and kop are filled by Pamong. */
export const CreateDocumentInput = z.object({
  kind: z
    .string()
    .trim()
    .regex(/^[a-z_]{2,40}$/),
  layout: z.enum(['korespondensi', 'title_block']),
  variant: z.enum(['surat_dinas', 'undangan', 'nota_dinas']).optional(),
  title: line(200),
  number: optionalLine(100),
  unitId: z.uuid().optional(),
  place: line(100),
  date: z.iso.date(),
  security: SecurityClass.default('biasa'),
  sifat: optionalLine(50),
  lampiran: optionalLine(100),
  hal: optionalLine(500),
  about: optionalLine(500),
  from: optionalLine(),
  addressee: z.array(line()).max(10).optional(),
  addresseePlace: optionalLine(100),
  body: z.array(BodyBlockInput).min(1).max(500),
  signers: z.array(SignerInput).min(1).max(6),
  /** Where the signature blocks are printed: signer indices left to right, row by row (default: signing order). */
  printOrder: z.array(z.number().int().min(0).max(5)).max(6).optional(),
  tembusan: z.array(line()).max(30).optional(),
  attachments: z
    .array(z.object({ title: line(300), body: z.array(BodyBlockInput).min(1).max(500) }))
    .max(10)
    .optional(),
});
export type CreateDocumentInput = z.infer<typeof CreateDocumentInput>;

export const DocumentIdParams = z.object({ documentId: z.uuid() });
export const CertificateIdParams = z.object({ certificateId: z.uuid() });
export const UnitIdParams = z.object({ unitId: z.uuid() });

/** One signer of a document as shown to its users. */
export const DocumentSignerView = z.object({
  order: z.number(),
  employeeId: z.string(),
  name: z.string(),
  jabatan: z.string(),
  capacity: z.string(),
  status: z.enum(['pending', 'signed']),
  signedAt: z.string().nullable(),
  provider: z.string().nullable(),
});

/** A document in the signing workflow. */
export const DocumentView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  number: z.string().nullable(),
  date: z.string(),
  subject: z.string(),
  security: SecurityClass,
  status: z.enum(['draft', 'signing', 'final', 'withdrawn']),
  verificationUrl: z.string(),
  sha256: z.string().nullable(),
  pageCount: z.number().nullable(),
  signers: z.array(DocumentSignerView),
  /** True when the caller is the next signer. */
  mySignatureDue: z.boolean(),
  createdAt: z.string(),
});
export type DocumentView = z.infer<typeof DocumentView>;
/** The caller's own signer certificate, so the list can warn before it expires (null when none yet). */
export const MyCertificateView = z
  .object({ status: z.enum(['valid', 'expiring', 'expired', 'revoked']), daysLeft: z.number(), notAfter: z.string() })
  .nullable();
export const DocumentListView = z.object({
  items: z.array(DocumentView),
  myCertificate: MyCertificateView.optional(),
  /** `bsre` means signing asks for the signer's BSrE passphrase. */
  signingProvider: z.enum(['local', 'bsre']),
});

/** `POST /api/documents/:id/sign`: BSrE needs the signer's passphrase; it is passed on and never kept. */
export const SignDocumentInput = z.object({ passphrase: z.string().max(200).optional() });

/** The kop as an admin edits it. */
export const LetterheadInput = z.object({
  lines: z.array(line(120)).min(1).max(4),
  address: line(300),
  phone: optionalLine(60),
  fax: optionalLine(60),
  website: optionalLine(120),
  email: z
    .email()
    .max(120)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/)
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
export type LetterheadInput = z.infer<typeof LetterheadInput>;

export const LetterheadView = z.object({
  lines: z.array(z.string()),
  address: z.string(),
  phone: z.string().optional(),
  fax: z.string().optional(),
  website: z.string().optional(),
  email: z.string().optional(),
  postalCode: z.string().optional(),
  scope: z.enum(['tenant', 'unit']),
  unitId: z.string().nullable(),
  hasLambang: z.boolean(),
  /** False when nothing was saved yet and the view shows the generated default. */
  saved: z.boolean(),
});
export type LetterheadView = z.infer<typeof LetterheadView>;

/** A signer certificate as an admin sees it. */
export const CertificateView = z.object({
  id: z.string(),
  employeeId: z.string(),
  subject: z.string(),
  serial: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  status: z.enum(['valid', 'expiring', 'expired', 'revoked']),
  daysLeft: z.number(),
  revokedAt: z.string().nullable(),
  revokedReason: z.string().nullable(),
});
export const CertificateListView = z.object({
  authority: z.object({ subject: z.string(), notAfter: z.string() }).nullable(),
  items: z.array(CertificateView),
});
export const RevokeCertificateInput = z.object({ reason: line(300) });

/** The public verification result. Rahasia documents disclose only existence and validity. */
export const VerificationView = z.object({
  status: z.enum(['valid', 'changed', 'revoked', 'unsigned']),
  restricted: z.boolean(),
  regency: z.string(),
  document: z
    .object({
      title: z.string(),
      number: z.string().nullable(),
      date: z.string(),
      subject: z.string(),
      pageCount: z.number().nullable(),
    })
    .nullable(),
  signers: z.array(
    z.object({ name: z.string(), jabatan: z.string(), signedAt: z.string(), certificateSerial: z.string().nullable() }),
  ),
  checkedAt: z.string(),
});
export type VerificationView = z.infer<typeof VerificationView>;

/** What an uploaded PDF turned out to be, compared with Pamong's record. */
export const UploadCheckView = z.object({
  outcome: z.enum([
    'matches_record',
    'earlier_revision',
    'changed',
    'unknown_document',
    'foreign_signature',
    'unsigned',
    'not_pdf',
    'encrypted',
  ]),
  code: z.string().nullable(),
  record: VerificationView.nullable(),
  signatures: z.array(
    z.object({
      signer: z.string(),
      validSignature: z.boolean(),
      trusted: z.boolean(),
      coversWholeDocument: z.boolean(),
      signedAt: z.string().nullable(),
    }),
  ),
});
export type UploadCheckView = z.infer<typeof UploadCheckView>;

export const VerificationCodeParams = z.object({ code: z.string().trim().min(1).max(64) });
