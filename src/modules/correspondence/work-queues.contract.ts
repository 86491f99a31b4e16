/** Work queues: what waits for the signed-in person (counts for the navigation) and the two outgoing queues. */
import { z } from 'zod';

/**
 * `GET /api/work-queues`: the counters of my queues, over the positions I hold today (definitif, Plt, Plh, Pj). Each
 * counter except `toSignDocuments` is exact below 100 and 100 when there are 100 or more (shown as 99+).
 */
export const WorkQueueCountsView = z.object({
  /** Outgoing drafts ready for my signature plus official documents where it is my turn to sign. */
  toSign: z.number(),
  /** Of `toSign`: the outgoing drafts (siap_tte, signer position mine). */
  toSignLetters: z.number(),
  /** Of `toSign`: the official documents (naskah) where I am the next signer. */
  toSignDocuments: z.number(),
  /** Paraf steps of the current round, due now, of positions I hold. */
  toVerify: z.number(),
  /** Letters addressed (kepada) to positions I hold, not yet read. */
  incomingUnread: z.number(),
  /** Letters copied (tembusan) to positions I hold, not yet read. */
  tembusanUnread: z.number(),
  /** Dispositions to positions I hold, terkirim or dibaca. */
  dispositionsToAct: z.number(),
  /** Of `dispositionsToAct`: past their deadline (tenant time zone). */
  overdue: z.number(),
});
export type WorkQueueCountsView = z.infer<typeof WorkQueueCountsView>;

/** `GET /api/letters/outgoing/queue?kind=verify|sign|mine` (`mine`: drafts whose drafter position I hold). */
export const OutgoingQueueQuery = z.object({ kind: z.enum(['verify', 'sign', 'mine']) });
/** Which outgoing queue. */
export type OutgoingQueueKind = z.infer<typeof OutgoingQueueQuery>['kind'];

/** One outgoing draft waiting for my paraf or signature, or one of my own drafts (`mine`). */
export const OutgoingQueueItem = z.object({
  draftId: z.string(),
  /** The due paraf step (verify queue); null in the sign and mine queues. */
  stepId: z.string().nullable(),
  typeCode: z.string(),
  hal: z.string(),
  security: z.enum(['biasa', 'terbatas', 'rahasia', 'sangat_rahasia']),
  urgency: z.enum(['biasa', 'segera', 'sangat_segera']),
  status: z.string(),
  version: z.number(),
  number: z.string().nullable(),
  updatedAt: z.string(),
});
export const OutgoingQueueView = z.object({ items: z.array(OutgoingQueueItem) });
export type OutgoingQueueView = z.infer<typeof OutgoingQueueView>;
