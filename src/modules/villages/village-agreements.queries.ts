/** Reads of the PK Kepala Desa: one row by id (tenant-scoped), its answer shape, and the year's list the actor may read. */

import type { VillageAgreementsTable } from '../../db/schema/villages-agreements.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { employeeIdOfUser } from '../identity/index.ts';
import { currentAccountabilityActor } from './village-actor.ts';
import type { VillageAgreementList, VillageAgreementListQuery, VillageAgreementView } from './village-agreements.contract.ts';
import {
  type AgreementParties,
  enforceAgreement,
  mayReadVillageAgreement,
  nextVillageSigner,
} from './village-agreements.policy.ts';
import { requireDesa } from './village-lookup.ts';

/** A stored PK row (tenant_id left out). */
export type VillageAgreementRow = Omit<VillageAgreementsTable, 'tenant_id' | 'version'> & { version: number };

/** SECURITY: the PK by id through tenantDb, so another tenant's id is a 404 before any policy runs. */
export async function loadVillageAgreement(ctx: RequestContext, id: string): Promise<VillageAgreementRow> {
  const row = await tenantDb(ctx).selectFrom('village_agreements').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('agreement');
  const { tenant_id: _t, ...rest } = row;
  return { ...rest, year: Number(row.year), revision: Number(row.revision), version: Number(row.version) };
}

/** The policy's view of a row's parties. */
export function partiesOf(row: VillageAgreementRow): AgreementParties {
  return {
    status: row.status,
    kadesEmployeeId: row.kades_employee_id,
    camatEmployeeId: row.camat_employee_id,
    kadesSignedAt: row.kades_signed_at,
    camatSignedAt: row.camat_signed_at,
  };
}

async function itemsOf(ctx: RequestContext, agreementIds: readonly string[]) {
  if (agreementIds.length === 0) return [];
  return tenantDb(ctx)
    .selectFrom('village_agreement_items')
    .selectAll()
    .where('agreement_id', 'in', [...agreementIds])
    .orderBy('agreement_id')
    .orderBy('sort_order')
    .execute();
}

type ItemRow = Awaited<ReturnType<typeof itemsOf>>[number];
interface Names {
  readonly desaName: string;
  readonly kecamatanName: string | null;
}

/** An agreement as shown, with its own items (in their stored order). */
function viewOf(row: VillageAgreementRow, items: readonly ItemRow[], names: Names, me: string | null): VillageAgreementView {
  const next = nextVillageSigner(partiesOf(row));
  const due = next === 'kades' ? row.kades_employee_id : next === 'camat' ? row.camat_employee_id : null;
  return {
    ...{ id: row.id, regionId: row.region_id, ...names, year: row.year, revision: row.revision },
    ...{ revisionReason: row.revision_reason, supersedesId: row.supersedes_id, status: row.status },
    ...{ documentNumber: row.document_number, verificationCode: row.verification_code },
    kades: { employeeId: row.kades_employee_id, name: row.kades_name, jabatan: row.kades_jabatan, signedAt: row.kades_signed_at },
    camat: { employeeId: row.camat_employee_id, name: row.camat_name, jabatan: row.camat_jabatan, signedAt: row.camat_signed_at },
    nextSigner: next,
    mySignatureDue: me !== null && due === me,
    items: items.map((i) => ({
      ...{ kind: i.source_kind, code: i.code, sasaran: i.sasaran, indicatorName: i.indicator_name },
      ...{ target: i.target, unit: i.unit },
    })),
    createdAt: row.created_at,
    version: row.version,
  };
}

/** The answer for one PK (the caller has already decided the actor may read it). */
export async function villageAgreementView(ctx: RequestContext, id: string): Promise<VillageAgreementView> {
  const row = await loadVillageAgreement(ctx, id);
  const desa = await requireDesa(ctx, row.region_id);
  const me = await employeeIdOfUser(ctx, ctx.actor.userId);
  const names = { desaName: desa.name, kecamatanName: desa.kecamatan?.name ?? null };
  return viewOf(row, await itemsOf(ctx, [row.id]), names, me);
}

/** SECURITY: one PK, read only by those who read the desa's accountability or are one of its parties (else 403). */
export async function getVillageAgreement(ctx: RequestContext, id: string): Promise<VillageAgreementView> {
  const row = await loadVillageAgreement(ctx, id);
  const desa = await requireDesa(ctx, row.region_id);
  const me = await employeeIdOfUser(ctx, ctx.actor.userId);
  enforceAgreement(mayReadVillageAgreement(await currentAccountabilityActor(ctx), desa, me, partiesOf(row)));
  return villageAgreementView(ctx, id);
}

/**
 * SECURITY: the year's PKs filtered row by row with the same read rule (a desa sees its own, a kecamatan its desa,
 * regency readers and DPMD all); `awaitingMe` keeps those whose next signature is the actor's.
 */
export async function listVillageAgreements(
  ctx: RequestContext,
  query: VillageAgreementListQuery,
): Promise<VillageAgreementList> {
  let q = tenantDb(ctx)
    .selectFrom('village_agreements')
    .innerJoin('regions', (j) =>
      j.onRef('regions.tenant_id', '=', 'village_agreements.tenant_id').onRef('regions.id', '=', 'village_agreements.region_id'),
    )
    .leftJoin('regions as kec', (j) =>
      j.onRef('kec.tenant_id', '=', 'regions.tenant_id').onRef('kec.id', '=', 'regions.parent_id'),
    )
    .selectAll('village_agreements')
    .select(['regions.name as desaName', 'regions.parent_id as kecamatanId', 'kec.name as kecamatanName'])
    .where('village_agreements.year', '=', query.year);
  if (query.regionId) q = q.where('village_agreements.region_id', '=', query.regionId);
  const rows = await q.orderBy('regions.code').orderBy('village_agreements.revision').execute();
  const actor = await currentAccountabilityActor(ctx);
  const me = await employeeIdOfUser(ctx, ctx.actor.userId);
  const views: VillageAgreementView[] = [];
  const itemsByAgreement = groupBy(
    await itemsOf(
      ctx,
      rows.map((r) => r.id),
    ),
    (item) => item.agreement_id,
  );
  for (const r of rows) {
    const row: VillageAgreementRow = { ...r, year: Number(r.year), revision: Number(r.revision), version: Number(r.version) };
    const desa = { id: r.region_id, kecamatanId: r.kecamatanId };
    if (!mayReadVillageAgreement(actor, desa, me, partiesOf(row)).allowed) continue;
    const view = viewOf(row, itemsByAgreement.get(row.id) ?? [], { desaName: r.desaName, kecamatanName: r.kecamatanName }, me);
    if (query.awaitingMe !== 'true' || view.mySignatureDue) views.push(view);
  }
  return { year: query.year, items: views };
}
