/** Shared pieces of the outgoing workflow: the write answer and the number reservation at approval. */
import type { LetterDraftsTable } from '../../db/schema/outgoing.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { reserveNumber } from '../numbering/index.ts';
import { type PositionCard, positionCards } from '../organization/index.ts';
import { activeDocumentType } from '../regulation/index.ts';
import type { DraftStateView } from './outgoing.contract.ts';

/** The write answer from a draft row. */
export function stateOf(
  draft: Pick<LetterDraftsTable, 'id' | 'status' | 'version_no' | 'paraf_chain' | 'number_text'>,
): DraftStateView {
  return {
    id: draft.id,
    status: draft.status,
    version: draft.version_no,
    parafChain: JSON.parse(draft.paraf_chain) as string[],
    number: draft.number_text,
  };
}

/** Number at approval (domain §4.2 rule 2): RESERVED now under the jenis's scheme, USED when signed. */
export async function reserveLetterNumber(ctx: RequestContext, draft: LetterDraftsTable, today: string) {
  const type = await activeDocumentType(ctx, draft.type_code);
  const unit = (await positionCards(ctx, [draft.drafter_position_id])).get(draft.drafter_position_id) as PositionCard;
  return reserveNumber(ctx, {
    schemeCode: type?.numberSchemeCode ?? 'SURAT',
    unitCode: unit.unitCode,
    kka: draft.kka_code,
    documentTypeCode: draft.type_code,
    date: today,
    reference: { type: 'letter_draft', id: draft.id },
  });
}
