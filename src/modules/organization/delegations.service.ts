/** Absence delegation (Plh): a head hands their position to a pegawai for a period; ending one early. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { type FieldProblem, ForbiddenError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { assignmentHeldOn } from './assignment-rule.ts';
import {
  type CreateDelegationInput,
  type DelegationListView,
  type DelegationView,
  MAX_DELEGATION_DAYS,
} from './delegations.contract.ts';
import { nameWithTitles } from './org-queries.service.ts';
import { getTenant } from './tenants.service.ts';

const DAY_MS = 86_400_000;

/** Today (YYYY-MM-DD) in the tenant's own time zone. */
async function tenantToday(ctx: RequestContext): Promise<string> {
  const { timezone } = await getTenant(ctx, ctx.tenantId);
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(ctx.platform.now());
}

/** The day before a YYYY-MM-DD date. */
export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}

/** Field problems of a delegation period: not in the past, end not before start, at most MAX_DELEGATION_DAYS days. */
export function delegationPeriodProblems(startsOn: string, endsOn: string, today: string): FieldProblem[] {
  if (startsOn < today) return [{ field: 'startsOn', message: 'organization.delegationInPast', params: { today } }];
  if (endsOn < startsOn) return [{ field: 'endsOn', message: 'organization.delegationEndsBeforeStart' }];
  const days = (Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / DAY_MS + 1;
  if (days > MAX_DELEGATION_DAYS)
    return [{ field: 'endsOn', message: 'organization.delegationTooLong', params: { days: MAX_DELEGATION_DAYS } }];
  return [];
}

/**
 * The pegawai linked to the signed-in account. Read here rather than through identity's public API because identity
 * depends on organization (importing it back would make a cycle).
 */
async function actorEmployeeId(ctx: RequestContext): Promise<string | null> {
  if (!ctx.actor.userId) return null;
  const row = await tenantDb(ctx).selectFrom('users').select('employee_id').where('id', '=', ctx.actor.userId).executeTakeFirst();
  return row?.employee_id ?? null;
}

/** The positions the pegawai holds definitif on `today`. */
async function definitifPositionIds(ctx: RequestContext, employeeId: string | null, today: string): Promise<string[]> {
  if (!employeeId) return [];
  const rows = await tenantDb(ctx)
    .selectFrom('assignments')
    .select('position_id')
    .where('employee_id', '=', employeeId)
    .where('kind', '=', 'definitif')
    .where(assignmentHeldOn(today))
    .execute();
  return [...new Set(rows.map((r) => r.position_id))];
}

/**
 * SECURITY: only the definitif holder of the position (delegating their own position) or an organisation admin may
 * delegate it or end a delegation of it; everyone else gets 403.
 */
async function enforceMayDelegate(ctx: RequestContext, positionId: string, today: string): Promise<string | null> {
  const me = await actorEmployeeId(ctx);
  if (ctx.actor.permissions.has('organization.manage')) return me;
  const held = await definitifPositionIds(ctx, me, today);
  if (!held.includes(positionId)) throw new ForbiddenError('organization.notPositionHolder');
  return me;
}

async function requirePosition(ctx: RequestContext, positionId: string): Promise<void> {
  const row = await tenantDb(ctx).selectFrom('positions').select('id').where('id', '=', positionId).executeTakeFirst();
  if (!row) throw new NotFoundError('position');
}

/** Creates a time-bounded Plh assignment so the delegate sees and acts on the position's queues for the period. */
export async function createDelegation(ctx: RequestContext, input: CreateDelegationInput): Promise<DelegationView> {
  const today = await tenantToday(ctx);
  await requirePosition(ctx, input.positionId);
  const me = await enforceMayDelegate(ctx, input.positionId, today);
  // SECURITY: tenantDb pins the look-up to this tenant: a pegawai of another regency is simply not found (404).
  const delegate = await tenantDb(ctx)
    .selectFrom('employees')
    .select('id')
    .where('id', '=', input.delegateEmployeeId)
    .executeTakeFirst();
  if (!delegate) throw new NotFoundError('employee');
  if (input.delegateEmployeeId === me)
    throw new ValidationError([{ field: 'delegateEmployeeId', message: 'organization.delegateSelf' }]);
  const problems = delegationPeriodProblems(input.startsOn, input.endsOn, today);
  if (problems.length > 0) throw new ValidationError(problems);
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    await tenantDb(tx)
      .insertInto('assignments', {
        id,
        position_id: input.positionId,
        employee_id: input.delegateEmployeeId,
        kind: 'plh',
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        decree_number: null,
        source: 'delegation',
        reason: input.reason,
      })
      .execute();
    await recordAudit(tx, 'organization.delegation.created', {
      objectType: 'assignment',
      objectId: id,
      data: { positionId: input.positionId, delegate: input.delegateEmployeeId, startsOn: input.startsOn, endsOn: input.endsOn },
    });
  });
  return (await delegationRows(ctx, { ids: [id] }, today))[0] as DelegationView;
}

