import { inTransaction } from '../../db/executor.ts';
import type { NumberSchemesTable } from '../../db/schema/numbering.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { SIFAT_LETTERS } from './number-target.ts';
import { formatNumber, MAX_NUMBER_LENGTH, parseTemplate, type TemplatePart, usesToken } from './number-template.ts';
import type { CreateSchemeInput, PreviewInput, SchemeView, UpdateSchemeInput } from './numbering.contract.ts';
import { enforce, mayManageNumbering } from './numbering.policy.ts';

/** A scheme row as stored. */
export type SchemeRow = NumberSchemesTable;

/**
 * The schemes every tenant starts with. Counters are per unit × year for letters and the agenda, per
 * tenant × year for keputusan and peraturan (their own yearly sequence per issuing authority, §4.2 rule 1).
 */
export const DEFAULT_SCHEMES: readonly Pick<SchemeRow, 'code' | 'name' | 'template' | 'counter_scope'>[] = [
  { code: 'SURAT', name: 'Surat dinas', template: '{KKA}/{URUT}/{UNIT}/{YYYY}', counter_scope: 'unit' },
  { code: 'NOTA', name: 'Nota dinas', template: '{KKA}/{URUT}/{UNIT}/{YYYY}', counter_scope: 'unit' },
  { code: 'KEPUTUSAN', name: 'Keputusan', template: '{URUT} TAHUN {YYYY}', counter_scope: 'tenant' },
  { code: 'PERATURAN', name: 'Peraturan', template: '{URUT} TAHUN {YYYY}', counter_scope: 'tenant' },
  { code: 'AGENDA', name: 'Agenda surat masuk', template: '{URUT:4}/AGD/{YYYY}', counter_scope: 'unit' },
];

/** The parts of a template, or a 422 naming every problem on `field`. */
export function templateParts(template: string, field = 'template'): readonly TemplatePart[] {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new ValidationError(parsed.problems.map((p) => ({ field, message: p.message, params: p.params })));
  return parsed.parts;
}

/** Seeds the default schemes a tenant lacks (idempotent; a tenant-setup step and lazily on first use). */
export async function ensureNumberSchemes(ctx: RequestContext): Promise<number> {
  const at = ctx.platform.now().toISOString();
  const rows = DEFAULT_SCHEMES.map((s) => ({
    ...s,
    id: newId(),
    insertion_quota: 10,
    insertion_suffix: '.A',
    active: 1,
    created_at: at,
    updated_at: at,
  }));
  return inTransaction(ctx, async (tx) => {
    const made = await tenantDb(tx)
      .insertInto('number_schemes', rows)
      .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
      .returning('code')
      .execute();
    if (made.length > 0)
      await recordAudit(tx, 'numbering.schemes_seeded', {
        objectType: 'number_scheme',
        data: { codes: made.map((m) => m.code) },
      });
    return made.length;
  });
}

function findScheme(ctx: RequestContext, code: string) {
  return tenantDb(ctx).selectFrom('number_schemes').selectAll().where('code', '=', code).executeTakeFirst();
}

/** A scheme by code; the defaults are seeded first for tenants made before numbering existed. 404 otherwise. */
export async function schemeByCode(ctx: RequestContext, code: string): Promise<SchemeRow> {
  let scheme = await findScheme(ctx, code);
  if (!scheme && DEFAULT_SCHEMES.some((s) => s.code === code)) {
    await ensureNumberSchemes(ctx);
    scheme = await findScheme(ctx, code);
  }
  if (!scheme) throw new NotFoundError('number_scheme');
  return scheme;
}

/** The API view of a scheme row. */
export function schemeView(row: SchemeRow): SchemeView {
  return {
    code: row.code,
    name: row.name,
    template: row.template,
    counterScope: row.counter_scope,
    perJenis: usesToken(templateParts(row.template), 'JENIS'),
    insertionQuota: Number(row.insertion_quota),
    insertionSuffix: row.insertion_suffix as SchemeView['insertionSuffix'],
    active: Number(row.active) === 1,
    updatedAt: row.updated_at,
  };
}

