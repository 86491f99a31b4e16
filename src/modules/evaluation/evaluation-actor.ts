/** The acting user as the evaluation policy sees them (permissions and the OPDs they plan for today). */
import type { RequestContext } from '../../platform/access/context.ts';
import { currentPlanner } from '../performance/index.ts';
import type { EvaluationActor } from './evaluation.policy.ts';

/** Facts about the acting user for evaluation.policy.ts. */
export async function evaluationActor(ctx: RequestContext): Promise<EvaluationActor> {
  const planner = await currentPlanner(ctx);
  return {
    assesses: ctx.actor.permissions.has('evaluation.assess'),
    managesPlans: planner.managesPlans,
    readsPlans: ctx.actor.permissions.has('performance.plan.read'),
    opdIds: planner.opdIds,
  };
}
