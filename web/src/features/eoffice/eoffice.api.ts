import type { z } from 'zod';
import type {
  ContactListView,
  ContactView,
  DispositionStateView,
  DispositionView,
  DispositionWriteView,
  InboxItem,
  InboxView,
  LetterView,
  MyDispositionItem,
  MyDispositionsView,
  RegisteredLetterView,
  RegisterLetterInput,
  TrackingView,
} from '../../../../src/modules/correspondence/correspondence.contract.ts';
import type { UnitView } from '../../../../src/modules/organization/organization.contract.ts';
import type { ArchiveClassListView, RegulationView } from '../../../../src/modules/regulation/regulation.contract.ts';
import { api, queryString } from '../../app/api.ts';

export type { DispositionView, RegisterLetterInput, RegulationView, UnitView };
/** One line of the inbox. */
export type InboxLine = z.infer<typeof InboxItem>;
/** One inbox page. */
export type InboxPage = z.infer<typeof InboxView>;
/** A letter as its reader sees it. */
export type Letter = z.infer<typeof LetterView>;
/** A letter's disposition tree. */
export type Tracking = z.infer<typeof TrackingView>;
/** A disposition waiting for me, with its letter. */
export type MyDisposition = z.infer<typeof MyDispositionItem>;
/** A sender contact. */
export type Contact = z.infer<typeof ContactView>;
/** Security class code. */
export type Security = Letter['security'];
/** Urgency code. */
export type Urgency = Letter['urgency'];
/** One KKA entry. */
export type ArchiveClass = z.infer<typeof ArchiveClassListView>['items'][number];

/** Page size of the inbox. */
export const INBOX_PAGE_SIZE = 25;

/** Query keys of this feature, so mutations can invalidate them. */
export const eofficeKeys = {
  all: ['eoffice'] as const,
  inbox: ['eoffice', 'inbox'] as const,
  mine: ['eoffice', 'mine'] as const,
  letter: (id: string) => ['eoffice', 'letter', id] as const,
  tracking: (id: string) => ['eoffice', 'tracking', id] as const,
  contacts: (q: string) => ['eoffice', 'contacts', q] as const,
  kka: (q: string) => ['eoffice', 'kka', q] as const,
  units: ['eoffice', 'units'] as const,
  regulation: ['eoffice', 'regulation'] as const,
};

/** The inbox filters and order (empty strings: no filter). */
export interface InboxFilters {
  readonly role: '' | 'kepada' | 'tembusan';
  readonly unread: boolean;
  readonly order: 'newest' | 'oldest';
}

/** One page of my inbox in the chosen order; `cursor` comes from the previous page of the same listing. */
export const fetchInbox = (cursor: string | null, filters: InboxFilters) =>
  api<InboxPage>(
    `/api/letters/inbox${queryString({
      cursor,
      limit: INBOX_PAGE_SIZE,
      role: filters.role,
      unread: filters.unread ? 'true' : undefined,
      order: filters.order === 'oldest' ? 'oldest' : undefined,
    })}`,
  );

/** Dispositions waiting for me, with the overdue count. */
export const fetchMyDispositions = () => api<z.infer<typeof MyDispositionsView>>('/api/dispositions/mine');

/** One letter; the server records my read receipt. */
export const fetchLetter = (letterId: string) => api<Letter>(`/api/letters/${encodeURIComponent(letterId)}`);

/** The disposition tree of a letter, depth-first. */
export const fetchTracking = (letterId: string) => api<Tracking>(`/api/letters/${encodeURIComponent(letterId)}/tracking`);

/** Address of the scanned letter (opened in a new tab; the browser sends the session cookie). */
export const scanUrl = (letterId: string) => `/api/letters/${encodeURIComponent(letterId)}/scan`;

/** Address of the lembar disposisi PDF. */
export const lembarUrl = (letterId: string) => `/api/letters/${encodeURIComponent(letterId)}/lembar-disposisi.pdf`;

/** Contacts matching a name or organisation. */
export const searchContacts = (q: string) =>
  api<z.infer<typeof ContactListView>>(`/api/contacts${queryString({ q })}`).then((r) => r.items);

/** KKA entries matching a code prefix or a name. */
export const searchArchiveClasses = (q: string) =>
  api<z.infer<typeof ArchiveClassListView>>(`/api/regulation/archive-classes${queryString({ q })}`).then((r) => r.items);

/** All units (flat) with their positions and holders. */
export const fetchUnits = () => api<{ units: UnitView[] }>('/api/org/units').then((r) => r.units);

/** The active regulation pack (instructions, labels). */
export const fetchRegulation = () => api<RegulationView>('/api/regulation');

/** Registers an incoming letter: `metadata` JSON and the scanned `file` PDF in one multipart request. */
export function registerLetter(input: RegisterLetterInput, file: File) {
  const form = new FormData();
  form.append('metadata', JSON.stringify(input));
  form.append('file', file);
  return api<z.infer<typeof RegisteredLetterView>>('/api/letters/incoming', { method: 'POST', body: form });
}

/** What a disposition batch carries (dispose and forward). */
export interface DisposeBody {
  to: { positionId: string; leading?: boolean }[];
  instructions: string[];
  note?: string;
  deadline?: string;
}

type WriteAnswer = z.infer<typeof DispositionWriteView>;
type StateAnswer = z.infer<typeof DispositionStateView>;
const dispositionPath = (id: string, action: string) => `/api/dispositions/${encodeURIComponent(id)}/${action}`;

/** First-level disposition of a letter by its addressee. */
export const disposeLetter = (letterId: string, body: DisposeBody) =>
  api<WriteAnswer>(`/api/letters/${encodeURIComponent(letterId)}/dispositions`, { method: 'POST', body });

/** Re-dispose further down; `version` is the disposition version the user saw. */
export const forwardDisposition = (id: string, version: number, body: DisposeBody) =>
  api<WriteAnswer>(dispositionPath(id, 'forward'), { method: 'POST', body: { ...body, version } });

/** Records the read receipt of a disposition addressed to me. */
export const openDisposition = (id: string) => api<StateAnswer>(dispositionPath(id, 'open'), { method: 'POST', body: {} });

/** Reports the follow-up with a note and an optional PDF. */
export function completeDisposition(id: string, version: number, note: string, file: File | null) {
  const form = new FormData();
  form.append('metadata', JSON.stringify({ version, note }));
  if (file) form.append('file', file);
  return api<StateAnswer>(dispositionPath(id, 'complete'), { method: 'POST', body: form });
}

/** Closes without follow-up ("tidak perlu tindak lanjut"). */
export const closeDisposition = (id: string, version: number, note: string) =>
  api<StateAnswer>(dispositionPath(id, 'close'), { method: 'POST', body: note ? { version, note } : { version } });

/** Refuses a misaddressed disposition with the reason. */
export const rejectDisposition = (id: string, version: number, reason: string) =>
  api<StateAnswer>(dispositionPath(id, 'reject'), { method: 'POST', body: { version, reason } });

/** The sender withdraws an unread disposition. */
export const cancelDisposition = (id: string, version: number) =>
  api<StateAnswer>(dispositionPath(id, 'cancel'), { method: 'POST', body: { version } });
