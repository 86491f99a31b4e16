/**
 * Rows of one generated incoming letter: the letter, its recipients (kepada a head drawn Zipf-like, so a few heads
 * get most mail; sometimes a tembusan to a staff position), a disposition to staff for some, and its search-index
 * texts built with the app's own text functions (letter-search-text.ts), in the order indexLetterForSearch uses.
 */
import { indexedWords, plainWords } from '../../src/modules/correspondence/letter-search-text.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Cell } from './bulk-writer.ts';
import type { CorpusPosition } from './letter-corpus-org.ts';
import { letterTexts, seededRandom, zipfSampler } from './letter-corpus-text.ts';

/** Column lists of the rows produced below (values in this order). */
export const COLUMNS = {
  letters: [
    'tenant_id',
    'id',
    'direction',
    'agenda_number',
    'sender_contact_id',
    'their_number',
    'their_date',
    'received_on',
  ].concat(['hal', 'summary', 'security', 'urgency', 'kka_code', 'unit_id', 'status', 'created_by', 'created_at']),
  recipients: ['tenant_id', 'id', 'letter_id', 'position_id', 'role', 'received_on', 'read_at', 'created_at'],
  dispositions: ['tenant_id', 'id', 'letter_id', 'batch_id', 'from_position_id', 'from_employee_id', 'from_name'].concat([
    'to_position_id',
    'leading',
    'instructions',
    'status',
    'version',
    'created_at',
    'updated_at',
  ]),
  search: ['tenant_id', 'letter_id', 'hal', 'body', 'scan_text', 'text_state', 'indexed_at'],
  fts: ['rowid', 'hal', 'body', 'scan'],
} as const;

/** A sender organisation: contact id and the texts the index takes from it. */
export interface CorpusSender {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
}

/** Everything one letter adds to the tables. */
export interface LetterRows {
  letter: Cell[];
  recipients: Cell[][];
  dispositions: Cell[][];
  search: Cell[];
  /** FTS5 texts (hal, body, scan) for SQLite. */
  fts: [string, string, string];
}

/** Everything the row builder needs from the organisation. */
export interface CorpusContext {
  readonly tenantId: string;
  readonly registrarUserId: string;
  readonly heads: readonly CorpusPosition[];
  readonly staff: readonly CorpusPosition[];
  readonly senders: readonly CorpusSender[];
}

const SECURITY = (r: number) => (r < 0.85 ? 'biasa' : r < 0.95 ? 'terbatas' : r < 0.99 ? 'rahasia' : 'sangat_rahasia');
const URGENCY = (r: number) => (r < 0.8 ? 'biasa' : r < 0.95 ? 'segera' : 'sangat_segera');

/** Returns a function building the rows of letter n of total (oldest first); deterministic for one seed. */
export function letterRowBuilder(c: CorpusContext, total: number, seed = 3313): (n: number) => LetterRows {
  const random = seededRandom(seed + 1);
  const texts = letterTexts(seed);
  const head = zipfSampler(c.heads.length, 1.0, random);
  const sender = zipfSampler(c.senders.length, 0.9, random);
  return (n) => {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor((n / total) * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
    const at = `${day}T08:00:00Z`;
    const id = newId();
    const to = c.heads[head()] as CorpusPosition;
    const from = c.senders[sender()] as CorpusSender;
    const agenda = `${String((n % 99_999) + 1).padStart(5, '0')}/AGD/${day.slice(0, 4)}`;
    const theirs = `${['000.1.5', '800', '900', '400.3'][n % 4]}/${(n * 7) % 5000}/${['BKD', 'DISDIK', 'DINKES'][n % 3]}/${day.slice(0, 4)}`;
    const hal = texts.hal(n);
    const summary = texts.summary();
    const disposed = random() < 0.25;
    const recipients: Cell[][] = [[c.tenantId, newId(), id, to.id, 'kepada', day, random() < 0.7 ? at : null, at]];
    if (random() < 0.12) recipients.push([c.tenantId, newId(), id, pickStaff(c, random).id, 'tembusan', day, null, at]);
    const dispositions: Cell[][] = disposed ? [dispositionRow(c, id, to, pickStaff(c, random), at)] : [];
    const letter: Cell[] = [c.tenantId, id, 'incoming', agenda, from.id, theirs, day, day, hal, summary];
    letter.push(SECURITY(random()), URGENCY(random()), '000.1.5', to.unitId, disposed ? 'didisposisikan' : 'didistribusikan');
    letter.push(c.registrarUserId, at);
    // The same body as correspondence's entryOf: agenda number, their number, summary, sender name, organisation.
    const body = [agenda, theirs, summary, from.name, from.organisation].join(' ');
    const search: Cell[] = [c.tenantId, id, plainWords(hal), plainWords(body), null, 'none', at];
    return { letter, recipients, dispositions, search, fts: [indexedWords(hal), indexedWords(body), ''] };
  };
}

function pickStaff(c: CorpusContext, random: () => number): CorpusPosition {
  return c.staff[Math.floor(random() * c.staff.length)] as CorpusPosition;
}

function dispositionRow(c: CorpusContext, letterId: string, from: CorpusPosition, to: CorpusPosition, at: string): Cell[] {
  // Instructions are stored as a JSON array of the tenant's instruction codes, as the disposition service writes them.
  return [c.tenantId, newId(), letterId, newId(), from.id, from.employeeId, from.holderName, to.id, 1].concat([
    JSON.stringify(['selesaikan']),
    'terkirim',
    1,
    at,
    at,
  ]);
}
