/**
 * A nota dinas drafted on behalf of another module (e.g. an evaluation recommendation sent to the person in charge):
 * from the acting person's position, signed by the head of their unit, addressed to one position, with the paraf
 * chain suggested from the hierarchy. It is an ordinary draft: the drafter reviews it in e-Office, it goes through
 * the paraf chain, is numbered and signed like any other letter.
 */
import type { RequestContext } from '../../platform/access/context.ts';
import { ForbiddenError } from '../../shared/errors.ts';
import { headPositionOfUnit } from '../organization/index.ts';
import { whoAmI } from './letter-access.ts';
import { drafterPosition } from './outgoing-access.ts';
import { createDraft } from './outgoing-drafts.service.ts';

/** What the other module says: to whom, about what, the paragraphs and the archive code. */
export interface NoticeRequest {
  readonly toPositionId: string;
  readonly hal: string;
  readonly paragraphs: readonly string[];
  /** Archive classification (KKA), e.g. `700` (pengawasan) for an evaluation finding. */
  readonly kka: string;
  readonly place: string;
  /** The jenis naskah code of a nota dinas in the tenant's regulation pack. */
  readonly typeCode?: string;
}

/** Drafts a nota dinas (version 1, state draft) for the acting person; joins the caller's transaction. */
export async function draftNoticeToPosition(ctx: RequestContext, request: NoticeRequest): Promise<{ draftId: string }> {
  // SECURITY: the same permission the draft route asks for; the draft is the actor's own, visible to them only.
  if (!ctx.actor.permissions.has('correspondence.letter.draft')) throw new ForbiddenError();
  const me = await whoAmI(ctx);
  const drafter = await drafterPosition(ctx, me);
  const signer = (await headPositionOfUnit(ctx, drafter.unitId)) ?? drafter;
  const draft = await createDraft(ctx, {
    typeCode: request.typeCode ?? 'ND',
    kka: request.kka,
    security: 'biasa',
    urgency: 'biasa',
    signerPositionId: signer.id,
    addressees: { positions: [{ positionId: request.toPositionId, role: 'kepada' }], regencies: [], external: [] },
    content: {
      title: 'NOTA DINAS',
      hal: request.hal,
      place: request.place,
      body: request.paragraphs.map((text) => ({ kind: 'paragraph', text })),
    },
  });
  return { draftId: draft.id };
}
