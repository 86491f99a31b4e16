/** Use cases that write regulation packs: the default seed, drafts, edits of a draft, activation. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { DocumentTypeInput, InstructionsInput, LabelsInput, PackSummaryView } from './regulation.contract.ts';
import { enforce, enforceState, mayActivatePack, mayEditPack, mayManageRegulation } from './regulation.policy.ts';
import {
  copyPackContents,
  findPack,
  insertArchiveClasses,
  nextVersion,
  type PackRow,
  packInStatus,
  packSummary,
} from './regulation.repository.ts';
import {
  DEFAULT_ARCHIVE_CLASSES,
  DEFAULT_DOCUMENT_TYPES,
  DEFAULT_INSTRUCTIONS,
  DEFAULT_LABELS,
  DEFAULT_PACK,
} from './regulation-defaults.ts';

async function seedDefaultLists(ctx: RequestContext, packId: string) {
  const types = DEFAULT_DOCUMENT_TYPES.map((t, index) => ({
    pack_id: packId,
    code: t.code,
    name: t.name,
    family: t.family,
    subfamily: t.subfamily,
    layout: t.layout,
    variant: t.variant,
    number_scheme_code: t.numberSchemeCode,
    requires_signature: 1,
    signer_levels: '[]',
    sort_order: (index + 1) * 10,
  }));
  await tenantDb(ctx).insertInto('document_types', types).execute();
  const instructions = DEFAULT_INSTRUCTIONS.map((i, index) => ({ pack_id: packId, ...i, sort_order: (index + 1) * 10 }));
  await tenantDb(ctx).insertInto('disposition_instructions', instructions).execute();
  const classes = DEFAULT_ARCHIVE_CLASSES.map((c) => ({
    code: c.code,
    name: c.name,
    retention_active_years: c.active ?? null,
    retention_inactive_years: c.inactive ?? null,
    final_disposition: c.disposition ?? null,
    description: c.description ?? null,
  }));
  await insertArchiveClasses(ctx, packId, classes);
}

/**
 * The tenant's active regulation pack, seeding the default one (version 1) when the tenant has none.
 * A tenant-setup step, and called lazily by every read for tenants created before the module existed.
 * Idempotent, also under concurrency: a second writer's insert does nothing and it reads the first one's pack.
 */
export async function ensureRegulationPack(ctx: RequestContext): Promise<PackRow> {
  const existing = await packInStatus(ctx, 'active');
  if (existing) return existing;
  return inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    const row = {
      id: newId(),
      version: await nextVersion(tx),
      name: DEFAULT_PACK.name,
      legal_basis: DEFAULT_PACK.legalBasis,
      status: 'active' as const,
      labels: JSON.stringify(DEFAULT_LABELS),
      created_at: now,
      activated_at: now,
      retired_at: null,
    };
    const inserted = await tenantDb(tx)
      .insertInto('regulation_packs', row)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
      const winner = await packInStatus(tx, 'active');
      if (!winner) throw new NotFoundError('regulation_pack');
      return winner;
    }
    await seedDefaultLists(tx, row.id);
    await recordAudit(tx, 'regulation.pack_seeded', {
      objectType: 'regulation_pack',
      objectId: row.id,
      data: { version: row.version },
    });
    return { ...row, tenant_id: tx.tenantId };
  });
}

/** The draft pack being prepared, made as a copy of the active pack when there is none (inside the caller's transaction). */
export async function draftPackIn(tx: RequestContext): Promise<PackRow> {
  const draft = await packInStatus(tx, 'draft');
  if (draft) return draft;
  const active = await ensureRegulationPack(tx);
  const row = {
    id: newId(),
    version: await nextVersion(tx),
    name: active.name,
    legal_basis: active.legal_basis,
    status: 'draft' as const,
    labels: active.labels,
    created_at: tx.platform.now().toISOString(),
    activated_at: null,
    retired_at: null,
  };
  await tenantDb(tx).insertInto('regulation_packs', row).execute();
  await copyPackContents(tx, active.id, row.id);
  await recordAudit(tx, 'regulation.draft_created', {
    objectType: 'regulation_pack',
    objectId: row.id,
    data: { version: row.version, copiedFrom: active.version },
  });
  return { ...row, tenant_id: tx.tenantId };
}

/** Opens (or returns) the draft pack an admin edits before activating it. */
export async function createDraftPack(ctx: RequestContext): Promise<PackSummaryView> {
  enforce(mayManageRegulation(ctx.actor));
  return packSummary(await inTransaction(ctx, draftPackIn));
}

