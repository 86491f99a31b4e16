import type { z } from 'zod';
import type {
  DraftInput,
  DraftStateView,
  DraftView,
  VersionDiffView,
} from '../../../../../src/modules/correspondence/outgoing.contract.ts';
import type { OutgoingQueueView } from '../../../../../src/modules/correspondence/work-queues.contract.ts';
import { api } from '../../../app/api.ts';

export type { DraftInput, DraftStateView, DraftView };
/** The line diff between two versions. */
export type VersionDiff = z.infer<typeof VersionDiffView>;
/** One approval step as the page shows it. */
export type DraftStep = DraftView['steps'][number];
/** One action the caller may take. */
export type DraftAction = DraftView['actions'][number];

/** Query keys of outgoing drafts. */
export const outgoingKeys = {
  draft: (id: string) => ['outgoing', 'draft', id] as const,
  diff: (id: string, a: number, b: number) => ['outgoing', 'diff', id, a, b] as const,
  queue: (kind: string) => ['outgoing-queue', kind] as const,
};

const draftPath = (id: string, action = '') => `/api/letters/outgoing/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/** One draft with its steps and the caller's actions. */
export const fetchDraft = (id: string) => api<DraftView>(draftPath(id));

/** My drafts, or the drafts waiting for my paraf or signature. */
export const fetchOutgoingQueue = (kind: 'verify' | 'sign' | 'mine') =>
  api<OutgoingQueueView>(`/api/letters/outgoing/queue?kind=${kind}`);

/** Creates a draft (version 1); without a paraf chain the server suggests one from the hierarchy. */
export const createDraft = (input: DraftInput) => api<DraftStateView>('/api/letters/outgoing', { method: 'POST', body: input });

/** Saves a new version; `version` is the one the drafter edited. */
export const reviseDraft = (id: string, input: DraftInput, version: number) =>
  api<DraftStateView>(draftPath(id), { method: 'PUT', body: { ...input, version } });

/** Sends the draft to its paraf chain. */
export const submitDraft = (id: string) => api<DraftStateView>(draftPath(id, 'submit'), { method: 'POST', body: {} });

/** The line diff between versions `a` and `b`. */
export const fetchDiff = (id: string, a: number, b: number) => api<VersionDiff>(draftPath(id, `versions/${a}/diff/${b}`));

/** Paraf: approves the version the verifier reviewed. */
export const approveStep = (stepId: string, version: number) =>
  api<DraftStateView>(`/api/approval-steps/${encodeURIComponent(stepId)}/approve`, { method: 'POST', body: { version } });

/** Returns the draft to the drafter with a mandatory note. */
export const returnStep = (stepId: string, note: string) =>
  api<DraftStateView>(`/api/approval-steps/${encodeURIComponent(stepId)}/return`, { method: 'POST', body: { note } });

/** SECURITY: the BSrE passphrase goes straight into the request body and is not kept here. */
export const signDraft = (id: string, passphrase: string) =>
  api<DraftStateView>(draftPath(id, 'sign'), { method: 'POST', body: passphrase ? { passphrase } : {} });

/** The signer sends the approved draft back (its reserved number is voided). */
export const signerReturnDraft = (id: string, note: string) =>
  api<DraftStateView>(draftPath(id, 'return'), { method: 'POST', body: { note } });

/** The drafter cancels the draft (its reserved number is voided). */
export const cancelDraft = (id: string, reason: string) =>
  api<DraftStateView>(draftPath(id, 'cancel'), { method: 'POST', body: { reason } });
