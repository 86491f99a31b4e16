/** The disposition tree of a letter as the tracking view and the lembar disposisi show it. */
import type { DispositionsTable } from '../../db/schema/correspondence.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import { positionCards } from '../organization/index.ts';
import { dispositionInstructions } from '../regulation/index.ts';
import type { DispositionView } from './correspondence.contract.ts';
import { isOverdue } from './correspondence.policy.ts';
import { visibleLetter, whoAmI } from './letter-access.ts';

const DAY_MS = 86_400_000;

/** Whole days a disposition has been open (until now), or took (until it was completed). */
export function ageInDays(createdAt: string, endedAt: string | null, now: Date): number {
  const end = endedAt ? Date.parse(endedAt) : now.getTime();
  return Math.max(0, Math.floor((end - Date.parse(createdAt)) / DAY_MS));
}

/** Orders rows depth-first (children after their parent, siblings oldest first) and gives each its depth. */
export function depthFirst<R extends { id: string; parent_id: string | null; created_at: string }>(
  rows: readonly R[],
): { row: R; depth: number }[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = groupBy(
    [...rows].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id)),
    (r) => (r.parent_id && ids.has(r.parent_id) ? r.parent_id : null),
  );
  const out: { row: R; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const row of children.get(parent) ?? []) {
      out.push({ row, depth });
      walk(row.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Dispositions as views (position names, instruction labels, ageing, overdue flag), in depth-first order. */
export async function dispositionViews(
  ctx: RequestContext,
  rows: readonly DispositionsTable[],
  today: string,
): Promise<DispositionView[]> {
  const cards = await positionCards(
    ctx,
    rows.flatMap((r) => [r.from_position_id, r.to_position_id]),
  );
  const labels = new Map((await dispositionInstructions(ctx)).map((i) => [i.code, i.label]));
  const now = ctx.platform.now();
  const named = (id: string) => ({ id, name: cards.get(id)?.name ?? '' });
  return depthFirst(rows).map(({ row, depth }) => ({
    id: row.id,
    letterId: row.letter_id,
    parentId: row.parent_id,
    depth,
    fromPosition: named(row.from_position_id),
    fromName: row.from_name,
    toPosition: named(row.to_position_id),
    leading: row.leading === 1,
    instructions: (JSON.parse(row.instructions) as string[]).map((code) => ({ code, label: labels.get(code) ?? code })),
    note: row.note,
    deadline: row.deadline,
    status: row.status,
    overdue: isOverdue(row.deadline, row.status, today),
    ageDays: ageInDays(row.created_at, row.completed_at, now),
    readAt: row.read_at,
    readByName: row.read_by_name,
    completedAt: row.completed_at,
    completionNote: row.completion_note,
    hasCompletionFile: row.completion_file_id !== null,
    rejectionReason: row.rejection_reason,
    version: row.version,
    createdAt: row.created_at,
  }));
}

/** The letter (visible to me) and its whole disposition tree. */
export async function letterTracking(ctx: RequestContext, letterId: string) {
  const me = await whoAmI(ctx);
  const letter = await visibleLetter(ctx, letterId, me);
  const rows = await tenantDb(ctx).selectFrom('dispositions').selectAll().where('letter_id', '=', letterId).execute();
  return {
    letter: { id: letter.id, agendaNumber: letter.agenda_number, hal: letter.hal, status: letter.status },
    dispositions: await dispositionViews(ctx, rows, me.today),
    row: letter,
  };
}
