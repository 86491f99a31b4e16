import { inTransaction } from '../../db/executor.ts';
import type { TenantScope } from '../../db/tenant-db.ts';
import { authorize } from '../../platform/access/authorize.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { enqueue } from '../../platform/jobs/index.ts';
import { recordAudit } from '../audit/index.ts';
import { parseOrgFile } from './org-file/org-file-parser.ts';
import { type ApplyCounts, applyOrgPlan } from './org-import.apply.ts';
import { checkAgainstExisting } from './org-import.checks.ts';
import { loadExistingOrg } from './org-import.existing.ts';
import { presentProblems } from './org-import.presenter.ts';
import type { ImportProblem, OrgPlan } from './org-plan.ts';
import type { DryRunView } from './organization.contract.ts';
import { orgImportJob } from './organization.jobs.ts';
import { canManageOrganization } from './organization.policy.ts';

/** Parses an org XLSX and checks it against the file's own rules and the tenant's data. */
export async function checkOrgFile(scope: TenantScope, data: Buffer): Promise<{ plan: OrgPlan; problems: ImportProblem[] }> {
  const { plan, problems } = await parseOrgFile(data);
  if (problems.some((p) => p.sheet === 'file')) return { plan, problems };
  return { plan, problems: checkAgainstExisting(plan, problems, await loadExistingOrg(scope)) };
}

function countsOf(plan: OrgPlan) {
  return {
    units: plan.units.length,
    positions: plan.positions.length,
    employees: plan.employees.length,
    assignments: plan.assignments.length,
  };
}

/** Checks a file without writing anything, and says what the import would do or what is wrong. */
export async function dryRunOrgImport(ctx: RequestContext, data: Buffer): Promise<DryRunView> {
  authorize(canManageOrganization(ctx.actor));
  const { plan, problems } = await checkOrgFile(ctx, data);
  return { ok: problems.length === 0, counts: countsOf(plan), problems: presentProblems(problems, ctx.locale) };
}

/** Stores the uploaded file and queues the import job; the job row and the audit record commit together. */
export async function requestOrgImport(ctx: RequestContext, data: Buffer, fileName: string): Promise<{ jobId: string }> {
  authorize(canManageOrganization(ctx.actor));
  const stored = await ctx.platform.storage.put(ctx.tenantId, data, {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  return inTransaction(ctx, async (tx) => {
    const jobId = await enqueue(tx, orgImportJob as never, {
      fileKey: stored.key,
      fileName,
      locale: ctx.locale,
      requestedBy: ctx.actor.label,
    });
    await recordAudit(tx, 'organization.import_requested', {
      objectType: 'job',
      objectId: jobId,
      data: { fileName, sha256: stored.sha256 },
    });
    return { jobId };
  });
}

/**
 * Imports a plan synchronously (CLI, demo seed): checks and writes in one transaction, all or
 * nothing. With problems nothing is written and they are returned.
 */
export async function importOrgPlan(
  ctx: RequestContext,
  plan: OrgPlan,
  fileProblems: ImportProblem[] = [],
): Promise<{ ok: boolean; counts?: ApplyCounts; problems: ImportProblem[] }> {
  authorize(canManageOrganization(ctx.actor));
  return inTransaction(ctx, async (tx) => {
    const problems = checkAgainstExisting(plan, fileProblems, await loadExistingOrg(tx));
    if (problems.length) return { ok: false, problems };
    const counts = await applyOrgPlan(tx, plan);
    await recordAudit(tx, 'organization.imported', { objectType: 'organization', data: { ...counts } });
    return { ok: true, counts, problems: [] };
  });
}
