/** Request and response shapes of the correspondence module (the web app may import this file). */
import { z } from 'zod';

const line = (max = 200) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

/** Klasifikasi keamanan (SKKAAD). */
export const LetterSecurity = z.enum(['biasa', 'terbatas', 'rahasia', 'sangat_rahasia']);
/** Derajat kecepatan. */
export const LetterUrgency = z.enum(['biasa', 'segera', 'sangat_segera']);
/** Where an incoming letter stands. */
export const LetterStatus = z.enum(['diterima', 'didistribusikan', 'dibaca', 'didisposisikan', 'selesai']);
/** Where a disposition stands. */
export const DispositionStatus = z.enum([
  'terkirim',
  'dibaca',
  'diteruskan',
  'ditindaklanjuti',
  'selesai',
  'dibatalkan',
  'ditolak',
]);

/** An external sender: an existing contact by id, or name + organisation (found again or created, de-duplicated). */
export const ContactInput = z.object({
  name: line(200),
  organisation: optionalText(300),
  address: optionalText(500),
  email: z.email().max(200).optional(),
});
export type ContactInput = z.infer<typeof ContactInput>;

/**
 * The `metadata` field of `POST /api/letters/incoming` (multipart/form-data): a JSON object with these fields,
 * sent together with the scanned letter in the `file` field (PDF), in either order.
 */
export const RegisterLetterInput = z.object({
  sender: ContactInput,
  theirNumber: line(100),
  theirDate: z.iso.date(),
  receivedDate: z.iso.date(),
  hal: line(500),
  summary: optionalText(4000),
  security: LetterSecurity,
  urgency: LetterUrgency,
  kka: z
    .string()
    .trim()
    .regex(/^[0-9]{3}(\.[0-9A-Za-z]+)*$/),
  attachmentsNote: optionalText(300),
  unitId: z.uuid(),
  /** Positions of the tenant that receive a read-only copy (tembusan); they cannot dispose it unless kepada. */
  tembusan: z.array(z.uuid()).max(30).optional(),
});
export type RegisterLetterInput = z.infer<typeof RegisterLetterInput>;

/** One recipient position of a disposition; `leading` marks the penanggung jawab when there are several. */
export const DispositionTarget = z.object({ positionId: z.uuid(), leading: z.boolean().optional() });

/** `POST /api/letters/:letterId/dispositions`: the first-level disposition batch of the addressee. */
export const DisposeInput = z.object({
  to: z.array(DispositionTarget).min(1).max(30),
  instructions: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  note: optionalText(2000),
  /** Explicit deadline; without it the letter's urgency SLA decides. */
  deadline: z.iso.date().optional(),
});
export type DisposeInput = z.infer<typeof DisposeInput>;

const Version = z.number().int().min(1);

/** `POST /api/dispositions/:id/forward`: re-dispose further down; `version` is the disposition version the user saw. */
export const ForwardInput = DisposeInput.extend({ version: Version });
export type ForwardInput = z.infer<typeof ForwardInput>;

/** `POST /api/dispositions/:id/complete` (JSON, or multipart with `metadata` JSON + optional PDF `file`). */
export const CompleteInput = z.object({ version: Version, note: line(4000) });
export type CompleteInput = z.infer<typeof CompleteInput>;

/** `POST /api/dispositions/:id/close`: finish without follow-up ("tidak perlu tindak lanjut"). */
export const CloseInput = z.object({ version: Version, note: optionalText(2000) });
export type CloseInput = z.infer<typeof CloseInput>;

/** `POST /api/dispositions/:id/cancel`: the sender withdraws an unread disposition. */
export const CancelInput = z.object({ version: Version });

/** `POST /api/dispositions/:id/reject`: salah sasaran, with the reason. */
export const RejectInput = z.object({ version: Version, reason: line(1000) });
export type RejectInput = z.infer<typeof RejectInput>;

/** `:letterId` route parameter. */
export const LetterIdParams = z.object({ letterId: z.uuid() });
/** `:dispositionId` route parameter. */
export const DispositionIdParams = z.object({ dispositionId: z.uuid() });

/** `GET /api/letters/inbox` query: keyset cursor (opaque) and page size. */
export const InboxQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** Only letters I received as kepada, or only tembusan. */
  role: z.enum(['kepada', 'tembusan']).optional(),
  /** `true`: only unread letters. */
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  /** Newest first (default) or oldest first, by received date. */
  order: z.enum(['newest', 'oldest']).default('newest'),
});
/** `GET /api/letters/inbox` query after parsing. */
export type InboxQuery = z.output<typeof InboxQuery>;
/** `GET /api/contacts` query. */
export const ContactQuery = z.object({ q: z.string().trim().max(100).default('') });

