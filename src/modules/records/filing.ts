/** How the acting person relates to a letter's filing, built from the context and the letter row. */
import type { RequestContext } from '../../platform/access/context.ts';
import type { Me } from '../correspondence/index.ts';
import type { FilerRelation } from './records.policy.ts';

/** True when the acting user registered the letter (the pencatat on its agenda). */
export function isRegistrarOf(me: Me, letter: { created_by: string | null }): boolean {
  return me.userId !== null && letter.created_by === me.userId;
}

/** The filer relation: holds archive.record.manage, and/or registered the letter. */
export function filerRelation(ctx: RequestContext, me: Me, letter: { created_by: string | null }): FilerRelation {
  return { managesRecords: ctx.actor.permissions.has('archive.record.manage'), isRegistrar: isRegistrarOf(me, letter) };
}
