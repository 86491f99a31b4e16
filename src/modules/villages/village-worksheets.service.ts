/**
 * The village worksheet new evaluations use: the built-in default (code, never copied into a tenant) until the tenant
 * stores its own version; every stored version is immutable, and an evaluation keeps the version it started with.
 * Kept in the villages module (`village_worksheet_templates`) so the LKE template list stays as it is.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { type EvaluationTemplate, validateTemplate } from '../evaluation/index.ts';
import { enforceIdm } from './idm.policy.ts';
import { currentIdmViewer } from './idm-viewer.ts';
import type { VillageWorksheetContent, VillageWorksheetView } from './village-evaluation.contract.ts';
import { mayEvaluateVillages, mayReadVillageResults } from './village-evaluation.policy.ts';
import { VILLAGE_WORKSHEET } from './village-worksheet.ts';

/** A worksheet ready for scoring, with its row id (null for the built-in one). */
export interface ResolvedWorksheet {
  readonly id: string | null;
  readonly template: EvaluationTemplate;
}

/** The tenant's latest worksheet version, else the built-in default. */
export async function currentWorksheet(ctx: RequestContext): Promise<ResolvedWorksheet> {
  const row = await tenantDb(ctx)
    .selectFrom('village_worksheet_templates')
    .select(['id', 'content'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? { id: row.id, template: JSON.parse(row.content) } : { id: null, template: VILLAGE_WORKSHEET };
}

/** The worksheet an evaluation was started with (rows are never deleted). */
export async function worksheetOf(ctx: RequestContext, templateId: string | null): Promise<EvaluationTemplate> {
  if (templateId === null) return VILLAGE_WORKSHEET;
  const row = await tenantDb(ctx)
    .selectFrom('village_worksheet_templates')
    .select('content')
    .where('id', '=', templateId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('worksheet');
  return JSON.parse(row.content);
}

function viewOf(w: ResolvedWorksheet, canEdit: boolean): VillageWorksheetView {
  return { id: w.id, builtIn: w.id === null, template: w.template as VillageWorksheetContent, canEdit };
}

/** The current worksheet, for regency staff and DPMD. */
export async function getWorksheet(ctx: RequestContext): Promise<VillageWorksheetView> {
  const viewer = await currentIdmViewer(ctx);
  enforceIdm(mayReadVillageResults(viewer));
  return viewOf(await currentWorksheet(ctx), mayEvaluateVillages(viewer).allowed);
}

/** Stores a new worksheet version (DPMD): 422 with the engine's template problems, 409 for a version that exists. */
export async function saveWorksheet(ctx: RequestContext, content: VillageWorksheetContent): Promise<VillageWorksheetView> {
  enforceIdm(mayEvaluateVillages(await currentIdmViewer(ctx)));
  const template = content as EvaluationTemplate;
  const problems = validateTemplate(template).map((p) => ({
    field: p.path ? `body.template.${p.path}` : 'body.template',
    message: 'villages.evaluation.template.invalid',
    params: { detail: p.message },
  }));
  if (problems.length > 0) throw new ValidationError(problems);
  const builtIn = template.code === VILLAGE_WORKSHEET.code && template.version === VILLAGE_WORKSHEET.version;
  if (builtIn) throw new ConflictError('villages.evaluation.template.exists');
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const existing = await tenantDb(tx)
      .selectFrom('village_worksheet_templates')
      .select('id')
      .where('code', '=', template.code)
      .where('template_version', '=', template.version)
      .executeTakeFirst();
    if (existing) throw new ConflictError('villages.evaluation.template.exists');
    await tenantDb(tx)
      .insertInto('village_worksheet_templates', {
        ...{ id, code: template.code, template_version: template.version, name: template.name },
        ...{ content: JSON.stringify(template), created_by: tx.actor.userId, created_at: tx.platform.now().toISOString() },
      })
      .execute();
    await recordAudit(tx, 'villages.worksheet_saved', {
      objectType: 'village_worksheet',
      objectId: id,
      data: { code: template.code, version: template.version },
    });
  });
  return viewOf({ id, template }, true);
}