/** A contact as listed. */
export const ContactView = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
});
/** `GET /api/contacts` answer. */
export const ContactListView = z.object({ items: z.array(ContactView) });

/** One line of the inbox. Subject and names are plain text: clients must render them as text, never as HTML. */
export const InboxItem = z.object({
  id: z.string(),
  agendaNumber: z.string().nullable(),
  hal: z.string(),
  senderName: z.string().nullable(),
  senderOrganisation: z.string().nullable(),
  receivedOn: z.string(),
  security: LetterSecurity,
  urgency: LetterUrgency,
  status: LetterStatus,
  role: z.enum(['kepada', 'tembusan']),
  unread: z.boolean(),
});

/** Every e-Office counter (inbox unread, work queues) is exact below this; at it, it means "this many or more" (99+). */
export const COUNTER_CAP = 100;

/**
 * `GET /api/letters/inbox` answer: newest first, `nextCursor` for the next page. The unread counts are the work-queue
 * counters' (`GET /api/work-queues`), which the page shows anyway: a page of the list counts nothing.
 */
export const InboxView = z.object({
  items: z.array(InboxItem),
  nextCursor: z.string().nullable(),
});

/** A recipient position of a letter with its read receipt. */
export const RecipientView = z.object({
  positionId: z.string(),
  positionName: z.string(),
  role: z.enum(['kepada', 'tembusan']),
  readAt: z.string().nullable(),
});

/** `GET /api/letters/:letterId` answer. */
export const LetterView = z.object({
  id: z.string(),
  agendaNumber: z.string().nullable(),
  sender: ContactView.nullable(),
  theirNumber: z.string().nullable(),
  theirDate: z.string().nullable(),
  receivedOn: z.string(),
  hal: z.string(),
  summary: z.string().nullable(),
  security: LetterSecurity,
  urgency: LetterUrgency,
  kka: z.string(),
  attachmentsNote: z.string().nullable(),
  unit: z.object({ id: z.string(), name: z.string() }),
  status: LetterStatus,
  hasScan: z.boolean(),
  recipients: z.array(RecipientView),
  mayDispose: z.boolean(),
  createdAt: z.string(),
});

/** An instruction with its tenant label. */
export const InstructionView = z.object({ code: z.string(), label: z.string() });

/** One node of a letter's disposition tree (depth-first order; `depth` 0 is the first level). */
export const DispositionView = z.object({
  id: z.string(),
  letterId: z.string(),
  parentId: z.string().nullable(),
  depth: z.number(),
  fromPosition: z.object({ id: z.string(), name: z.string() }),
  fromName: z.string(),
  toPosition: z.object({ id: z.string(), name: z.string() }),
  leading: z.boolean(),
  instructions: z.array(InstructionView),
  note: z.string().nullable(),
  deadline: z.string().nullable(),
  status: DispositionStatus,
  overdue: z.boolean(),
  ageDays: z.number(),
  readAt: z.string().nullable(),
  readByName: z.string().nullable(),
  completedAt: z.string().nullable(),
  completionNote: z.string().nullable(),
  hasCompletionFile: z.boolean(),
  rejectionReason: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
});
export type DispositionView = z.infer<typeof DispositionView>;

/** `GET /api/letters/:letterId/tracking` answer. */
export const TrackingView = z.object({
  letter: z.object({ id: z.string(), agendaNumber: z.string().nullable(), hal: z.string(), status: LetterStatus }),
  dispositions: z.array(DispositionView),
});

/** A disposition waiting for me, with its letter. */
export const MyDispositionItem = DispositionView.extend({
  letter: z.object({ agendaNumber: z.string().nullable(), hal: z.string(), security: LetterSecurity, urgency: LetterUrgency }),
});
/** `GET /api/dispositions/mine` answer. */
export const MyDispositionsView = z.object({ items: z.array(MyDispositionItem), overdueCount: z.number() });

/** Answer of the write routes on dispositions: the ids made or the node's new version. */
export const DispositionWriteView = z.object({ ids: z.array(z.string()) });
/** Answer of a state change: the disposition's new status and version. */
export const DispositionStateView = z.object({ id: z.string(), status: DispositionStatus, version: z.number() });
/** Answer of `POST /api/letters/incoming`. */
export const RegisteredLetterView = z.object({ id: z.string(), agendaNumber: z.string() });
