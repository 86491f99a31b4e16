import type { HasDatabase } from '../../db/executor.ts';
import type { JobsTable } from '../../db/schema/platform.ts';
import { platformDb } from '../../db/system-db.ts';

/** A job as users and admins see it. */
export interface JobView {
  id: string;
  name: string;
  status: JobsTable['status'];
  progress: number | null;
  /** The handler's return value (parsed JSON); null until done. */
  result: unknown;
  /** The last failure's message, if any. */
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** A job in the dead-letter list, with what an admin needs to decide on a retry. */
export interface DeadJobView extends JobView {
  tenantId: string | null;
  attempts: number;
}

function toJobView(row: JobsTable): JobView {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    progress: row.progress,
    result: row.result === null ? null : JSON.parse(row.result),
    error: row.last_error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** SECURITY: the job with this id if it belongs to the context's tenant; a job of another tenant is invisible. */
export async function getJobForTenant(
  ctx: HasDatabase & { readonly tenantId: string },
  id: string,
): Promise<JobView | undefined> {
  if (!ctx.tenantId) throw new Error('getJobForTenant needs a tenant id');
  const row = await platformDb(ctx)
    .selectFrom('jobs')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', ctx.tenantId)
    .executeTakeFirst();
  return row && toJobView(row);
}

/** The dead-letter list (jobs that exhausted their attempts), newest first; platform admins only. */
export async function listDeadJobs(
  owner: HasDatabase,
  filter: { tenantId?: string; limit?: number } = {},
): Promise<DeadJobView[]> {
  const rows = await platformDb(owner)
    .selectFrom('jobs')
    .selectAll()
    .where('status', '=', 'dead')
    .$if(filter.tenantId !== undefined, (q) => q.where('tenant_id', '=', filter.tenantId!))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 100)
    .execute();
  return rows.map((row) => ({ ...toJobView(row), tenantId: row.tenant_id, attempts: row.attempts }));
}

/** Puts a dead job back in the queue with a fresh attempt budget; false when no dead job has this id. */
export async function retryDeadJob(owner: HasDatabase, id: string): Promise<boolean> {
  const result = await platformDb(owner)
    .updateTable('jobs')
    .set({
      status: 'pending',
      attempts: 0,
      run_at: new Date().toISOString(),
      locked_by: null,
      locked_until: null,
      finished_at: null,
    })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
