/** Row access and row ↔ view mapping for regulation packs and their lists. */
import type { Selectable } from 'kysely';
import type { ArchiveClassesTable, DocumentTypesTable, RegulationPacksTable } from '../../db/schema/regulation.ts';
import { type TenantScope, tenantDb } from '../../db/tenant-db.ts';
import { rowsInParentOrder } from './kka-checks.ts';
import { kkaLevel, parentKkaCode } from './kka-code.ts';
import { type DocumentTypeView, PackLabels, type PackSummaryView } from './regulation.contract.ts';

/** A regulation pack row. */
export type PackRow = Selectable<RegulationPacksTable>;
/** A jenis naskah row. */
export type DocumentTypeRow = Selectable<DocumentTypesTable>;
/** A KKA row. */
export type ArchiveClassRow = Selectable<ArchiveClassesTable>;

const BATCH = 400;

/** A pack of the context's tenant by id (undefined for another tenant's id). */
export function findPack(ctx: TenantScope, packId: string): Promise<PackRow | undefined> {
  return tenantDb(ctx).selectFrom('regulation_packs').selectAll().where('id', '=', packId).executeTakeFirst();
}

/** The tenant's pack in a given status (at most one is active and one a draft). */
export function packInStatus(ctx: TenantScope, status: 'active' | 'draft'): Promise<PackRow | undefined> {
  return tenantDb(ctx).selectFrom('regulation_packs').selectAll().where('status', '=', status).executeTakeFirst();
}

/** Every pack of the tenant, newest version first. */
export function listPackRows(ctx: TenantScope): Promise<PackRow[]> {
  return tenantDb(ctx).selectFrom('regulation_packs').selectAll().orderBy('version', 'desc').execute();
}

/** The next free version number. */
export async function nextVersion(ctx: TenantScope): Promise<number> {
  const row = await tenantDb(ctx)
    .selectFrom('regulation_packs')
    .select((eb) => eb.fn.max('version').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** A KKA row to insert, before the pack id is known. */
export type NewArchiveClass = Omit<ArchiveClassRow, 'tenant_id' | 'pack_id' | 'parent_code' | 'level'>;

/** Inserts KKA rows into a pack, parents first (parent and level follow from the code). */
export async function insertArchiveClasses(ctx: TenantScope, packId: string, rows: readonly NewArchiveClass[]) {
  const ordered = rowsInParentOrder(rows).map((row) => ({
    ...row,
    pack_id: packId,
    parent_code: parentKkaCode(row.code),
    level: kkaLevel(row.code),
  }));
  for (let i = 0; i < ordered.length; i += BATCH)
    await tenantDb(ctx)
      .insertInto('archive_classes', ordered.slice(i, i + BATCH))
      .execute();
}

/** Copies every list of one pack into another (a new draft starts as a copy of the active pack). */
export async function copyPackContents(ctx: TenantScope, fromPackId: string, toPackId: string): Promise<void> {
  const db = tenantDb(ctx);
  const types = await db.selectFrom('document_types').selectAll().where('pack_id', '=', fromPackId).execute();
  if (types.length > 0)
    await db
      .insertInto(
        'document_types',
        types.map(({ tenant_id: _, ...row }) => ({ ...row, pack_id: toPackId })),
      )
      .execute();
  const instructions = await db.selectFrom('disposition_instructions').selectAll().where('pack_id', '=', fromPackId).execute();
  if (instructions.length > 0)
    await db
      .insertInto(
        'disposition_instructions',
        instructions.map(({ tenant_id: _, ...row }) => ({ ...row, pack_id: toPackId })),
      )
      .execute();
  const classes = await db.selectFrom('archive_classes').selectAll().where('pack_id', '=', fromPackId).execute();
  await insertArchiveClasses(
    ctx,
    toPackId,
    classes.map(({ tenant_id: _t, pack_id: _p, parent_code: _c, level: _l, ...row }) => row),
  );
}

/** The summary view of a pack row. */
export function packSummary(row: PackRow): PackSummaryView {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    legalBasis: row.legal_basis,
    status: row.status,
    createdAt: row.created_at,
    activatedAt: row.activated_at,
    retiredAt: row.retired_at,
  };
}

/** The labels stored with a pack. */
export function packLabels(row: PackRow): PackLabels {
  return PackLabels.parse(JSON.parse(row.labels));
}

/** The view of a jenis naskah row. */
export function documentTypeView(row: DocumentTypeRow): DocumentTypeView {
  return {
    code: row.code,
    name: row.name,
    family: row.family,
    subfamily: row.subfamily,
    layout: row.layout,
    variant: row.variant,
    numberSchemeCode: row.number_scheme_code,
    requiresSignature: row.requires_signature === 1,
    signerLevels: JSON.parse(row.signer_levels) as string[],
  };
}
