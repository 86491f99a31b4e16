import type { RegisterLetterInput, Security, Urgency } from './eoffice.api.ts';

/** The register form as typed: every field a string until it is sent. */
export interface RegisterDraft {
  senderName: string;
  senderOrganisation: string;
  senderAddress: string;
  senderEmail: string;
  theirNumber: string;
  theirDate: string;
  receivedDate: string;
  hal: string;
  summary: string;
  security: Security;
  urgency: Urgency;
  kka: string;
  attachmentsNote: string;
  unitId: string;
  /** Position ids that receive a read-only copy (tembusan). */
  tembusan: string[];
}

/** The text fields of the draft (everything but the tembusan list). */
export type RegisterTextField = Exclude<keyof RegisterDraft, 'tembusan'>;

/** Most positions a letter may be copied to at registration (the server's limit). */
export const MAX_TEMBUSAN = 30;

/** A field of the draft, or the scanned file. */
export type RegisterField = keyof RegisterDraft | 'file';

/** A client-side problem: an i18n key and its values. */
export interface DraftProblem {
  key: string;
  values?: Record<string, string>;
}

/** An empty form whose received date is `today` (YYYY-MM-DD, WIB). */
export function emptyRegisterDraft(today: string): RegisterDraft {
  return {
    senderName: '',
    senderOrganisation: '',
    senderAddress: '',
    senderEmail: '',
    theirNumber: '',
    theirDate: '',
    receivedDate: today,
    hal: '',
    summary: '',
    security: 'biasa',
    urgency: 'biasa',
    kka: '',
    attachmentsNote: '',
    unitId: '',
    tembusan: [],
  };
}

const REQUIRED: RegisterTextField[] = ['senderName', 'theirNumber', 'theirDate', 'receivedDate', 'hal', 'kka', 'unitId'];
const KKA = /^[0-9]{3}(\.[0-9A-Za-z]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isPdf(file: File): boolean {
  return file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
}

/** Problems the browser can see before sending (the server checks again): missing fields, a future date, no PDF. */
export function registerProblems(
  draft: RegisterDraft,
  file: File | null,
  today: string,
): Partial<Record<RegisterField, DraftProblem>> {
  const problems: Partial<Record<RegisterField, DraftProblem>> = {};
  for (const field of REQUIRED) if (!draft[field].trim()) problems[field] = { key: 'eoffice.register.required' };
  if (draft.receivedDate && draft.receivedDate > today)
    problems.receivedDate = { key: 'eoffice.register.futureDate', values: { today } };
  if (draft.kka.trim() && !KKA.test(draft.kka.trim())) problems.kka = { key: 'eoffice.register.kkaFormat' };
  if (draft.senderEmail.trim() && !EMAIL.test(draft.senderEmail.trim()))
    problems.senderEmail = { key: 'eoffice.register.emailFormat' };
  if (draft.tembusan.length > MAX_TEMBUSAN)
    problems.tembusan = { key: 'eoffice.register.tooManyTembusan', values: { max: String(MAX_TEMBUSAN) } };
  if (!file) problems.file = { key: 'eoffice.register.required' };
  else if (!isPdf(file)) problems.file = { key: 'eoffice.register.notPdf' };
  return problems;
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** The `metadata` JSON of the register request; empty optional fields are left out. */
export function draftToRegisterInput(draft: RegisterDraft): RegisterLetterInput {
  return {
    sender: {
      name: draft.senderName.trim(),
      organisation: optional(draft.senderOrganisation),
      address: optional(draft.senderAddress),
      email: optional(draft.senderEmail),
    },
    theirNumber: draft.theirNumber.trim(),
    theirDate: draft.theirDate,
    receivedDate: draft.receivedDate,
    hal: draft.hal.trim(),
    summary: optional(draft.summary),
    security: draft.security,
    urgency: draft.urgency,
    kka: draft.kka.trim(),
    attachmentsNote: optional(draft.attachmentsNote),
    unitId: draft.unitId,
    tembusan: draft.tembusan.length > 0 ? [...new Set(draft.tembusan)] : undefined,
  };
}

/** The server's field name (`metadata.sender.name`) for a draft field. */
export function serverFieldOf(field: RegisterField): string {
  if (field === 'file') return 'file';
  if (field.startsWith('sender')) return `metadata.sender.${field.slice(6, 7).toLowerCase()}${field.slice(7)}`;
  return `metadata.${field}`;
}
