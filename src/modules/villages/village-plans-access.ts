/** The desa a planning use case acts on, after the tenant lookup (404) and the plans policy (403). */
import type { RequestContext } from '../../platform/access/context.ts';
import { currentAccountabilityActor } from './village-actor.ts';
import { type DesaRecord, requireDesa } from './village-lookup.ts';
import { enforcePlans, mayEditPlans, mayReadPlans } from './village-plans.policy.ts';

/** SECURITY: looks the desa up through tenantDb first (another tenant's id → 404), then asks the plans policy. */
export async function planDesa(ctx: RequestContext, regionId: string, mode: 'read' | 'edit'): Promise<DesaRecord> {
  const desa = await requireDesa(ctx, regionId);
  const actor = await currentAccountabilityActor(ctx);
  enforcePlans(mode === 'edit' ? mayEditPlans(actor, desa) : mayReadPlans(actor, desa));
  return desa;
}

/** The desa as plan views show it. */
export const planDesaView = (desa: DesaRecord) => ({ id: desa.id, name: desa.name, kecamatanName: desa.kecamatan?.name ?? null });

/** True for a unique-constraint violation on SQLite or PostgreSQL. */
export const isUniqueViolation = (err: unknown): boolean =>
  ['SQLITE_CONSTRAINT_UNIQUE', '23505'].includes(String((err as { code?: unknown } | null)?.code ?? ''));
