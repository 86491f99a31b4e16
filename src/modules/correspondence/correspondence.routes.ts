import type { FastifyReply } from 'fastify';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { ValidationError } from '../../shared/errors.ts';
import { searchContacts } from './contacts.service.ts';
import {
  CancelInput,
  CloseInput,
  CompleteInput,
  ContactListView,
  ContactQuery,
  DisposeInput,
  DispositionIdParams,
  DispositionStateView,
  DispositionWriteView,
  ForwardInput,
  InboxQuery,
  InboxView,
  LetterIdParams,
  LetterView,
  MyDispositionsView,
  RegisteredLetterView,
  RegisterLetterInput,
  RejectInput,
  TrackingView,
} from './correspondence.contract.ts';
import { getLetter, myDispositions } from './correspondence.queries.ts';
import {
  cancelDisposition,
  closeDisposition,
  completeDisposition,
  openDisposition,
  rejectDisposition,
} from './disposition-actions.service.ts';
import { disposeLetter, forwardDisposition } from './dispositions.service.ts';
import { inbox } from './inbox.queries.ts';
import { lembarDisposisi } from './lembar-disposisi.ts';
import { letterScan } from './letter-scan.ts';
import { registerIncomingLetter } from './letters.service.ts';
import { letterTracking } from './tracking.queries.ts';
import { bodyAndFile, metadataOf, parseInput, readMultipart } from './uploads.ts';

function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string) {
  return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(pdf);
}

const ACT = 'correspondence.disposition.act' as const;
const READ = 'correspondence.letter.read' as const;

/** Incoming letters: registration, inbox, letter, scan, tracking, lembar disposisi; contacts. */
export const lettersRoutes = defineRoutes('correspondence', (r) => {
  r.route({
    method: 'POST',
    url: '/api/letters/incoming',
    summary: 'Registrasi surat masuk (multipart: `metadata` JSON + `file` PDF scan)',
    permission: 'correspondence.letter.register',
    consumes: ['multipart/form-data'],
    status: 201,
    response: { 201: RegisteredLetterView },
    handler: async ({ ctx, request }) => {
      if (!request.isMultipart()) throw new ValidationError([{ field: 'file', message: 'correspondence.noFile' }]);
      const { file, fields } = await readMultipart(request);
      const input = parseInput(RegisterLetterInput, metadataOf(fields), 'metadata');
      if (!file) throw new ValidationError([{ field: 'file', message: 'correspondence.noFile' }]);
      return registerIncomingLetter(ctx, input, file);
    },
  });
  r.route({
    method: 'GET',
    url: '/api/letters/inbox',
    summary: 'Surat masuk untuk jabatan saya (inbox, newest first, keyset-paged)',
    permission: READ,
    querystring: InboxQuery,
    response: { 200: InboxView },
    handler: ({ ctx, query }) => inbox(ctx, query),
  });
  r.route({
    method: 'GET',
    url: '/api/letters/:letterId',
    summary: 'Satu surat (records the read receipt of my positions)',
    permission: READ,
    params: LetterIdParams,
    response: { 200: LetterView },
    handler: ({ ctx, params }) => getLetter(ctx, params.letterId),
  });
  r.route({
    method: 'GET',
    url: '/api/letters/:letterId/scan',
    summary: 'Pindaian PDF surat (scanned letter)',
    permission: READ,
    params: LetterIdParams,
    handler: async ({ ctx, params, reply }) => sendPdf(reply, await letterScan(ctx, params.letterId), 'surat.pdf'),
  });
  r.route({
    method: 'GET',
    url: '/api/letters/:letterId/tracking',
    summary: 'Pohon disposisi surat dengan status dan umur (tracking tree)',
    permission: READ,
    params: LetterIdParams,
    response: { 200: TrackingView },
    handler: async ({ ctx, params }) => {
      const { letter, dispositions } = await letterTracking(ctx, params.letterId);
      return { letter, dispositions };
    },
  });
  r.route({
    method: 'GET',
    url: '/api/letters/:letterId/lembar-disposisi.pdf',
    summary: 'Lembar disposisi (PDF)',
    permission: READ,
    params: LetterIdParams,
    handler: async ({ ctx, params, reply }) => {
      const { pdf, fileName } = await lembarDisposisi(ctx, params.letterId);
      return sendPdf(reply, pdf, fileName);
    },
  });
  r.route({
    method: 'GET',
    url: '/api/contacts',
    summary: 'Cari kontak pengirim (contact search)',
    permission: READ,
    querystring: ContactQuery,
    response: { 200: ContactListView },
    handler: ({ ctx, query }) => searchContacts(ctx, query.q),
  });
});

