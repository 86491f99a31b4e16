/**
 * The content of an LHE (Laporan Hasil Evaluasi) of a final evaluation, gathered once for both the PDF and the
 * DOCX: cover facts, the final score snapshot per component, the predikat with its interpretation, the criteria with
 * kerangka logis findings or evaluator notes, and the recommendations with person in charge and deadline.
 */
import type { RequestContext } from '../../platform/access/context.ts';
import { getTenant, unitFacts } from '../organization/index.ts';
import { enforce, mayRead } from './evaluation.policy.ts';
import { evaluationActor } from './evaluation-actor.ts';
import { answerRowsOf, answersOf, loadEvaluation } from './evaluations.queries.ts';
import { mayIssueLhe } from './recommendations.policy.ts';
import { recommendationRowsOf, recommendationViews, tenantToday } from './recommendations.queries.ts';
import { type ComponentScore, checkKerangkaLogis, criteriaOf } from './scoring/index.ts';
import { templateOfEvaluation } from './templates.service.ts';

/** One finding on a criterion: a kerangka logis violation (of the OPD's usulan or the final answers) or a note. */
export interface LheFinding {
  readonly criterionId: string;
  readonly criterionText: string;
  readonly kind: 'kerangka_logis_self' | 'kerangka_logis_final' | 'note';
  readonly text: string;
}

/** Everything the LHE prints. */
export interface LheContent {
  readonly regency: string;
  readonly unitName: string;
  readonly year: number;
  readonly templateName: string;
  readonly finalisedAt: string;
  readonly total: string;
  readonly predikat: { readonly code: string; readonly label: string; readonly interpretation: string };
  readonly components: readonly {
    readonly name: string;
    readonly weight: string;
    readonly score: string;
    readonly subComponents: readonly { readonly name: string; readonly weight: string; readonly score: string }[];
  }[];
  readonly findings: readonly LheFinding[];
  readonly recommendations: readonly {
    readonly text: string;
    readonly reference: string | null;
    readonly personInCharge: string;
    readonly deadline: string;
    readonly status: string;
    readonly progress: number;
  }[];
}

type Template = Awaited<ReturnType<typeof templateOfEvaluation>>['template'];
type AnswerRows = Awaited<ReturnType<typeof answerRowsOf>>;

function findingsOf(template: Template, rows: AnswerRows): LheFinding[] {
  const textOf = new Map(criteriaOf(template).map((l) => [l.criterion.id, l.criterion.text]));
  const found: LheFinding[] = [];
  for (const [basis, kind] of [
    ['self', 'kerangka_logis_self'],
    ['final', 'kerangka_logis_final'],
  ] as const)
    for (const v of checkKerangkaLogis(template, answersOf(rows, basis)))
      found.push({
        ...{ criterionId: v.criterionId, criterionText: textOf.get(v.criterionId) ?? '', kind },
        text: `${v.message} (nilai ${v.value}, batas ${v.limit})`,
      });
  for (const r of rows)
    if (r.evaluator_note)
      found.push({
        criterionId: r.criterion_id,
        criterionText: textOf.get(r.criterion_id) ?? '',
        kind: 'note',
        text: r.evaluator_note,
      });
  const order = new Map(criteriaOf(template).map((l) => [l.criterion.id, l.order]));
  return found.sort((a, b) => (order.get(a.criterionId) ?? 0) - (order.get(b.criterionId) ?? 0));
}

/** SECURITY: the evaluation through tenantDb (404), read policy (403), then final only (409). */
export async function lheContent(ctx: RequestContext, evaluationId: string): Promise<LheContent> {
  const ev = await loadEvaluation(ctx, evaluationId);
  const actor = await evaluationActor(ctx);
  enforce(mayRead(actor, ev.unit_id, ev.status));
  enforce(mayIssueLhe(ev.status));
  const t = await templateOfEvaluation(ctx, ev);
  const band = t.predikat.find((b) => b.code === ev.final_predikat);
  const components = JSON.parse(ev.final_components ?? '[]') as ComponentScore[];
  const unit = await unitFacts(ctx, ev.unit_id);
  const recs = await recommendationViews(ctx, ev, await recommendationRowsOf(ctx, ev.id), actor, await tenantToday(ctx));
  return {
    ...{ regency: `Pemerintah ${(await getTenant(ctx, ctx.tenantId)).name}`, unitName: unit.name, year: ev.year },
    ...{ templateName: t.template.name, finalisedAt: ev.finalised_at ?? ev.updated_at, total: ev.final_total ?? '0.00' },
    predikat: { code: ev.final_predikat ?? '', label: band?.label ?? '', interpretation: band?.interpretation ?? '' },
    components: components.map((c) => ({
      ...{ name: c.name, weight: c.weight, score: c.score },
      subComponents: c.subComponents.map((s) => ({ name: s.name, weight: s.weight, score: s.score })),
    })),
    findings: findingsOf(t.template, await answerRowsOf(ctx, ev.id)),
    recommendations: recs.map((r) => ({
      ...{ text: r.text, reference: r.criterionId ?? r.componentId, deadline: r.deadline, status: r.status },
      personInCharge: [r.personInCharge.name, r.personInCharge.unitName].filter(Boolean).join(' — '),
      progress: r.progress,
    })),
  };
}
