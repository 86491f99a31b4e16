/** Registering an incoming letter: checks, agenda number, scan, routing to the head of the receiving unit. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { storeFile } from '../../platform/storage/tenant-files.ts';
import { ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
// Aliased: biome's React-hook rule mistakes `useNumber` for a hook.
import { useNumber as markNumberUsed, reserveNumber } from '../numbering/index.ts';
import { headPositionOfUnit, type PositionCard, positionCards } from '../organization/index.ts';
import { findArchiveClass } from '../regulation/index.ts';
import { findOrCreateContact } from './contacts.service.ts';
import type { RegisterLetterInput } from './correspondence.contract.ts';
import { dateIn } from './disposition-batch.ts';
import { tenantTimeZone } from './letter-access.ts';
import { indexLetterForSearch } from './letter-search.service.ts';
import { notifyPositionHolders } from './notify-positions.ts';
import { assertAcceptablePdf } from './pdf-upload-check.ts';

/** The scanned letter as uploaded. */
export interface UploadedScan {
  readonly data: Buffer;
  readonly fileName: string;
}

/** How the letter is addressed: kepada the head of the receiving unit (the usual case), or only a copy to it. */
export interface RegisterOptions {
  /** `tembusan`: the head receives a read-only copy and cannot dispose it (a tembusan from another regency). */
  readonly headRole?: 'kepada' | 'tembusan';
}

type Problem = { field: string; message: string; params?: Record<string, string> };

/** SECURITY: tembusan positions must be positions of this tenant (tenantDb scopes the lookup); 422 per unknown one. */
async function tembusanProblems(ctx: RequestContext, input: RegisterLetterInput): Promise<Problem[]> {
  const ids = input.tembusan ?? [];
  if (ids.length === 0) return [];
  const known = await positionCards(ctx, ids);
  return ids.flatMap((id, i) =>
    known.has(id) ? [] : [{ field: `metadata.tembusan.${i}`, message: 'correspondence.unknownPosition' }],
  );
}

/** Checks that need the database but change nothing; returns the head position the letter goes to. */
async function checkRegistration(ctx: RequestContext, input: RegisterLetterInput): Promise<PositionCard> {
  const today = dateIn(ctx.platform.now(), await tenantTimeZone(ctx));
  const problems: Problem[] = await tembusanProblems(ctx, input);
  if (input.receivedDate > today)
    problems.push({ field: 'metadata.receivedDate', message: 'correspondence.receivedInFuture', params: { today } });
  if (!(await findArchiveClass(ctx, input.kka)))
    problems.push({ field: 'metadata.kka', message: 'correspondence.unknownKka', params: { code: input.kka } });
  const head = await headPositionOfUnit(ctx, input.unitId);
  if (!head) {
    const unit = await tenantDb(ctx).selectFrom('units').select('id').where('id', '=', input.unitId).executeTakeFirst();
    problems.push({ field: 'metadata.unitId', message: unit ? 'correspondence.unitWithoutHead' : 'correspondence.unknownUnit' });
  }
  if (problems.length > 0 || !head) throw new ValidationError(problems);
  return head;
}

function letterRow(ctx: RequestContext, input: RegisterLetterInput, made: { id: string; senderId: string; fileId: string }) {
  return {
    id: made.id,
    direction: 'incoming' as const,
    agenda_number: null,
    agenda_number_id: null,
    sender_contact_id: made.senderId,
    their_number: input.theirNumber,
    their_date: input.theirDate,
    received_on: input.receivedDate,
    // Stored verbatim: the subject is text, never markup; every client renders it as text.
    hal: input.hal,
    summary: input.summary || null,
    security: input.security,
    urgency: input.urgency,
    kka_code: input.kka,
    attachments_note: input.attachmentsNote || null,
    unit_id: input.unitId,
    status: 'didistribusikan' as const,
    scan_file_id: made.fileId,
    created_by: ctx.actor.userId,
    created_at: ctx.platform.now().toISOString(),
  };
}

