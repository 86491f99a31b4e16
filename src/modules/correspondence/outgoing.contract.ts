/** Request and response shapes of outgoing letters and nota dinas (the web app may import this file). */
import { z } from 'zod';
import { LetterSecurity, LetterUrgency } from './correspondence.contract.ts';

const line = (max = 200) => z.string().trim().min(1).max(max);

/** Where an outgoing letter stands (domain §3.2). */
export const OutgoingStatus = z.enum([
  'draft',
  'dalam_persetujuan',
  'perlu_revisi',
  'siap_tte',
  'ditandatangani',
  'terkirim',
  'dibatalkan',
]);

/**
 * The structured content: the documents module's naskah input (`CreateDocumentInput` of documents.contract.ts) without
 * kind, layout, variant, number, unit, security, signers and date, which Pamong fills at signing. Checked in full on
 * the server; only its outline is declared here so this contract stays importable by the web app.
 */
export const DraftContent = z.looseObject({
  title: line(200),
  hal: line(500),
  place: line(100),
  body: z
    .array(z.looseObject({ kind: z.string() }))
    .min(1)
    .max(500),
  addressee: z.array(line()).max(10).optional(),
  tembusan: z.array(line()).max(30).optional(),
});
export type DraftContent = z.infer<typeof DraftContent>;

const Role = z.enum(['kepada', 'tembusan']);

/** Who receives the signed letter: internal positions, other regencies on Pamong, external contacts by e-mail. */
export const Addressees = z.object({
  positions: z
    .array(z.object({ positionId: z.uuid(), role: Role }))
    .max(50)
    .default([]),
  /** Another regency on this Pamong, by its Kemendagri code (`33.72`) or slug. */
  regencies: z
    .array(z.object({ tenant: line(60), role: Role }))
    .max(20)
    .default([]),
  external: z
    .array(z.object({ name: line(200), organisation: z.string().trim().max(300).optional(), email: z.email().max(200) }))
    .max(20)
    .default([]),
});
export type Addressees = z.infer<typeof Addressees>;

/** `POST /api/letters/outgoing`: a new draft. Without `parafChain` the chain is suggested from the hierarchy. */
export const DraftInput = z.object({
  typeCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,20}$/),
  kka: z
    .string()
    .trim()
    .regex(/^[0-9]{3}(\.[0-9A-Za-z]+)*$/),
  security: LetterSecurity,
  urgency: LetterUrgency,
  signerPositionId: z.uuid(),
  addressees: Addressees,
  parafChain: z.array(z.uuid()).max(10).optional(),
  content: DraftContent,
  note: z.string().trim().max(1000).optional(),
});
export type DraftInput = z.infer<typeof DraftInput>;

/** `PUT /api/letters/outgoing/:draftId`: a new version; `version` is the version the drafter edited. */
export const ReviseInput = DraftInput.extend({ version: z.number().int().min(1) });
export type ReviseInput = z.infer<typeof ReviseInput>;

/** `:draftId` route parameter. */
export const DraftIdParams = z.object({ draftId: z.uuid() });
/** `:stepId` route parameter. */
export const StepIdParams = z.object({ stepId: z.uuid() });
/** `…/versions/:a/diff/:b` route parameters (version numbers). */
export const DiffParams = z.object({ draftId: z.uuid(), a: z.coerce.number().int().min(1), b: z.coerce.number().int().min(1) });

/** `POST /api/approval-steps/:stepId/approve`: bound to the version the verifier reviewed. */
export const ApproveInput = z.object({ version: z.number().int().min(1) });
/** `POST /api/approval-steps/:stepId/return`: back to the drafter with a mandatory note. */
export const ReturnInput = z.object({ note: line(2000) });
/** `POST /api/letters/outgoing/:draftId/return`: the signer sends a siap_tte letter back to its drafter (note required). */
export const SignerReturnInput = z.object({ note: line(2000) });
/** `POST /api/letters/outgoing/:draftId/cancel`: the drafter cancels a letter not yet signed (reason required). */
export const CancelDraftInput = z.object({ reason: line(1000) });
/** `POST /api/letters/outgoing/:draftId/sign`: the BSrE passphrase when the tenant signs with BSrE. */
export const SignOutgoingInput = z.object({ passphrase: z.string().max(200).optional() });

/** One approval step as shown. */
export const StepView = z.object({
  id: z.string(),
  round: z.number(),
  order: z.number(),
  positionId: z.string(),
  role: z.enum(['paraf', 'penandatangan']),
  /** `cancelled`: the step was still pending when its drafter cancelled the draft. */
  status: z.enum(['pending', 'approved', 'returned', 'cancelled']),
  note: z.string().nullable(),
  versionNo: z.number().nullable(),
  actedAt: z.string().nullable(),
});

/** `GET /api/letters/outgoing/:draftId` answer. */
export const DraftView = z.object({
  id: z.string(),
  typeCode: z.string(),
  status: OutgoingStatus,
  hal: z.string(),
  security: LetterSecurity,
  urgency: LetterUrgency,
  kka: z.string(),
  version: z.number(),
  content: DraftContent,
  addressees: Addressees,
  signerPositionId: z.string(),
  parafChain: z.array(z.string()),
  steps: z.array(StepView),
  number: z.string().nullable(),
  letterDate: z.string().nullable(),
  documentId: z.string().nullable(),
  letterId: z.string().nullable(),
  /** What the caller may do now (computed from the positions they hold and the status). */
  actions: z.array(z.enum(['revise', 'submit', 'approve', 'return', 'sign', 'signerReturn', 'cancel'])),
  /** The paraf step due now (earliest pending of the current round), or null. */
  dueStepId: z.string().nullable(),
});
export type DraftView = z.infer<typeof DraftView>;

/** Answer of the write routes: the draft's state after the change. */
export const DraftStateView = z.object({
  id: z.string(),
  status: OutgoingStatus,
  version: z.number(),
  parafChain: z.array(z.string()),
  number: z.string().nullable(),
});
export type DraftStateView = z.infer<typeof DraftStateView>;

/** `GET …/versions/:a/diff/:b` answer: line diff of the flattened content and addressees. */
export const VersionDiffView = z.object({
  from: z.number(),
  to: z.number(),
  lines: z.array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })),
});
