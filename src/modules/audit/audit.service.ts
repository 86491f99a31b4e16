import { inTransaction } from '../../db/executor.ts';
import type { DatabaseHandle } from '../../db/handle.ts';
// SECURITY: system-db only to list the tenants for the audit verification sweep (verifyAllTenants).
import { platformDb } from '../../db/system-db.ts';
import { authorize, hasPermission } from '../../platform/access/authorize.ts';
import { type PlatformServices, type RequestContext, systemContext } from '../../platform/access/context.ts';
import { newId } from '../../shared/ids.ts';
import type { AuditListQuery, AuditListView, AuditVerification, AuditView } from './audit.contract.ts';
import { appendRow, countRows, findHead, lockHead, newestRows, rowsAfter } from './audit.repository.ts';
import { auditHash, createChainChecker } from './audit-chain.ts';
import { canonicalJson } from './canonical-json.ts';

/** What an audit record is about, and any details worth keeping (stored as canonical JSON). */
export interface RecordAuditOptions {
  objectType?: string;
  objectId?: string;
  data?: Record<string, unknown>;
}

/**
 * Appends a record to the tenant's hash-chained audit log. Joins the caller's transaction, so the record
 * commits or rolls back with the change it describes. Actor, IP and request id come from the context.
 */
export async function recordAudit(
  ctx: RequestContext,
  action: string,
  opts: RecordAuditOptions = {},
): Promise<{ id: string; seq: number }> {
  if (!action) throw new Error('recordAudit needs an action');
  return inTransaction(ctx, async (tx) => {
    const head = await lockHead(tx);
    const fields = {
      seq: head.seq + 1,
      id: newId(),
      at: tx.platform.now().toISOString(),
      actor_id: tx.actor.userId,
      actor_label: tx.actor.label,
      action,
      object_type: opts.objectType ?? null,
      object_id: opts.objectId ?? null,
      ip: tx.ip,
      request_id: tx.requestId,
      data: canonicalJson(opts.data ?? {}),
    };
    await appendRow(tx, { ...fields, prev_hash: head.hash, hash: auditHash(head.hash, fields) });
    return { id: fields.id, seq: fields.seq };
  });
}

/** Rows read per page while verifying, so a chain of millions never sits in memory. */
const VERIFY_PAGE_SIZE = 1000;

/**
 * Recomputes every hash of the tenant's chain in seq order and names each break by seq. The head is
 * read first, so rows appended while verifying are left for the next run.
 */
export async function verifyAuditChain(ctx: RequestContext): Promise<AuditVerification> {
  authorize(hasPermission(ctx.actor, 'audit.read'));
  const head = await findHead(ctx);
  const checker = createChainChecker(head);
  let afterSeq = 0;
  for (;;) {
    const rows = await rowsAfter(ctx, afterSeq, head?.seq, VERIFY_PAGE_SIZE);
    for (const row of rows) checker.check(row);
    if (rows.length < VERIFY_PAGE_SIZE) break;
    afterSeq = rows[rows.length - 1].seq;
  }
  return checker.finish();
}

/** The verification of one tenant, as `pamong audit verify` prints it. */
export interface TenantAuditVerification extends AuditVerification {
  tenantId: string;
  tenantCode: string;
  tenantName: string;
}

/** Verifies the chain of every tenant, one after another, each under a system context with `audit.read`. */
export async function verifyAllTenants(db: DatabaseHandle, platform: PlatformServices): Promise<TenantAuditVerification[]> {
  const tenants = await platformDb({ db }).selectFrom('tenants').select(['id', 'code', 'name']).orderBy('code').execute();
  const results: TenantAuditVerification[] = [];
  for (const tenant of tenants) {
    const ctx = systemContext(db, platform, tenant.id, 'audit-verify', new Set(['audit.read']));
    results.push({ tenantId: tenant.id, tenantCode: tenant.code, tenantName: tenant.name, ...(await verifyAuditChain(ctx)) });
  }
  return results;
}

/** One page of the tenant's audit log, newest first, with the total count; needs `audit.read`. */
export async function listAudit(ctx: RequestContext, query: AuditListQuery): Promise<AuditListView> {
  authorize(hasPermission(ctx.actor, 'audit.read'));
  const pageSize = Math.max(1, Math.min(200, Math.trunc(query.pageSize)));
  const page = Math.max(1, Math.trunc(query.page));
  const [rows, total] = await Promise.all([newestRows(ctx, (page - 1) * pageSize, pageSize), countRows(ctx)]);
  const items: AuditView[] = rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actorLabel: row.actor_label,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    ip: row.ip,
  }));
  return { items, total };
}
