/** Reads of regulation packs, including the functions other modules use (always the active pack). */
import { sql } from 'kysely';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { compareKkaCodes } from './kka-code.ts';
import type {
  ArchiveClassListView,
  ArchiveClassView,
  PackDetailView,
  PackSummaryView,
  RegulationView,
  SecurityLabel,
  UrgencyLevel,
} from './regulation.contract.ts';
import {
  type ArchiveClassRow,
  documentTypeView,
  findPack,
  listPackRows,
  type PackRow,
  packInStatus,
  packLabels,
  packSummary,
} from './regulation.repository.ts';
import { ensureRegulationPack } from './regulation.service.ts';

const MAX_CLASSES = 200;

/** The active pack (seeded on first need). */
export function activePack(ctx: RequestContext): Promise<PackRow> {
  return ensureRegulationPack(ctx);
}

/** SECURITY: a pack of the caller's tenant; another tenant's pack id is a 404 like an unknown one. */
async function packOfTenant(ctx: RequestContext, packId: string): Promise<PackRow> {
  const pack = await findPack(ctx, packId);
  if (!pack) throw new NotFoundError('regulation_pack');
  return pack;
}

async function packDetail(ctx: RequestContext, pack: PackRow): Promise<PackDetailView> {
  const db = tenantDb(ctx);
  const types = await db.selectFrom('document_types').selectAll().where('pack_id', '=', pack.id).orderBy('sort_order').execute();
  const instructions = await db
    .selectFrom('disposition_instructions')
    .select(['code', 'label'])
    .where('pack_id', '=', pack.id)
    .orderBy('sort_order')
    .execute();
  const count = await db
    .selectFrom('archive_classes')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('pack_id', '=', pack.id)
    .executeTakeFirst();
  return {
    pack: packSummary(pack),
    documentTypes: types.map(documentTypeView),
    labels: packLabels(pack),
    instructions,
    archiveClassCount: Number(count?.n ?? 0),
  };
}

/** The active pack with its lists, and the draft being prepared if any. */
export async function getRegulation(ctx: RequestContext): Promise<RegulationView> {
  const detail = await packDetail(ctx, await activePack(ctx));
  const draft = await packInStatus(ctx, 'draft');
  return { ...detail, draft: draft ? packSummary(draft) : null };
}

/** One pack (of any status) with its lists. */
export async function getPack(ctx: RequestContext, packId: string): Promise<PackDetailView> {
  await activePack(ctx);
  return packDetail(ctx, await packOfTenant(ctx, packId));
}

/** Every pack of the tenant, newest first. */
export async function listPacks(ctx: RequestContext): Promise<PackSummaryView[]> {
  await activePack(ctx);
  return (await listPackRows(ctx)).map(packSummary);
}

function classView(row: ArchiveClassRow, hasChildren: boolean): ArchiveClassView {
  return {
    code: row.code,
    name: row.name,
    parentCode: row.parent_code,
    level: row.level,
    retentionActiveYears: row.retention_active_years,
    retentionInactiveYears: row.retention_inactive_years,
    finalDisposition: row.final_disposition,
    description: row.description,
    hasChildren,
  };
}

/** Searches KKA by code prefix or name (`q`), or lists the children of `parent` (the main classes without either). */
export async function searchArchiveClasses(
  ctx: RequestContext,
  query: { q?: string; parent?: string; packId?: string },
): Promise<ArchiveClassListView> {
  const pack = query.packId ? await packOfTenant(ctx, query.packId) : await activePack(ctx);
  let select = tenantDb(ctx).selectFrom('archive_classes').selectAll().where('pack_id', '=', pack.id);
  // LIKE wildcards typed by the user are dropped rather than escaped (codes and names do not need them).
  const q = query.q?.replace(/[%_\\]/g, '').toLowerCase();
  if (q) select = select.where((eb) => eb.or([eb('code', 'like', `${q}%`), eb(sql`lower(name)`, 'like', `%${q}%`)]));
  else if (query.parent) select = select.where('parent_code', '=', query.parent);
  else select = select.where('level', '=', 1);
  const rows = await select
    .orderBy('code')
    .limit(MAX_CLASSES + 1)
    .execute();
  const shown = rows.slice(0, MAX_CLASSES).sort((a, b) => compareKkaCodes(a.code, b.code));
  const parents = new Set<string>();
  if (shown.length > 0) {
    const children = await tenantDb(ctx)
      .selectFrom('archive_classes')
      .select('parent_code')
      .where('pack_id', '=', pack.id)
      .where(
        'parent_code',
        'in',
        shown.map((r) => r.code),
      )
      .groupBy('parent_code')
      .execute();
    for (const child of children) if (child.parent_code) parents.add(child.parent_code);
  }
  return { packId: pack.id, items: shown.map((r) => classView(r, parents.has(r.code))), truncated: rows.length > MAX_CLASSES };
}

/** A KKA of the active pack by its exact code, with its JRA retention; undefined when the code is unknown. */
export async function findArchiveClass(
  ctx: RequestContext,
  code: string,
): Promise<
  | {
      code: string;
      name: string;
      retentionActiveYears: number | null;
      retentionInactiveYears: number | null;
      finalDisposition: string | null;
    }
  | undefined
> {
  const pack = await activePack(ctx);
  const row = await tenantDb(ctx)
    .selectFrom('archive_classes')
    .selectAll()
    .where('pack_id', '=', pack.id)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    code: row.code,
    name: row.name,
    retentionActiveYears: row.retention_active_years,
    retentionInactiveYears: row.retention_inactive_years,
    finalDisposition: row.final_disposition,
  };
}

/** A jenis naskah of the active pack: its layout, letter variant, numbering scheme and signature rule. */
export async function activeDocumentType(
  ctx: RequestContext,
  code: string,
): Promise<
  | {
      code: string;
      name: string;
      family: string;
      subfamily: string | null;
      layout: 'korespondensi' | 'title_block';
      variant?: string;
      numberSchemeCode: string | null;
      requiresSignature: boolean;
      signerLevels: string[];
    }
  | undefined
> {
  const pack = await activePack(ctx);
  const row = await tenantDb(ctx)
    .selectFrom('document_types')
    .selectAll()
    .where('pack_id', '=', pack.id)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  const { variant, ...view } = documentTypeView(row);
  return variant ? { ...view, variant } : view;
}

/** The standard disposition instructions of the active pack, in display order. */
export async function dispositionInstructions(ctx: RequestContext): Promise<{ code: string; label: string }[]> {
  const pack = await activePack(ctx);
  return tenantDb(ctx)
    .selectFrom('disposition_instructions')
    .select(['code', 'label'])
    .where('pack_id', '=', pack.id)
    .orderBy('sort_order')
    .execute();
}

/** The tenant labels of the four security classes (B, T, R, SR) of the active pack. */
export async function securityLabels(ctx: RequestContext): Promise<SecurityLabel[]> {
  return packLabels(await activePack(ctx)).security;
}

/** The tenant labels of the three urgency levels of the active pack, each with its SLA in hours (null: none). */
export async function urgencyLevels(ctx: RequestContext): Promise<UrgencyLevel[]> {
  return packLabels(await activePack(ctx)).urgency;
}