/** Takes the unit's next AGENDA number for the letter and marks it used at once (the letter exists already). */
async function takeAgendaNumber(ctx: RequestContext, letterId: string, head: PositionCard, input: RegisterLetterInput) {
  const reference = { type: 'letter', id: letterId };
  const number = await reserveNumber(ctx, {
    schemeCode: 'AGENDA',
    unitCode: head.unitCode,
    kka: input.kka,
    date: input.receivedDate,
    reference,
  });
  await markNumberUsed(ctx, number.id, reference);
  await tenantDb(ctx)
    .updateTable('letters')
    .set({ agenda_number: number.formatted, agenda_number_id: number.id })
    .where('id', '=', letterId)
    .execute();
  return number;
}

/** Addresses the letter to positions in a role (kepada or tembusan): whoever holds them sees the letter. */
async function addressTo(
  ctx: RequestContext,
  letter: { id: string; receivedOn: string },
  positionIds: readonly string[],
  role: 'kepada' | 'tembusan',
): Promise<void> {
  if (positionIds.length === 0) return;
  const rows = positionIds.map((positionId) => ({
    id: newId(),
    letter_id: letter.id,
    position_id: positionId,
    role,
    received_on: letter.receivedOn,
    read_at: null,
    read_by_employee_id: null,
    created_at: ctx.platform.now().toISOString(),
  }));
  await tenantDb(ctx).insertInto('letter_recipients', rows).execute();
}

/** The kepada and tembusan positions: each once, and a position that is kepada is not also a tembusan. */
function recipientsOf(input: RegisterLetterInput, head: PositionCard, options: RegisterOptions) {
  const kepada = options.headRole === 'tembusan' ? [] : [head.id];
  const copies = options.headRole === 'tembusan' ? [head.id, ...(input.tembusan ?? [])] : (input.tembusan ?? []);
  return { kepada, tembusan: [...new Set(copies)].filter((id) => !kepada.includes(id)) };
}

/** Tells the holders of the recipient positions: a letter for the kepada, a copy for the tembusan. */
async function notifyRecipients(
  ctx: RequestContext,
  letterId: string,
  input: RegisterLetterInput,
  recipients: { kepada: string[]; tembusan: string[] },
  agenda: string,
) {
  const notice = { body: `Agenda ${agenda}`, link: `/e-office/surat/${letterId}`, security: input.security };
  if (recipients.kepada.length > 0)
    await notifyPositionHolders(ctx, recipients.kepada, {
      ...notice,
      kind: 'letter.incoming',
      title: `Surat masuk: ${input.hal}`,
    });
  if (recipients.tembusan.length > 0)
    await notifyPositionHolders(ctx, recipients.tembusan, {
      ...notice,
      kind: 'letter.tembusan',
      title: `Tembusan surat masuk: ${input.hal}`,
    });
}

/**
 * Registers an incoming letter (pencatat): the scan must be a real PDF, the KKA known, the received date not in the
 * future, tembusan positions of this tenant. One transaction takes the AGENDA number, stores the scan and the letter,
 * and addresses it (kepada) to the head position of the receiving unit, whoever holds it, with copies (tembusan) to
 * the chosen positions.
 */
export async function registerIncomingLetter(
  ctx: RequestContext,
  input: RegisterLetterInput,
  scan: UploadedScan,
  options: RegisterOptions = {},
): Promise<{ id: string; agendaNumber: string }> {
  await assertAcceptablePdf(scan.data);
  const head = await checkRegistration(ctx, input);
  const recipients = recipientsOf(input, head, options);
  const id = newId();
  return inTransaction(ctx, async (tx) => {
    const senderId = await findOrCreateContact(tx, input.sender);
    const file = await storeFile(tx, scan.data, 'application/pdf', scan.fileName || 'surat-masuk.pdf');
    await tenantDb(tx)
      .insertInto('letters', letterRow(tx, input, { id, senderId, fileId: file.id }))
      .execute();
    const number = await takeAgendaNumber(tx, id, head, input);
    await addressTo(tx, { id, receivedOn: input.receivedDate }, recipients.kepada, 'kepada');
    await addressTo(tx, { id, receivedOn: input.receivedDate }, recipients.tembusan, 'tembusan');
    await indexLetterForSearch(tx, id);
    await notifyRecipients(tx, id, input, recipients, number.formatted);
    await recordAudit(tx, 'correspondence.letter.registered', {
      objectType: 'letter',
      objectId: id,
      data: { agendaNumber: number.formatted, sha256: file.sha256, security: input.security, tembusan: recipients.tembusan },
    });
    return { id, agendaNumber: number.formatted };
  });
}
