/** An external sender or addressee (instansi/perorangan), de-duplicated by normalised organisation + name. */
export interface ContactsTable {
  tenant_id: string;
  id: string;
  name: string;
  organisation: string | null;
  address: string | null;
  email: string | null;
  /** Lower-cased, whitespace-collapsed `organisation|name`; unique per tenant. */
  dedup_key: string;
  created_at: string;
}

/** Security classification (klasifikasi keamanan) of a letter. */
export type LetterSecurity = 'biasa' | 'terbatas' | 'rahasia' | 'sangat_rahasia';
/** Derajat kecepatan of a letter. */
export type LetterUrgency = 'biasa' | 'segera' | 'sangat_segera';
/** Where an incoming letter stands. */
export type IncomingLetterStatus = 'diterima' | 'didistribusikan' | 'dibaca' | 'didisposisikan' | 'selesai';

/** A letter (naskah): incoming now, outgoing later; one table for both directions. */
export interface LettersTable {
  tenant_id: string;
  id: string;
  direction: 'incoming' | 'outgoing';
  agenda_number: string | null;
  /** The numbering module's number id behind `agenda_number`. */
  agenda_number_id: string | null;
  sender_contact_id: string | null;
  their_number: string | null;
  their_date: string | null;
  /** Date the letter was received (YYYY-MM-DD, tenant time zone); the inbox is paged by (received_on, id). */
  received_on: string;
  hal: string;
  summary: string | null;
  security: LetterSecurity;
  urgency: LetterUrgency;
  kka_code: string;
  attachments_note: string | null;
  unit_id: string;
  status: IncomingLetterStatus;
  scan_file_id: string | null;
  created_by: string | null;
  created_at: string;
}

/** A position a letter is addressed to (kepada) or copied to (tembusan), with its read receipt. */
export interface LetterRecipientsTable {
  tenant_id: string;
  id: string;
  letter_id: string;
  position_id: string;
  role: 'kepada' | 'tembusan';
  /** Copy of the letter's `received_on` (the inbox's sort key; triggers keep it equal to the letter's). */
  received_on: string;
  read_at: string | null;
  read_by_employee_id: string | null;
  created_at: string;
}

/** Where a disposition stands. */
export type DispositionStatus = 'terkirim' | 'dibaca' | 'diteruskan' | 'ditindaklanjuti' | 'selesai' | 'dibatalkan' | 'ditolak';

/** One edge of a letter's disposition tree: from a position to a position, with instructions and a deadline. */
export interface DispositionsTable {
  tenant_id: string;
  id: string;
  letter_id: string;
  parent_id: string | null;
  /** Dispositions made together in one action share a batch id. */
  batch_id: string;
  from_position_id: string;
  from_employee_id: string | null;
  /** Snapshot of the acting person's name with titles. */
  from_name: string;
  to_position_id: string;
  leading: number;
  /** JSON array of instruction codes. */
  instructions: string;
  note: string | null;
  deadline: string | null;
  status: DispositionStatus;
  read_at: string | null;
  read_by_employee_id: string | null;
  read_by_name: string | null;
  completed_at: string | null;
  completion_note: string | null;
  completion_file_id: string | null;
  rejection_reason: string | null;
  /** Optimistic concurrency: every change increments it; an action naming an older version gets 409. */
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CorrespondenceTables {
  contacts: ContactsTable;
  letters: LettersTable;
  letter_recipients: LetterRecipientsTable;
  dispositions: DispositionsTable;
}
