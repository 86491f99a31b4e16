import { z } from 'zod';

/** One audit record as auditors see it. */
export const AuditView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorLabel: z.string(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditView = z.infer<typeof AuditView>;

/** Paging of the audit list (1-based page). */
export const AuditListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;

/** One page of the audit list, newest first, with the total number of records. */
export const AuditListView = z.object({ items: z.array(AuditView), total: z.number().int() });
export type AuditListView = z.infer<typeof AuditListView>;

/** How a chain was broken: a row changed, a row gone from the middle, rows out of order, or rows gone from the end. */
export const AuditProblemKind = z.enum(['edited', 'missing', 'reordered', 'truncated']);
export type AuditProblemKind = z.infer<typeof AuditProblemKind>;

/** One break in the chain, named by the seq where it shows. */
export const AuditProblem = z.object({ seq: z.number().int(), kind: AuditProblemKind, message: z.string() });
export type AuditProblem = z.infer<typeof AuditProblem>;

/** The outcome of verifying one tenant's chain. */
export const AuditVerification = z.object({ ok: z.boolean(), checked: z.number().int(), problems: z.array(AuditProblem) });
export type AuditVerification = z.infer<typeof AuditVerification>;
