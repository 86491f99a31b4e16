/** Delivering a signed outgoing letter: internal inboxes now, other regencies and e-mail through jobs. */
import type { LetterDraftsTable } from '../../db/schema/outgoing.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { enqueue } from '../../platform/jobs/index.ts';
import { newId } from '../../shared/ids.ts';
import { findTenantByRef } from '../organization/index.ts';
import { findOrCreateContact } from './contacts.service.ts';
import { indexLetterForSearch } from './letter-search.service.ts';
import { notifyPositionHolders } from './notify-positions.ts';
import { mayMailExternally } from './outgoing.policy.ts';
import type { VersionContent } from './outgoing-access.ts';
import { letterMailSpec, regencyDeliverySpec } from './outgoing-jobs.spec.ts';

/** The naskah row the recipients see: the final number in the agenda column, the signed PDF as its file. */
function letterRow(ctx: RequestContext, draft: LetterDraftsTable, letterId: string, fileId: string) {
  return {
    id: letterId,
    direction: 'outgoing' as const,
    agenda_number: draft.number_text,
    agenda_number_id: draft.number_id,
    sender_contact_id: null,
    their_number: draft.number_text,
    their_date: draft.letter_date,
    received_on: draft.letter_date as string,
    hal: draft.hal,
    summary: null,
    security: draft.security,
    urgency: draft.urgency,
    kka_code: draft.kka_code,
    attachments_note: null,
    unit_id: draft.unit_id,
    status: 'didistribusikan' as const,
    scan_file_id: fileId,
    created_by: draft.created_by,
    created_at: ctx.platform.now().toISOString(),
  };
}

async function addressInternally(ctx: RequestContext, draft: LetterDraftsTable, letterId: string, version: VersionContent) {
  const seen = new Set<string>();
  const rows = version.addressees.positions
    .filter((p) => !seen.has(`${p.positionId}:${p.role}`) && seen.add(`${p.positionId}:${p.role}`))
    .map((p) => ({
      id: newId(),
      letter_id: letterId,
      position_id: p.positionId,
      role: p.role,
      received_on: draft.letter_date as string,
      read_at: null,
      read_by_employee_id: null,
      created_at: ctx.platform.now().toISOString(),
    }));
  if (rows.length === 0) return;
  await tenantDb(ctx).insertInto('letter_recipients', rows).execute();
  await notifyPositionHolders(
    ctx,
    rows.map((r) => r.position_id),
    {
      kind: 'letter.incoming',
      title: `Surat masuk: ${draft.hal}`,
      body: `Nomor ${draft.number_text}`,
      link: `/e-office/surat/${letterId}`,
      security: draft.security,
    },
  );
}

/** SECURITY: e-mail only for biasa/terbatas letters (checked again here, not only at draft time). */
async function queueMailings(ctx: RequestContext, draft: LetterDraftsTable, version: VersionContent, fileId: string) {
  if (version.addressees.external.length === 0 || !mayMailExternally(draft.security)) return;
  const ids: string[] = [];
  for (const person of version.addressees.external) {
    const contactId = await findOrCreateContact(ctx, person);
    const id = newId();
    await tenantDb(ctx)
      .insertInto('letter_mailings', {
        id,
        draft_id: draft.id,
        contact_id: contactId,
        email: person.email,
        file_id: fileId,
        sent_at: null,
        created_at: ctx.platform.now().toISOString(),
      })
      .execute();
    ids.push(id);
  }
  await enqueue(ctx, letterMailSpec, { mailingIds: ids });
}

async function queueRegencies(ctx: RequestContext, draft: LetterDraftsTable, version: VersionContent) {
  for (const target of version.addressees.regencies) {
    const tenant = await findTenantByRef(ctx, target.tenant);
    if (tenant && tenant.id !== ctx.tenantId)
      await enqueue(ctx, regencyDeliverySpec, { draftId: draft.id, targetTenantId: tenant.id });
  }
}

/**
 * Delivers a just-signed letter in the signing transaction: the naskah row with the signed PDF, kepada/tembusan rows
 * for internal positions (their holders are notified), and jobs for other regencies and external e-mail.
 */
export async function deliverSignedLetter(
  ctx: RequestContext,
  draft: LetterDraftsTable,
  version: VersionContent,
  fileId: string,
): Promise<string> {
  const letterId = newId();
  await tenantDb(ctx)
    .insertInto('letters', letterRow(ctx, draft, letterId, fileId))
    .execute();
  await addressInternally(ctx, draft, letterId, version);
  await indexLetterForSearch(ctx, letterId);
  await queueMailings(ctx, draft, version, fileId);
  await queueRegencies(ctx, draft, version);
  await tenantDb(ctx)
    .updateTable('letter_drafts')
    .set({ status: 'terkirim', letter_id: letterId })
    .where('id', '=', draft.id)
    .execute();
  return letterId;
}
