/** Signing an approved outgoing letter: the official document with the reserved number, the signature, then delivery. */
import { inTransaction } from '../../db/executor.ts';
import type { LetterDraftsTable } from '../../db/schema/outgoing.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { storeFile } from '../../platform/storage/tenant-files.ts';
import { ConflictError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { type CreateDocumentInput, createDocument, documentPdf, signDocument } from '../documents/index.ts';
// Aliased: biome's React-hook rule mistakes `useNumber` for a hook.
import { markNumberUsed } from '../numbering/index.ts';
import { type PositionCard, positionCards, positionHolders } from '../organization/index.ts';
import { activeDocumentType } from '../regulation/index.ts';
import { enforce } from './correspondence.policy.ts';
import { type Me, whoAmI } from './letter-access.ts';
import type { DraftStateView } from './outgoing.contract.ts';
import { maySignDraft } from './outgoing.policy.ts';
import { type VersionContent, visibleDraft } from './outgoing-access.ts';
import { deliverSignedLetter } from './outgoing-delivery.ts';
import { stateOf } from './outgoing-state.ts';

/** The current version's content and addressees. */
export async function currentVersion(ctx: RequestContext, draft: LetterDraftsTable): Promise<VersionContent> {
  const row = await tenantDb(ctx)
    .selectFrom('letter_versions')
    .select('content')
    .where('draft_id', '=', draft.id)
    .where('version_no', '=', draft.version_no)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.content) as VersionContent;
}

/** The printed addressee and tembusan lines: internal positions by name, regencies by reference, contacts by name. */
async function addresseeLines(ctx: RequestContext, version: VersionContent) {
  const { positions, regencies, external } = version.addressees;
  const cards = await positionCards(
    ctx,
    positions.map((p) => p.positionId),
  );
  const nameOf = (id: string) => cards.get(id)?.name ?? id;
  const lines = (role: 'kepada' | 'tembusan') => [
    ...positions.filter((p) => p.role === role).map((p) => nameOf(p.positionId)),
    ...regencies.filter((r) => r.role === role).map((r) => `Pemerintah ${r.tenant}`),
    ...(role === 'kepada' ? external.map((e) => (e.organisation ? `${e.name} (${e.organisation})` : e.name)) : []),
  ];
  return { kepada: lines('kepada'), tembusan: lines('tembusan') };
}

/** The documents module's input: the approved content, the reserved number, today's date and the signer's block. */
async function documentInputOf(ctx: RequestContext, draft: LetterDraftsTable, me: Me): Promise<CreateDocumentInput> {
  const version = await currentVersion(ctx, draft);
  const type = await activeDocumentType(ctx, draft.type_code);
  if (!type) throw new ConflictError('correspondence.unknownDocumentType', { code: draft.type_code });
  const signer = (await positionCards(ctx, [draft.signer_position_id])).get(draft.signer_position_id) as PositionCard;
  const holding = (await positionHolders(ctx, [signer.id], me.today)).find((h) => h.employeeId === me.employeeId);
  const lines = await addresseeLines(ctx, version);
  return {
    ...(version.content as Omit<CreateDocumentInput, 'date' | 'signers' | 'kind' | 'layout'>),
    kind: draft.type_code
      .toLowerCase()
      .replace(/[^a-z_]/g, '_')
      .padEnd(2, '_')
      .slice(0, 40),
    layout: type.layout,
    variant: type.variant as CreateDocumentInput['variant'],
    number: draft.number_text ?? undefined,
    unitId: draft.unit_id,
    date: me.today,
    security: draft.security,
    addressee: version.content.addressee ?? lines.kepada.slice(0, 10),
    tembusan: version.content.tembusan ?? (lines.tembusan.length > 0 ? lines.tembusan.slice(0, 30) : undefined),
    signers: [{ employeeId: me.employeeId as string, capacity: holding?.kind ?? 'definitif', jabatan: signer.name }],
  };
}

/**
 * Renders the official document once and remembers it on the draft, so a failed signature (wrong passphrase,
 * revoked certificate, BSrE down) is retried on the same document instead of leaving orphans behind.
 */
async function prepareDocument(ctx: RequestContext, draft: LetterDraftsTable, me: Me): Promise<string> {
  const document = await createDocument(ctx, await documentInputOf(ctx, draft, me), { workflow: 'correspondence.outgoing' });
  await tenantDb(ctx)
    .updateTable('letter_drafts')
    .set({ document_id: document.id })
    .where('id', '=', draft.id)
    .where('document_id', 'is', null)
    .execute();
  return document.id;
}

/**
 * SECURITY: the holder of the signer position (definitif, Plt, Plh, Pj) signs an approved letter (siap_tte) with the
 * signature capability. If rendering or signing fails nothing of the letter changes and its number stays reserved;
 * once the document is final the number becomes USED and the letter is delivered, in one transaction.
 */
export async function signOutgoing(
  ctx: RequestContext,
  draftId: string,
  input: { passphrase?: string },
): Promise<DraftStateView> {
  const me = await whoAmI(ctx);
  const draft = await visibleDraft(ctx, draftId, me);
  enforce(maySignDraft(me.positionIds.includes(draft.signer_position_id), draft.status));
  if (!draft.number_id) throw new ConflictError('correspondence.notApproved');
  const document = { id: draft.document_id ?? (await prepareDocument(ctx, draft, me)) };
  await signDocument(ctx, document.id, input);
  const { pdf, fileName } = await documentPdf(ctx, document.id);
  return inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    const updated = await tenantDb(tx)
      .updateTable('letter_drafts')
      .set({ status: 'ditandatangani', document_id: document.id, letter_date: me.today, updated_at: now })
      .where('id', '=', draftId)
      .where('status', '=', 'siap_tte')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('correspondence.notApproved');
    await markNumberUsed(tx, draft.number_id as string, { type: 'letter_draft', id: draftId });
    await tenantDb(tx)
      .updateTable('approval_steps')
      .set({ status: 'approved', acted_by_employee_id: me.employeeId, acted_at: now })
      .where('draft_id', '=', draftId)
      .where('round', '=', draft.round)
      .where('role', '=', 'penandatangan')
      .execute();
    const file = await storeFile(tx, pdf, 'application/pdf', fileName);
    const letterId = await deliverSignedLetter(tx, { ...draft, letter_date: me.today }, await currentVersion(tx, draft), file.id);
    await recordAudit(tx, 'correspondence.outgoing.signed', {
      objectType: 'letter_draft',
      objectId: draftId,
      data: { number: draft.number_text, document: document.id, letter: letterId, sha256: file.sha256 },
    });
    return stateOf({ ...draft, status: 'terkirim' });
  });
}