/** SECURITY: a pack of this tenant only (another tenant's id is a 404), and only a draft may change (409). */
async function editableDraft(tx: RequestContext, packId: string): Promise<PackRow> {
  const pack = await findPack(tx, packId);
  if (!pack) throw new NotFoundError('regulation_pack');
  enforceState(mayEditPack(pack.status), { version: pack.version });
  return pack;
}

/** Makes a draft the active pack; the previous active pack is retired (kept, so old letters keep their meaning). */
export async function activatePack(ctx: RequestContext, packId: string): Promise<PackSummaryView> {
  enforce(mayManageRegulation(ctx.actor));
  return inTransaction(ctx, async (tx) => {
    const pack = await findPack(tx, packId);
    if (!pack) throw new NotFoundError('regulation_pack');
    enforceState(mayActivatePack(pack.status), { version: pack.version });
    const now = tx.platform.now().toISOString();
    const previous = await packInStatus(tx, 'active');
    // Retire first: the database allows one active pack per tenant at any moment.
    if (previous)
      await tenantDb(tx)
        .updateTable('regulation_packs')
        .set({ status: 'retired', retired_at: now })
        .where('id', '=', previous.id)
        .execute();
    await tenantDb(tx)
      .updateTable('regulation_packs')
      .set({ status: 'active', activated_at: now })
      .where('id', '=', pack.id)
      .execute();
    await recordAudit(tx, 'regulation.pack_activated', {
      objectType: 'regulation_pack',
      objectId: pack.id,
      data: { version: pack.version, retiredVersion: previous?.version ?? null },
    });
    return packSummary({ ...pack, status: 'active', activated_at: now });
  });
}

/** Creates or replaces one jenis naskah of a draft pack. */
export async function saveDocumentType(ctx: RequestContext, packId: string, code: string, input: DocumentTypeInput) {
  enforce(mayManageRegulation(ctx.actor));
  await inTransaction(ctx, async (tx) => {
    await editableDraft(tx, packId);
    const values = {
      name: input.name,
      family: input.family,
      subfamily: input.subfamily,
      layout: input.layout,
      variant: input.variant,
      number_scheme_code: input.numberSchemeCode,
      requires_signature: input.requiresSignature ? 1 : 0,
      signer_levels: JSON.stringify([...new Set(input.signerLevels)]),
    };
    const db = tenantDb(tx);
    const existing = await db
      .selectFrom('document_types')
      .select('sort_order')
      .where('pack_id', '=', packId)
      .where('code', '=', code)
      .executeTakeFirst();
    if (existing)
      await db.updateTable('document_types').set(values).where('pack_id', '=', packId).where('code', '=', code).execute();
    else {
      const last = await db
        .selectFrom('document_types')
        .select((eb) => eb.fn.max('sort_order').as('max'))
        .where('pack_id', '=', packId)
        .executeTakeFirst();
      await db
        .insertInto('document_types', { pack_id: packId, code, sort_order: Number(last?.max ?? 0) + 10, ...values })
        .execute();
    }
    await recordAudit(tx, 'regulation.document_type_saved', {
      objectType: 'regulation_pack',
      objectId: packId,
      data: { code, created: !existing, ...input },
    });
  });
}

/** Replaces the security and urgency labels (with SLA hours) of a draft pack; they count as verified from now on. */
export async function saveLabels(ctx: RequestContext, packId: string, input: LabelsInput) {
  enforce(mayManageRegulation(ctx.actor));
  await inTransaction(ctx, async (tx) => {
    await editableDraft(tx, packId);
    const labels = { security: input.security, urgency: input.urgency, toVerify: false };
    await tenantDb(tx)
      .updateTable('regulation_packs')
      .set({ labels: JSON.stringify(labels) })
      .where('id', '=', packId)
      .execute();
    await recordAudit(tx, 'regulation.labels_saved', { objectType: 'regulation_pack', objectId: packId, data: labels });
  });
}

/** Replaces the disposition instructions of a draft pack, in the given order. */
export async function saveInstructions(ctx: RequestContext, packId: string, input: InstructionsInput) {
  enforce(mayManageRegulation(ctx.actor));
  await inTransaction(ctx, async (tx) => {
    await editableDraft(tx, packId);
    await tenantDb(tx).deleteFrom('disposition_instructions').where('pack_id', '=', packId).execute();
    const rows = input.instructions.map((i, index) => ({
      pack_id: packId,
      code: i.code,
      label: i.label,
      sort_order: (index + 1) * 10,
    }));
    await tenantDb(tx).insertInto('disposition_instructions', rows).execute();
    await recordAudit(tx, 'regulation.instructions_saved', {
      objectType: 'regulation_pack',
      objectId: packId,
      data: { instructions: input.instructions },
    });
  });
}
