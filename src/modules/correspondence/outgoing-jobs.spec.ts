/** The job specs of outgoing letters, as enqueueing sees them (handlers live in outgoing.jobs.ts). */
import { z } from 'zod';
import type { JobSpec } from '../../platform/jobs/index.ts';

const mailPayload = z.object({ mailingIds: z.array(z.uuid()).min(1).max(100) });
/** Sends a signed letter by e-mail to external contacts, with the PDF attached. */
export const letterMailSpec: JobSpec<typeof mailPayload> = {
  name: 'correspondence.letter-mail',
  payload: mailPayload,
  maxAttempts: 6,
};

const regencyPayload = z.object({ draftId: z.uuid(), targetTenantId: z.string().min(1).max(100) });
/** Registers a signed letter as an incoming letter in another regency on this Pamong. */
export const regencyDeliverySpec: JobSpec<typeof regencyPayload> = {
  name: 'correspondence.regency-delivery',
  payload: regencyPayload,
  maxAttempts: 6,
};
