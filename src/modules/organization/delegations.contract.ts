/** Absence delegation (Plh): a head hands their position's work to a pegawai for a period. */
import { z } from 'zod';

/** Longest delegation, in days (start and end day included). */
export const MAX_DELEGATION_DAYS = 90;

/** `POST /api/org/delegations`. */
export const CreateDelegationInput = z.object({
  positionId: z.uuid(),
  delegateEmployeeId: z.uuid(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  reason: z.string().trim().min(3).max(500),
});
export type CreateDelegationInput = z.infer<typeof CreateDelegationInput>;

/** `GET /api/org/delegations?positionId=`: without a position, the delegations of the positions I hold definitif. */
export const DelegationQuery = z.object({ positionId: z.uuid().optional() });

/** `DELETE /api/org/delegations/:assignmentId`. */
export const DelegationIdParams = z.object({ assignmentId: z.uuid() });

/** One delegation (a Plh assignment made as a delegation). */
export const DelegationView = z.object({
  id: z.string(),
  positionId: z.string(),
  positionName: z.string(),
  delegateEmployeeId: z.string(),
  delegateName: z.string(),
  delegateNip: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  reason: z.string().nullable(),
  /** Today falls within startsOn..endsOn (tenant time zone). */
  active: z.boolean(),
});
export type DelegationView = z.infer<typeof DelegationView>;

/** A position the signed-in person holds definitif today and may therefore delegate. */
export const DelegablePositionView = z.object({ id: z.string(), name: z.string(), unitName: z.string() });

/** The delegations asked for, and the positions the signed-in person may delegate. */
export const DelegationListView = z.object({
  items: z.array(DelegationView),
  myPositions: z.array(DelegablePositionView),
});
export type DelegationListView = z.infer<typeof DelegationListView>;

/** Messages of delegations (keys `organization.delegation*`), merged into the organization messages. */
export const delegationMessages = {
  id: {
    delegationEndsBeforeStart: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    delegationTooLong: 'Delegasi paling lama {{days}} hari.',
    delegationInPast: 'Tanggal mulai tidak boleh sebelum hari ini ({{today}}).',
    delegateSelf: 'Anda tidak dapat mendelegasikan jabatan kepada diri sendiri.',
    notPositionHolder: 'Hanya pejabat definitif jabatan ini atau admin organisasi yang dapat mendelegasikannya.',
    delegationEnded: 'Delegasi ini sudah berakhir.',
  },
  en: {
    delegationEndsBeforeStart: 'The end date cannot be before the start date.',
    delegationTooLong: 'A delegation lasts at most {{days}} days.',
    delegationInPast: 'The start date cannot be before today ({{today}}).',
    delegateSelf: 'You cannot delegate a position to yourself.',
    notPositionHolder: 'Only the definitive holder of this position or an organisation admin may delegate it.',
    delegationEnded: 'This delegation has already ended.',
  },
};
