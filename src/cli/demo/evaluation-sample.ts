/**
 * The demo evaluator (Inspektorat): the account is linked to the Inspektur Pembantu Wilayah I, so drafting from
 * Evaluasi SAKIP (a recommendation sent as a nota dinas) goes from an Inspektorat position, signed by the Inspektur.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { headOfUnit } from './eoffice-sample-actors.ts';

/** Links the evaluator account (by e-mail) to an Inspektorat pegawai once; nothing when already linked. */
export async function linkDemoEvaluator(admin: RequestContext, email: string): Promise<void> {
  const user = await tenantDb(admin)
    .selectFrom('users')
    .select(['id', 'employee_id'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user || user.employee_id) return;
  const held = (await headOfUnit(admin, 'INSPEKTORAT-IRBAN1')) ?? (await headOfUnit(admin, 'INSPEKTORAT'));
  if (!held) return;
  await tenantDb(admin).updateTable('users').set({ employee_id: held.employeeId }).where('id', '=', user.id).execute();
}