/** Ends a delegation early: its last day becomes yesterday, so from today on the delegate no longer holds the position. */
export async function endDelegation(ctx: RequestContext, assignmentId: string): Promise<DelegationView> {
  const today = await tenantToday(ctx);
  const row = await tenantDb(ctx)
    .selectFrom('assignments')
    .select(['id', 'position_id', 'ends_on'])
    .where('id', '=', assignmentId)
    .where('source', '=', 'delegation')
    .executeTakeFirst();
  if (!row) throw new NotFoundError('delegation');
  await enforceMayDelegate(ctx, row.position_id, today);
  const yesterday = dayBefore(today);
  if (row.ends_on !== null && row.ends_on <= yesterday)
    throw new ValidationError([{ field: 'assignmentId', message: 'organization.delegationEnded' }]);
  await inTransaction(ctx, async (tx) => {
    await tenantDb(tx).updateTable('assignments').set({ ends_on: yesterday }).where('id', '=', assignmentId).execute();
    await recordAudit(tx, 'organization.delegation.ended', {
      objectType: 'assignment',
      objectId: assignmentId,
      data: { positionId: row.position_id, endsOn: yesterday, plannedEndsOn: row.ends_on },
    });
  });
  return (await delegationRows(ctx, { ids: [assignmentId] }, today))[0] as DelegationView;
}

/** Delegations of one position (for its holders and organisation admins), or of mine and to me when none is named. */
export async function listDelegations(ctx: RequestContext, positionId: string | undefined): Promise<DelegationListView> {
  const today = await tenantToday(ctx);
  const me = await actorEmployeeId(ctx);
  const mine = await definitifPositionIds(ctx, me, today);
  const myPositions = [...(await positionLabels(ctx, mine)).values()];
  if (positionId) {
    await requirePosition(ctx, positionId);
    await enforceMayDelegate(ctx, positionId, today);
    return { items: await delegationRows(ctx, { positionIds: [positionId] }, today), myPositions };
  }
  return { items: await delegationRows(ctx, { positionIds: mine, delegateId: me }, today), myPositions };
}

async function positionLabels(ctx: RequestContext, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { id: string; name: string; unitName: string }>();
  const rows = await tenantDb(ctx)
    .selectFrom('positions')
    .innerJoin('units', (j) => j.onRef('units.tenant_id', '=', 'positions.tenant_id').onRef('units.id', '=', 'positions.unit_id'))
    .select(['positions.id', 'positions.name', 'units.name as unit_name'])
    .where('positions.id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, unitName: r.unit_name }]));
}

type RowFilter = { ids?: readonly string[]; positionIds?: readonly string[]; delegateId?: string | null };

async function delegationRows(ctx: RequestContext, filter: RowFilter, today: string): Promise<DelegationView[]> {
  const rows = await tenantDb(ctx)
    .selectFrom('assignments')
    .innerJoin('employees', (j) =>
      j.onRef('employees.tenant_id', '=', 'assignments.tenant_id').onRef('employees.id', '=', 'assignments.employee_id'),
    )
    .innerJoin('positions', (j) =>
      j.onRef('positions.tenant_id', '=', 'assignments.tenant_id').onRef('positions.id', '=', 'assignments.position_id'),
    )
    .select(['assignments.id', 'assignments.position_id', 'assignments.employee_id', 'assignments.starts_on'])
    .select(['assignments.ends_on', 'assignments.reason', 'positions.name as position_name'])
    .select(['employees.name', 'employees.front_title', 'employees.back_title', 'employees.nip'])
    .where('assignments.source', '=', 'delegation')
    .where((eb) => {
      const any = [eb('assignments.id', 'in', filter.ids && filter.ids.length > 0 ? [...filter.ids] : [''])];
      if (filter.positionIds && filter.positionIds.length > 0)
        any.push(eb('assignments.position_id', 'in', [...filter.positionIds]));
      if (filter.delegateId) any.push(eb('assignments.employee_id', '=', filter.delegateId));
      return eb.or(any);
    })
    .orderBy('assignments.starts_on', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => {
    const endsOn = r.ends_on ?? r.starts_on;
    return {
      id: r.id,
      positionId: r.position_id,
      positionName: r.position_name,
      delegateEmployeeId: r.employee_id,
      delegateName: nameWithTitles(r),
      delegateNip: r.nip,
      startsOn: r.starts_on,
      endsOn,
      reason: r.reason,
      active: r.starts_on <= today && today <= endsOn,
    };
  });
}
