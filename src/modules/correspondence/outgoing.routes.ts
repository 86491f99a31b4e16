import { defineRoutes } from '../../platform/http/define-routes.ts';
import {
  ApproveInput,
  CancelDraftInput,
  DiffParams,
  DraftIdParams,
  DraftInput,
  DraftStateView,
  DraftView,
  ReturnInput,
  ReviseInput,
  SignerReturnInput,
  SignOutgoingInput,
  StepIdParams,
  VersionDiffView,
} from './outgoing.contract.ts';
import { getDraft, versionDiff } from './outgoing.queries.ts';
import { approveStep, returnStep } from './outgoing-approval.service.ts';
import { createDraft, reviseDraft, submitDraft } from './outgoing-drafts.service.ts';
import { signOutgoing } from './outgoing-signing.service.ts';
import { cancelDraft, returnToDrafter } from './outgoing-withdrawal.service.ts';

const DRAFT = 'correspondence.letter.draft' as const;
const READ = 'correspondence.letter.read' as const;

/** Outgoing letters and nota dinas: drafting, versions and their diff, submission, signing. */
export const outgoingRoutes = defineRoutes('correspondence', (r) => {
  r.route({
    method: 'POST',
    url: '/api/letters/outgoing',
    summary: 'Buat konsep naskah keluar / nota dinas (rantai paraf disarankan dari hierarki bila tidak diisi)',
    permission: DRAFT,
    body: DraftInput,
    status: 201,
    response: { 201: DraftStateView },
    handler: ({ ctx, body }) => createDraft(ctx, body),
  });
  r.route({
    method: 'GET',
    url: '/api/letters/outgoing/:draftId',
    summary: 'Satu konsep dengan versi terkini dan langkah persetujuannya',
    permission: READ,
    params: DraftIdParams,
    response: { 200: DraftView },
    handler: ({ ctx, params }) => getDraft(ctx, params.draftId),
  });
  r.route({
    method: 'PUT',
    url: '/api/letters/outgoing/:draftId',
    summary: 'Ubah konsep (menjadi versi baru; versi lama disimpan)',
    permission: DRAFT,
    params: DraftIdParams,
    body: ReviseInput,
    response: { 200: DraftStateView },
    handler: ({ ctx, params, body }) => reviseDraft(ctx, params.draftId, body),
  });
  r.route({
    method: 'POST',
    url: '/api/letters/outgoing/:draftId/submit',
    summary: 'Ajukan konsep ke rantai paraf (pengajuan ulang memulai rantai dari awal)',
    permission: DRAFT,
    params: DraftIdParams,
    response: { 200: DraftStateView },
    handler: ({ ctx, params }) => submitDraft(ctx, params.draftId),
  });
  r.route({
    method: 'GET',
    url: '/api/letters/outgoing/:draftId/versions/:a/diff/:b',
    summary: 'Perbedaan dua versi konsep (per baris/kolom)',
    permission: READ,
    params: DiffParams,
    response: { 200: VersionDiffView },
    handler: ({ ctx, params }) => versionDiff(ctx, params),
  });
  r.route({
    method: 'POST',
    url: '/api/letters/outgoing/:draftId/sign',
    summary: 'Tandatangani naskah yang sudah disetujui (pemegang jabatan penandatangan); nomor menjadi final',
    permission: 'documents.sign',
    params: DraftIdParams,
    body: SignOutgoingInput,
    response: { 200: DraftStateView },
    handler: ({ ctx, params, body }) => signOutgoing(ctx, params.draftId, body),
  });
  r.route({
    method: 'POST',
    url: '/api/letters/outgoing/:draftId/return',
    summary: 'Penandatangan mengembalikan naskah siap TTE ke konseptor dengan catatan; nomor yang dicadangkan dibatalkan',
    permission: 'documents.sign',
    params: DraftIdParams,
    body: SignerReturnInput,
    response: { 200: DraftStateView },
    handler: ({ ctx, params, body }) => returnToDrafter(ctx, params.draftId, body),
  });
  r.route({
    method: 'POST',
    url: '/api/letters/outgoing/:draftId/cancel',
    summary: 'Konseptor membatalkan konsep yang belum ditandatangani (alasan wajib); nomor yang dicadangkan dibatalkan',
    permission: DRAFT,
    params: DraftIdParams,
    body: CancelDraftInput,
    response: { 200: DraftStateView },
    handler: ({ ctx, params, body }) => cancelDraft(ctx, params.draftId, body),
  });
});

/** Paraf steps: approve the reviewed version or return with a note. */
export const approvalStepsRoutes = defineRoutes('correspondence', (r) => {
  r.route({
    method: 'POST',
    url: '/api/approval-steps/:stepId/approve',
    summary: 'Setujui (paraf) versi yang ditinjau',
    permission: 'correspondence.disposition.act',
    params: StepIdParams,
    body: ApproveInput,
    response: { 200: DraftStateView },
    handler: ({ ctx, params, body }) => approveStep(ctx, params.stepId, body),
  });
  r.route({
    method: 'POST',
    url: '/api/approval-steps/:stepId/return',
    summary: 'Kembalikan ke konseptor dengan catatan (wajib)',
    permission: 'correspondence.disposition.act',
    params: StepIdParams,
    body: ReturnInput,
    response: { 200: DraftStateView },
    handler: ({ ctx, params, body }) => returnStep(ctx, params.stepId, body),
  });
});
