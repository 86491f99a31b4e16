import { useQuery } from '@tanstack/react-query';
import type { WorkQueueCountsView } from '../../../src/modules/correspondence/work-queues.contract.ts';
import { api } from './api.ts';

/** The counters of my work queues. */
export type WorkQueueCounts = WorkQueueCountsView;

/** React Query key of the work-queue counters (invalidate it after acting on an item). */
export const WORK_QUEUES_KEY = ['work-queues'] as const;

/** Fetches the counters of the signed-in person's queues. */
export const fetchWorkQueues = () => api<WorkQueueCounts>('/api/work-queues');

/** The counters, refreshed every 60 s; `enabled` false for people without tenant work. */
export function useWorkQueues(enabled = true) {
  return useQuery({ queryKey: WORK_QUEUES_KEY, queryFn: fetchWorkQueues, refetchInterval: 60_000, enabled });
}

/** A counter as shown: the number, or 99+ from 100 on (the server counts each queue up to 100). */
export const countText = (count: number): string => (count > 99 ? '99+' : String(count));

/** The badge number of a navigation entry: e-Office sums what waits there, Naskah the documents to sign. */
export function navBadgeCount(to: string, counts: WorkQueueCounts | undefined): number {
  if (!counts) return 0;
  if (to === '/e-office') return counts.incomingUnread + counts.dispositionsToAct + counts.toVerify + counts.toSign;
  if (to === '/naskah') return counts.toSignDocuments;
  return 0;
}
