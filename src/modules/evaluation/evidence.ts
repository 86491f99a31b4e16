/** Evidence links (bukti dukung) of answers: each must name a record of the caller's own tenant. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import type { FieldProblem } from '../../shared/errors.ts';
import type { EvidenceLink } from './evaluation.contract.ts';

type LinkedTable =
  | 'official_documents'
  | 'files'
  | 'performance_agreements'
  | 'plan_periods'
  | 'plan_nodes'
  | 'indicators'
  | 'indicator_realizations';

/** Where each kind of link may point ('plan': a plan period, a node of it, or an indicator). */
const TABLES_OF_KIND: Record<EvidenceLink['kind'], readonly LinkedTable[]> = {
  document: ['official_documents'],
  file: ['files'],
  agreement: ['performance_agreements'],
  plan: ['plan_periods', 'plan_nodes', 'indicators'],
  realization: ['indicator_realizations'],
};

async function exists(ctx: RequestContext, link: EvidenceLink): Promise<boolean> {
  for (const table of TABLES_OF_KIND[link.kind]) {
    const row = await tenantDb(ctx).selectFrom(table).select('id').where('id', '=', link.id).executeTakeFirst();
    if (row) return true;
  }
  return false;
}

/**
 * SECURITY: a link to an id the tenant does not have (another tenant's, or none) is refused with a field problem,
 * so an evaluation never points outside its tenant.
 */
export async function evidenceProblems(
  ctx: RequestContext,
  answers: readonly { evidence?: readonly EvidenceLink[] }[],
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const [i, answer] of answers.entries())
    for (const [j, link] of (answer.evidence ?? []).entries())
      if (!(await exists(ctx, link)))
        problems.push({ field: `body.answers.${i}.evidence.${j}.id`, message: 'evaluation.evidenceNotFound' });
  return problems;
}