/** Dispositions: dispose, open, forward, complete, close, cancel, reject; my dispositions. */
export const dispositionsRoutes = defineRoutes('correspondence', (r) => {
  r.route({
    method: 'POST',
    url: '/api/letters/:letterId/dispositions',
    summary: 'Disposisikan surat ke satu atau lebih jabatan',
    permission: ACT,
    params: LetterIdParams,
    body: DisposeInput,
    status: 201,
    response: { 201: DispositionWriteView },
    handler: async ({ ctx, params, body }) => ({ ids: await disposeLetter(ctx, params.letterId, body) }),
  });
  r.route({
    method: 'GET',
    url: '/api/dispositions/mine',
    summary: 'Disposisi yang harus saya tindak lanjuti (with overdue flag)',
    permission: ACT,
    response: { 200: MyDispositionsView },
    handler: ({ ctx }) => myDispositions(ctx),
  });
  r.route({
    method: 'POST',
    url: '/api/dispositions/:dispositionId/open',
    summary: 'Buka disposisi (read receipt)',
    permission: ACT,
    params: DispositionIdParams,
    response: { 200: DispositionStateView },
    handler: ({ ctx, params }) => openDisposition(ctx, params.dispositionId),
  });
  r.route({
    method: 'POST',
    url: '/api/dispositions/:dispositionId/forward',
    summary: 'Disposisi lanjut ke bawah (re-dispose)',
    permission: ACT,
    params: DispositionIdParams,
    body: ForwardInput,
    status: 201,
    response: { 201: DispositionWriteView },
    handler: async ({ ctx, params, body }) => ({ ids: await forwardDisposition(ctx, params.dispositionId, body) }),
  });
  r.route({
    method: 'POST',
    url: '/api/dispositions/:dispositionId/complete',
    summary: 'Laporkan tindak lanjut (JSON, or multipart `metadata` + optional PDF `file`)',
    permission: ACT,
    params: DispositionIdParams,
    consumes: ['multipart/form-data'],
    response: { 200: DispositionStateView },
    handler: async ({ ctx, params, request }) => {
      const { body, file } = await bodyAndFile(request);
      return completeDisposition(ctx, params.dispositionId, parseInput(CompleteInput, body), file);
    },
  });
  r.route({
    method: 'POST',
    url: '/api/dispositions/:dispositionId/close',
    summary: 'Selesai tanpa tindak lanjut (tidak perlu tindak lanjut)',
    permission: ACT,
    params: DispositionIdParams,
    body: CloseInput,
    response: { 200: DispositionStateView },
    handler: ({ ctx, params, body }) => closeDisposition(ctx, params.dispositionId, body),
  });
  r.route({
    method: 'POST',
    url: '/api/dispositions/:dispositionId/cancel',
    summary: 'Batalkan disposisi yang belum dibaca (sender only)',
    permission: ACT,
    params: DispositionIdParams,
    body: CancelInput,
    response: { 200: DispositionStateView },
    handler: ({ ctx, params, body }) => cancelDisposition(ctx, params.dispositionId, body.version),
  });
  r.route({
    method: 'POST',
    url: '/api/dispositions/:dispositionId/reject',
    summary: 'Tolak disposisi salah sasaran (with reason)',
    permission: ACT,
    params: DispositionIdParams,
    body: RejectInput,
    response: { 200: DispositionStateView },
    handler: ({ ctx, params, body }) => rejectDisposition(ctx, params.dispositionId, body),
  });
});