/** Every scheme of the tenant, seeding the defaults for older tenants. */
export async function listSchemes(ctx: RequestContext): Promise<SchemeView[]> {
  let rows = await tenantDb(ctx).selectFrom('number_schemes').selectAll().orderBy('code').execute();
  if (!DEFAULT_SCHEMES.every((d) => rows.some((r) => r.code === d.code))) {
    await ensureNumberSchemes(ctx);
    rows = await tenantDb(ctx).selectFrom('number_schemes').selectAll().orderBy('code').execute();
  }
  return rows.map(schemeView);
}

/** Adds a scheme of the tenant's own; 409 when the code exists, 422 for a bad template. */
export async function createScheme(ctx: RequestContext, input: CreateSchemeInput): Promise<SchemeView> {
  enforce(mayManageNumbering(ctx.actor));
  templateParts(input.template);
  const at = ctx.platform.now().toISOString();
  const row = {
    id: newId(),
    code: input.code,
    name: input.name,
    template: input.template,
    counter_scope: input.counterScope,
    insertion_quota: input.insertionQuota,
    insertion_suffix: input.insertionSuffix,
    active: 1,
    created_at: at,
    updated_at: at,
  };
  return inTransaction(ctx, async (tx) => {
    if (await findScheme(tx, input.code)) throw new ConflictError('numbering.schemeExists', { code: input.code });
    await tenantDb(tx).insertInto('number_schemes', row).execute();
    await recordAudit(tx, 'numbering.scheme_created', { objectType: 'number_scheme', objectId: row.id, data: input });
    return schemeView({ ...row, tenant_id: tx.tenantId });
  });
}

/**
 * Changes a scheme's template, scope, quota, suffix style or active flag. Numbers already given keep their
 * printed form; a new scope or template applies to the next allocation (a changed scope starts new counters).
 */
export async function updateScheme(ctx: RequestContext, code: string, input: UpdateSchemeInput): Promise<SchemeView> {
  enforce(mayManageNumbering(ctx.actor));
  const scheme = await schemeByCode(ctx, code);
  if (input.template !== undefined) templateParts(input.template);
  const changes = {
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.template === undefined ? {} : { template: input.template }),
    ...(input.counterScope === undefined ? {} : { counter_scope: input.counterScope }),
    ...(input.insertionQuota === undefined ? {} : { insertion_quota: input.insertionQuota }),
    ...(input.insertionSuffix === undefined ? {} : { insertion_suffix: input.insertionSuffix }),
    ...(input.active === undefined ? {} : { active: input.active ? 1 : 0 }),
    updated_at: ctx.platform.now().toISOString(),
  };
  return inTransaction(ctx, async (tx) => {
    await tenantDb(tx).updateTable('number_schemes').set(changes).where('id', '=', scheme.id).execute();
    await recordAudit(tx, 'numbering.scheme_updated', {
      objectType: 'number_scheme',
      objectId: scheme.id,
      data: { code, before: { template: scheme.template, scope: scheme.counter_scope }, changes: input },
    });
    return schemeView({ ...scheme, ...changes });
  });
}

/** Formats a template with sample values (the scheme editor's preview); 422 for a bad template. */
export function previewTemplate(ctx: RequestContext, input: PreviewInput): { formatted: string; length: number } {
  enforce(mayManageNumbering(ctx.actor));
  const parts = templateParts(input.template);
  const date = input.date ?? ctx.platform.now().toISOString().slice(0, 10);
  const formatted = formatNumber(parts, {
    seq: input.seq,
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    kka: input.kka,
    unit: input.unitCode,
    jenis: input.documentTypeCode,
    sifat: SIFAT_LETTERS[input.securityClass],
  });
  if (formatted.length > MAX_NUMBER_LENGTH)
    throw new ValidationError([{ field: 'template', message: 'numbering.formattedTooLong', params: { max: MAX_NUMBER_LENGTH } }]);
  return { formatted, length: formatted.length };
}
