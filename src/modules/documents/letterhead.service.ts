import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import type { Kop } from '../../platform/pdf/naskah-model.ts';
import { loadFile, storeFile } from '../../platform/storage/tenant-files.ts';
import { ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { getTenant, unitFacts } from '../organization/index.ts';
import type { LetterheadInput, LetterheadView } from './documents.contract.ts';
import { enforce, mayHaveOwnLetterhead, mayManageDocuments } from './documents.policy.ts';

const TENANT_SCOPE = 'tenant';
const MAX_LAMBANG_BYTES = 1024 * 1024;

type LetterheadRow = Awaited<ReturnType<typeof findRow>>;

function findRow(ctx: RequestContext, scopeKey: string) {
  return tenantDb(ctx).selectFrom('letterheads').selectAll().where('scope_key', '=', scopeKey).executeTakeFirst();
}

/** The scope key of a kop; 404 for a unit of another tenant, 403 for a unit kind without its own kop. */
export async function checkScope(ctx: RequestContext, unitId: string | null): Promise<string> {
  if (!unitId) return TENANT_SCOPE;
  enforce(mayHaveOwnLetterhead((await unitFacts(ctx, unitId)).kind));
  return unitId;
}

function viewOf(row: NonNullable<LetterheadRow>, unitId: string | null): LetterheadView {
  return {
    scope: unitId ? 'unit' : 'tenant',
    unitId,
    lines: JSON.parse(row.lines) as string[],
    address: row.address,
    phone: row.phone ?? undefined,
    fax: row.fax ?? undefined,
    website: row.website ?? undefined,
    email: row.email ?? undefined,
    postalCode: row.postal_code ?? undefined,
    hasLambang: row.lambang_file_id !== null,
    saved: true,
  };
}

async function defaultView(ctx: RequestContext, unitId: string | null): Promise<LetterheadView> {
  const tenant = await getTenant(ctx, ctx.tenantId);
  const lines = [`PEMERINTAH ${tenant.name.toUpperCase()}`];
  if (unitId) lines.push((await unitFacts(ctx, unitId)).name.toUpperCase());
  return { scope: unitId ? 'unit' : 'tenant', unitId, lines, address: '', hasLambang: false, saved: false };
}

/** The kop of the regency (unitId null) or of a unit that may have its own; a default when none is saved. */
export async function getLetterhead(ctx: RequestContext, unitId: string | null): Promise<LetterheadView> {
  const scopeKey = await checkScope(ctx, unitId);
  const row = await findRow(ctx, scopeKey);
  return row ? viewOf(row, unitId) : defaultView(ctx, unitId);
}

/** Saves the kop of the regency or of a unit allowed its own (admin only; audited). */
export async function saveLetterhead(
  ctx: RequestContext,
  unitId: string | null,
  input: LetterheadInput,
): Promise<LetterheadView> {
  enforce(mayManageDocuments(ctx.actor));
  const scopeKey = await checkScope(ctx, unitId);
  const values = {
    lines: JSON.stringify(input.lines),
    address: input.address,
    phone: input.phone ?? null,
    fax: input.fax ?? null,
    website: input.website ?? null,
    email: input.email ?? null,
    postal_code: input.postalCode ?? null,
    updated_at: ctx.platform.now().toISOString(),
  };
  await inTransaction(ctx, async (tx) => {
    const existing = await findRow(tx, scopeKey);
    if (existing) await tenantDb(tx).updateTable('letterheads').set(values).where('id', '=', existing.id).execute();
    else
      await tenantDb(tx)
        .insertInto('letterheads', { id: newId(), unit_id: unitId, scope_key: scopeKey, lambang_file_id: null, ...values })
        .execute();
    await recordAudit(tx, 'documents.kop_saved', {
      objectType: 'letterhead',
      objectId: unitId ?? tx.tenantId,
      data: { scope: scopeKey },
    });
  });
  return getLetterhead(ctx, unitId);
}

function imageType(bytes: Buffer): 'image/png' | 'image/jpeg' | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/** Stores the lambang daerah (PNG or JPEG up to 1 MB) for the kop; the kop must be saved first. */
export async function saveLambang(ctx: RequestContext, unitId: string | null, bytes: Buffer): Promise<LetterheadView> {
  enforce(mayManageDocuments(ctx.actor));
  const type = imageType(bytes);
  if (!type || bytes.length > MAX_LAMBANG_BYTES)
    throw new ValidationError([{ field: 'file', message: 'documents.lambangInvalid' }]);
  const scopeKey = await checkScope(ctx, unitId);
  if (!(await findRow(ctx, scopeKey))) await saveLetterhead(ctx, unitId, await getLetterhead(ctx, unitId));
  await inTransaction(ctx, async (tx) => {
    const file = await storeFile(tx, bytes, type, 'lambang');
    await tenantDb(tx).updateTable('letterheads').set({ lambang_file_id: file.id }).where('scope_key', '=', scopeKey).execute();
    await recordAudit(tx, 'documents.lambang_saved', {
      objectType: 'letterhead',
      objectId: unitId ?? tx.tenantId,
      data: { sha256: file.sha256 },
    });
  });
  return getLetterhead(ctx, unitId);
}

/** The kop a document of this unit prints: the unit's own when it has one, else the regency's. */
export async function kopForUnit(ctx: RequestContext, unitId: string | null): Promise<Kop> {
  const own = unitId ? await findRow(ctx, unitId) : undefined;
  const row = own ?? (await findRow(ctx, TENANT_SCOPE));
  if (!row) {
    const fallback = await defaultView(ctx, null);
    return { lines: fallback.lines, address: fallback.address };
  }
  return {
    lambang: row.lambang_file_id ? await loadFile(ctx, row.lambang_file_id) : undefined,
    lines: JSON.parse(row.lines) as string[],
    address: row.address,
    phone: row.phone ?? undefined,
    fax: row.fax ?? undefined,
    website: row.website ?? undefined,
    email: row.email ?? undefined,
    postalCode: row.postal_code ?? undefined,
  };
}
