/** The tenancy sweep's entries for LKjIP routes (spread into PERFORMANCE_SWEEP). */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Harness } from './harness.ts';
import type { SweepCall, SweepEntry } from './tenancy-sweep.ts';

/** A draft LKjIP of tenant A (DISKOMINFO, 2026), inserted directly once. */
let sweepReport: Promise<string> | undefined;
function reportOfA(extra: Record<string, string> = {}, body?: unknown): SweepEntry {
  return async (h: Harness): Promise<SweepCall> => {
    sweepReport ??= (async () => {
      const id = newId();
      const unitId = await h.unitId(h.tenants.a, 'DISKOMINFO');
      const at = '2026-01-05T00:00:00.000Z';
      await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
        .insertInto('lkjip_reports', {
          ...{ id, unit_id: unitId, scope_key: unitId, year: 2026, status: 'draft', document_id: null },
          ...{ created_by: null, created_at: at, updated_at: at },
        })
        .execute();
      return id;
    })();
    return { params: { reportId: await sweepReport, ...extra }, ...(body === undefined ? {} : { body }) };
  };
}

/** A review of that report with one open note (tenant A), inserted directly once. */
let sweepReview: Promise<{ reviewId: string; noteId: string }> | undefined;
function reviewOfA(param: 'reviewId' | 'noteId', body: unknown): SweepEntry {
  return async (h: Harness): Promise<SweepCall> => {
    sweepReview ??= (async () => {
      const reportId = (await reportOfA()(h)).params.reportId as string;
      const [reviewId, noteId, at] = [newId(), newId(), '2026-02-01T00:00:00.000Z'];
      const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
      await db
        .insertInto('lkjip_reviews', {
          ...{ id: reviewId, report_id: reportId, reviewer_id: null, status: 'in_review', started_at: at },
          ...{ concluded_at: null, concluded_by: null, conclusion: null, updated_at: at },
        })
        .execute();
      await db
        .insertInto('lkjip_review_notes', {
          ...{ id: noteId, review_id: reviewId, section_key: 'umum', text: 'Sapuan', severity: 'low', status: 'open' },
          ...{ response: null, responded_by: null, responded_at: null, resolved_by: null, resolved_at: null },
          ...{ created_by: null, created_at: at, updated_at: at },
        })
        .execute();
      return { reviewId, noteId };
    })();
    return { params: { [param]: (await sweepReview)[param] }, body };
  };
}
const NOTE_BODY = { sectionKey: 'umum', text: 'Sapuan', severity: 'low' };

/** One entry per LKjIP `METHOD url` with a `:param`; each names a report of tenant A. */
export const LKJIP_SWEEP: Record<string, SweepEntry> = {
  'GET /api/lkjip/reports/:reportId': reportOfA(),
  'PUT /api/lkjip/reports/:reportId/sections': reportOfA({}, { key: 'ikhtisar', text: 'Sapuan', version: 0 }),
  'GET /api/lkjip/reports/:reportId/completeness': reportOfA(),
  'POST /api/lkjip/reports/:reportId/versions': reportOfA(),
  'POST /api/lkjip/reports/:reportId/finalise': reportOfA({}, { version: 1 }),
  'GET /api/lkjip/reports/:reportId/versions/:number/docx': reportOfA({ number: '1' }),
  'GET /api/lkjip/reports/:reportId/versions/:number/pdf': reportOfA({ number: '1' }),
  'GET /api/lkjip/reports/:reportId/review': reportOfA(),
  'POST /api/lkjip/reports/:reportId/review': reportOfA(),
  'POST /api/lkjip/reviews/:reviewId/notes': reviewOfA('reviewId', NOTE_BODY),
  'POST /api/lkjip/reviews/:reviewId/conclude': reviewOfA('reviewId', { outcome: 'accepted', conclusion: 'Sapuan', version: 1 }),
  'PUT /api/lkjip/review-notes/:noteId': reviewOfA('noteId', { ...NOTE_BODY, version: 1 }),
  'POST /api/lkjip/review-notes/:noteId/response': reviewOfA('noteId', { response: 'Sapuan', version: 1 }),
  'POST /api/lkjip/review-notes/:noteId/resolve': reviewOfA('noteId', { version: 1 }),
  'POST /api/lkjip/review-notes/:noteId/reopen': reviewOfA('noteId', { version: 1 }),
};
