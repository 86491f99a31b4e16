/** Audit: the append-only, hash-chained audit trail of each tenant. The only import path for other modules. */
export {
  AuditListQuery,
  AuditListView,
  AuditProblem,
  AuditProblemKind,
  AuditVerification,
  AuditView,
} from './audit.contract.ts';
export { auditRoutes } from './audit.routes.ts';
export {
  listAudit,
  type RecordAuditOptions,
  recordAudit,
  type TenantAuditVerification,
  verifyAllTenants,
  verifyAuditChain,
} from './audit.service.ts';
