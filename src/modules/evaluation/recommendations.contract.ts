/**
 * Zod contracts of the LHE recommendations and their follow-up (tindak lanjut) under `/api/evaluation` (the web app
 * imports only this file).
 */
import { z } from 'zod';

const Id = z.uuid();
const Code = z.string().trim().min(1).max(40);
const Text = (max: number) => z.string().trim().min(1).max(max);
const Version = z.coerce.number().int().min(1);
const IsoDate = z.iso.date();

/** Where a recommendation stands: no follow-up yet, some progress, done (100 %). */
export const RecommendationStatus = z.enum(['open', 'in_progress', 'done']);
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;

/** The person in charge: a jabatan (whoever holds it, as letters are addressed) or one user account. */
export const PersonInChargeInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('position'), positionId: Id }),
  z.object({ kind: z.literal('user'), userId: Id }),
]);
export type PersonInChargeInput = z.infer<typeof PersonInChargeInput>;

/** `POST …/evaluations/:evaluationId/recommendations`: one recommendation of the LHE. */
export const RecommendationInput = z.object({
  text: Text(2000),
  componentId: Code.nullable().optional(),
  criterionId: Code.nullable().optional(),
  personInCharge: PersonInChargeInput,
  deadline: IsoDate,
});
export type RecommendationInput = z.infer<typeof RecommendationInput>;

/** `PUT /api/evaluation/recommendations/:recommendationId`: the whole recommendation again, with its version. */
export const UpdateRecommendationInput = RecommendationInput.extend({ version: z.number().int().min(1) });
export type UpdateRecommendationInput = z.infer<typeof UpdateRecommendationInput>;

/** `:recommendationId`. */
export const RecommendationIdParams = z.object({ recommendationId: Id });
/** `:followupId/:fileId` of an evidence file of a follow-up. */
export const FollowupFileParams = z.object({ followupId: Id, fileId: Id });
/** `DELETE …` and `POST …/confirm`: the version the user saw. */
export const RecommendationVersionInput = z.object({ version: z.number().int().min(1) });
/** `POST …/reopen`: back from done to in progress, with why. */
export const ReopenRecommendationInput = z.object({ version: z.number().int().min(1), reason: Text(1000) });

/**
 * `POST /api/evaluation/recommendations/:recommendationId/followups`: JSON, or multipart with these as text fields
 * and up to 5 `file` parts (PDF, JPEG or PNG, recognised by their first bytes).
 */
export const FollowupInput = z.object({
  version: Version,
  date: IsoDate,
  progress: z.coerce.number().int().min(0).max(100),
  note: Text(2000),
});
export type FollowupInput = z.infer<typeof FollowupInput>;

/** The person in charge as shown. */
export const PersonInChargeView = z.object({
  kind: z.enum(['position', 'user']),
  id: z.string(),
  name: z.string(),
  unitName: z.string().nullable(),
});
export type PersonInChargeView = z.infer<typeof PersonInChargeView>;

/** One follow-up entry. */
export const FollowupView = z.object({
  id: z.string(),
  date: z.string(),
  progress: z.number(),
  note: z.string(),
  evidence: z.array(z.object({ fileId: z.string(), fileName: z.string(), contentType: z.string() })),
  enteredBy: z.string().nullable(),
  enteredAt: z.string(),
});
export type FollowupView = z.infer<typeof FollowupView>;

/** What the acting user may do with one recommendation now. */
export const RecommendationMayView = z.object({
  edit: z.boolean(),
  remove: z.boolean(),
  followUp: z.boolean(),
  confirm: z.boolean(),
  reopen: z.boolean(),
  /** Send it to the person in charge (a position) as a nota dinas in e-Office. */
  sendNotice: z.boolean(),
});

/** One recommendation with its follow-up; `daysLate` > 0 only when overdue (deadline passed and not done). */
export const RecommendationView = z.object({
  id: z.string(),
  evaluationId: z.string(),
  componentId: z.string().nullable(),
  criterionId: z.string().nullable(),
  text: z.string(),
  personInCharge: PersonInChargeView,
  deadline: z.string(),
  status: RecommendationStatus,
  progress: z.number(),
  overdue: z.boolean(),
  daysLate: z.number(),
  doneAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  version: z.number(),
  followups: z.array(FollowupView),
  /** The e-Office nota dinas draft it was sent as, once sent. */
  noticeDraftId: z.string().nullable(),
  may: RecommendationMayView,
});
export type RecommendationView = z.infer<typeof RecommendationView>;

/** The recommendations of one evaluation, with what the actor may do on the evaluation level. */
export const RecommendationListView = z.object({
  evaluationId: z.string(),
  evaluationStatus: z.enum(['self_assessment', 'evaluating', 'final']),
  today: z.string(),
  may: z.object({ add: z.boolean(), lhe: z.boolean() }),
  items: z.array(RecommendationView),
});
export type RecommendationListView = z.infer<typeof RecommendationListView>;

/** One overdue recommendation for the dashboard. */
export const OverdueItemView = z.object({
  recommendationId: z.string(),
  evaluationId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  year: z.number(),
  text: z.string(),
  personInCharge: PersonInChargeView,
  deadline: z.string(),
  daysLate: z.number(),
  progress: z.number(),
  status: RecommendationStatus,
});
export type OverdueItemView = z.infer<typeof OverdueItemView>;

/** `POST …/recommendations/:recommendationId/notice`: the nota dinas drafted in e-Office. */
export const NoticeSentView = z.object({ draftId: z.string() });

/** Overdue recommendations the actor may see, most late first. */
export const OverdueListView = z.object({ today: z.string(), count: z.number(), items: z.array(OverdueItemView) });
export type OverdueListView = z.infer<typeof OverdueListView>;
