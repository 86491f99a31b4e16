import { defineRoutes } from '../../platform/http/define-routes.ts';
import { AuditListQuery, AuditListView, AuditVerification } from './audit.contract.ts';
import { listAudit, verifyAuditChain } from './audit.service.ts';

/** The audit trail for admins and Inspektorat evaluators. */
export const auditRoutes = defineRoutes('audit', (r) => {
  r.route({
    method: 'GET',
    url: '/api/audit',
    summary: 'Jejak audit (audit trail), terbaru dahulu',
    permission: 'audit.read',
    querystring: AuditListQuery,
    response: { 200: AuditListView },
    handler: ({ ctx, query }) => listAudit(ctx, query),
  });
  r.route({
    method: 'GET',
    url: '/api/audit/verify',
    summary: 'Periksa keutuhan rantai hash audit (verify the hash chain)',
    permission: 'audit.read',
    response: { 200: AuditVerification },
    handler: ({ ctx }) => verifyAuditChain(ctx),
  });
});
