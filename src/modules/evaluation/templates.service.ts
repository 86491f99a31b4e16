/**
 * LKE templates of a tenant. The built-in PermenPANRB 88/2021 template is code shared by every tenant and never
 * copied into one (an evaluation names it by code and version, template_id null); a tenant adds its own versions
 * as validated, immutable rows (draft → active → retired).
 */
import { type Selectable, sql } from 'kysely';
import { inTransaction } from '../../db/executor.ts';
import type { EvaluationTemplatesTable } from '../../db/schema/evaluation.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { CreateTemplateInput, TemplateListView, TemplateView } from './evaluation.contract.ts';
import { enforce, mayManageTemplates } from './evaluation.policy.ts';
import { evaluationActor } from './evaluation-actor.ts';
import {
  type EvaluationTemplate,
  LKE_88_2021,
  PREDIKAT_88_2021,
  type PredikatTable,
  predikatTableProblems,
  type TemplateProblem,
  validateTemplate,
} from './scoring/index.ts';

/** A template ready for scoring, with where it comes from. */
export interface ResolvedTemplate {
  readonly id: string | null;
  readonly builtIn: boolean;
  readonly template: EvaluationTemplate;
  readonly predikat: PredikatTable;
}

type TemplateRow = Selectable<EvaluationTemplatesTable>;

const BUILT_IN: ResolvedTemplate = { id: null, builtIn: true, template: LKE_88_2021, predikat: PREDIKAT_88_2021 };

function resolvedOf(row: TemplateRow): ResolvedTemplate {
  return { id: row.id, builtIn: false, template: JSON.parse(row.content), predikat: JSON.parse(row.predikat) };
}

function viewOf(t: ResolvedTemplate, row?: TemplateRow): TemplateView {
  const { code, version, name } = t.template;
  return {
    ...{ id: t.id, builtIn: t.builtIn, code, version, name, status: row?.status ?? 'active', rowVersion: row?.version ?? 1 },
    template: t.template as TemplateView['template'],
    predikat: [...t.predikat],
  };
}

/** True when code and version name the built-in template. */
export function isBuiltIn(code: string, version: string): boolean {
  return code === LKE_88_2021.code && version === LKE_88_2021.version;
}

/** The built-in template, or the tenant's template of that code and version (`activeOnly`: refuse others); null if none. */
export async function findTemplate(
  ctx: RequestContext,
  code: string,
  version: string,
  activeOnly = false,
): Promise<ResolvedTemplate | null> {
  if (isBuiltIn(code, version)) return BUILT_IN;
  const row = await tenantDb(ctx)
    .selectFrom('evaluation_templates')
    .selectAll()
    .where('code', '=', code)
    .where('template_version', '=', version)
    .executeTakeFirst();
  if (!row || (activeOnly && row.status !== 'active')) return null;
  return resolvedOf(row);
}

/** The template an evaluation was made with (it always exists: rows are never deleted). */
export async function templateOfEvaluation(
  ctx: RequestContext,
  ev: { template_code: string; template_version: string },
): Promise<ResolvedTemplate> {
  const found = await findTemplate(ctx, ev.template_code, ev.template_version);
  if (!found) throw new NotFoundError('template');
  return found;
}

/** The built-in template and every tenant version. */
export async function listTemplates(ctx: RequestContext): Promise<TemplateListView> {
  const rows = await tenantDb(ctx).selectFrom('evaluation_templates').selectAll().orderBy('code').orderBy('created_at').execute();
  return { items: [viewOf(BUILT_IN), ...rows.map((r) => viewOf(resolvedOf(r), r))] };
}

/** Where a criterion sits in the template's structure (`components.0.subComponents.1.criteria.2`), by id. */
function criterionPaths(template: EvaluationTemplate): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [ci, c] of template.components.entries())
    for (const [si, s] of c.subComponents.entries())
      for (const [ki, k] of s.criteria.entries()) paths.set(k.id, `components.${ci}.subComponents.${si}.criteria.${ki}`);
  return paths;
}

/** The body field of a template problem: bad options on the criterion's answer type, rules at their own fields. */
function fieldOf(problem: TemplateProblem, criteria: ReadonlyMap<string, string>): string {
  if (problem.code === 'bad_options' && criteria.has(problem.path))
    return `body.template.${criteria.get(problem.path)}.answerType`;
  return problem.path ? `body.template.${problem.path}` : 'body.template';
}

/** Field problems of a template and its predikat table (messages `evaluation.template.<code>`). */
function templateProblems(template: EvaluationTemplate, predikat: PredikatTable): FieldProblem[] {
  const criteria = criterionPaths(template);
  const own = validateTemplate(template).map((p) => ({
    field: fieldOf(p, criteria),
    message: `evaluation.template.${p.code}`,
    params: { path: p.path, detail: p.message, subject: p.subject ?? '' },
  }));
  const bands = predikatTableProblems(predikat).map((p) => ({
    field: 'body.predikat',
    message: `evaluation.predikat.${p.code}`,
    params: { detail: p.message },
  }));
  return [...own, ...bands];
}

/** Stores a tenant's own template version as a draft; 422 with field messages when it is not usable. */
export async function createTemplate(ctx: RequestContext, input: CreateTemplateInput): Promise<TemplateView> {
  enforce(mayManageTemplates(await evaluationActor(ctx)));
  const template = input.template as EvaluationTemplate;
  const predikat = input.predikat ?? PREDIKAT_88_2021;
  const problems = templateProblems(template, predikat);
  if (problems.length > 0) throw new ValidationError(problems);
  if (isBuiltIn(template.code, template.version)) throw new ConflictError('evaluation.templateExists');
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    if (await findTemplate(tx, template.code, template.version)) throw new ConflictError('evaluation.templateExists');
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('evaluation_templates', {
        ...{ id, code: template.code, template_version: template.version, name: template.name },
        ...{ content: JSON.stringify(template), predikat: JSON.stringify(predikat), status: 'draft' as const },
        ...{ created_by: tx.actor.userId, created_at: now, updated_at: now },
      })
      .execute();
    await recordAudit(tx, 'evaluation.template.created', {
      objectType: 'evaluation_template',
      objectId: id,
      data: { code: template.code, version: template.version },
    });
  });
  return (await listTemplates(ctx)).items.find((t) => t.id === id)!;
}

/** Activates or retires a tenant template (compare-and-set on its row version). */
export async function setTemplateStatus(
  ctx: RequestContext,
  templateId: string,
  input: { status: 'active' | 'retired'; version: number },
): Promise<TemplateView> {
  // SECURITY: tenant-scoped lookup first (404 for another tenant's id), the evaluator check after.
  const row = await tenantDb(ctx).selectFrom('evaluation_templates').selectAll().where('id', '=', templateId).executeTakeFirst();
  if (!row) throw new NotFoundError('template');
  enforce(mayManageTemplates(await evaluationActor(ctx)));
  if (row.status === input.status || row.status === 'retired') throw new ConflictError('evaluation.templateStatus');
  await inTransaction(ctx, async (tx) => {
    const done = await tenantDb(tx)
      .updateTable('evaluation_templates')
      .set({ status: input.status, updated_at: tx.platform.now().toISOString(), version: sql<number>`version + 1` })
      .where('id', '=', templateId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw new ConflictError('evaluation.staleVersion');
    await recordAudit(tx, `evaluation.template.${input.status}`, { objectType: 'evaluation_template', objectId: templateId });
  });
  return (await listTemplates(ctx)).items.find((t) => t.id === templateId)!;
}
