/**
 * Sending a recommendation to its person in charge through e-Office: a nota dinas drafted from the evaluator's
 * position (signed by the head of their unit, the Inspektur) to the responsible position, with the recommendation,
 * the deadline and where to report the follow-up. The draft then follows the usual paraf chain and signing.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { formatIndonesianDate } from '../../platform/pdf/indonesian-date.ts';
import { ValidationError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { draftNoticeToPosition } from '../correspondence/index.ts';
import { getTenant } from '../organization/index.ts';
import { enforce } from './evaluation.policy.ts';
import { evaluationActor } from './evaluation-actor.ts';
import { loadEvaluation, unitNames } from './evaluations.queries.ts';
import { maySendNotice } from './recommendations.policy.ts';
import { loadRecommendation, type RecommendationRow } from './recommendations.queries.ts';

/** Archive classification of an evaluation finding: 700 Pengawasan (Permendagri 83/2022 top level). */
const KKA_PENGAWASAN = '700';

/** The paragraphs of the nota dinas (an official letter: always in Indonesian). */
function noticeParagraphs(row: RecommendationRow, unitName: string, year: number): string[] {
  return [
    `Berdasarkan hasil evaluasi akuntabilitas kinerja instansi pemerintah atas ${unitName} tahun ${year}, kami sampaikan rekomendasi berikut untuk ditindaklanjuti:`,
    row.text,
    `Tindak lanjut diharapkan selesai paling lambat ${formatIndonesianDate(row.deadline)} dan dilaporkan melalui menu Evaluasi SAKIP di Pamong.`,
  ];
}

/** Drafts the nota dinas once and links it to the recommendation; one transaction. */
export async function sendRecommendationNotice(ctx: RequestContext, id: string): Promise<{ draftId: string }> {
  const row = await loadRecommendation(ctx, id);
  // SECURITY: found through tenantDb first (404 for another tenant), then the evaluator-only rule.
  enforce(maySendNotice(await evaluationActor(ctx), row.status, row.notice_draft_id !== null));
  if (row.pic_position_id === null)
    throw new ValidationError([{ field: 'personInCharge', message: 'evaluation.recommendations.noticeNeedsPosition' }]);
  const evaluation = await loadEvaluation(ctx, row.evaluation_id);
  const unitName = (await unitNames(ctx, [evaluation.unit_id])).get(evaluation.unit_id) ?? '';
  const tenant = await getTenant(ctx, ctx.tenantId);
  return inTransaction(ctx, async (tx) => {
    const { draftId } = await draftNoticeToPosition(tx, {
      toPositionId: row.pic_position_id as string,
      hal: `Tindak lanjut rekomendasi hasil evaluasi AKIP ${unitName} tahun ${evaluation.year}`,
      paragraphs: noticeParagraphs(row, unitName, evaluation.year),
      kka: KKA_PENGAWASAN,
      place: tenant.name.replace(/^(Kabupaten|Kota)\s+/i, ''),
    });
    await tenantDb(tx).updateTable('evaluation_recommendations').set({ notice_draft_id: draftId }).where('id', '=', id).execute();
    await recordAudit(tx, 'evaluation.recommendation.notice_drafted', {
      objectType: 'evaluation_recommendation',
      objectId: id,
      data: { draftId },
    });
    return { draftId };
  });
}
