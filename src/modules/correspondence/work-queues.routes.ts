import { defineRoutes } from '../../platform/http/define-routes.ts';
import { OutgoingQueueQuery, OutgoingQueueView, WorkQueueCountsView } from './work-queues.contract.ts';
import { outgoingQueue, workQueueCounts } from './work-queues.queries.ts';

/** Work queues: counters for the navigation, and the outgoing paraf/signature queues. */
export const workQueuesRoutes = defineRoutes('correspondence', (r) => {
  r.route({
    method: 'GET',
    url: '/api/work-queues',
    summary: 'Jumlah pekerjaan yang menunggu saya (to sign, to verify, unread, dispositions, overdue)',
    permission: 'authenticated',
    response: { 200: WorkQueueCountsView },
    handler: ({ ctx }) => workQueueCounts(ctx),
  });
  r.route({
    method: 'GET',
    url: '/api/letters/outgoing/queue',
    summary: 'Konsep yang menunggu paraf (verify) atau tanda tangan (sign) saya, atau konsep saya (mine)',
    permission: 'correspondence.letter.read',
    querystring: OutgoingQueueQuery,
    response: { 200: OutgoingQueueView },
    handler: ({ ctx, query }) => outgoingQueue(ctx, query.kind),
  });
});
