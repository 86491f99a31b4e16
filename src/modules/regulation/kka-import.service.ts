/**
 * KKA import from XLSX: a dry run lists every problem; a real import adds and updates classes in the draft pack
 * (made as a copy of the active pack when there is none), all or nothing, in one transaction.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { ValidationError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { checkKkaRows, sortKkaProblems } from './kka-checks.ts';
import { type KkaProblem, type KkaRow, parseKkaFile } from './kka-file.ts';
import type { KkaImportView } from './regulation.contract.ts';
import { enforce, mayManageRegulation } from './regulation.policy.ts';
import { type ArchiveClassRow, insertArchiveClasses, type PackRow, packInStatus } from './regulation.repository.ts';
import { draftPackIn, ensureRegulationPack } from './regulation.service.ts';

type ValidRow = KkaRow & { code: string };

/** Import problems translated for the caller, with sheet, row and column. */
function presentProblems(problems: readonly KkaProblem[], locale: 'id' | 'en') {
  return problems.map((p) => ({
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    message: translate(locale, p.messageKey, p.params ?? {}),
  }));
}

async function classesOf(ctx: RequestContext, packId: string): Promise<Map<string, ArchiveClassRow>> {
  const rows = await tenantDb(ctx).selectFrom('archive_classes').selectAll().where('pack_id', '=', packId).execute();
  return new Map(rows.map((r) => [r.code, r]));
}

function changed(row: ValidRow, existing: ArchiveClassRow): boolean {
  return (
    existing.name !== row.name ||
    existing.retention_active_years !== row.retentionActiveYears ||
    existing.retention_inactive_years !== row.retentionInactiveYears ||
    existing.final_disposition !== row.finalDisposition
  );
}

/** Parses and checks the file against the classes of the pack it would go into. */
async function checkFile(ctx: RequestContext, data: Buffer, target: PackRow) {
  const { sheet, rows, problems } = await parseKkaFile(data);
  const existing = await classesOf(ctx, target.id);
  const all = sortKkaProblems([...problems, ...checkKkaRows(sheet, rows, new Set(existing.keys()))]);
  const valid = rows.filter((r): r is ValidRow => r.valid && r.code !== null);
  const added = valid.filter((r) => !existing.has(r.code));
  const updated = valid.filter((r) => {
    const before = existing.get(r.code);
    return before !== undefined && changed(r, before);
  });
  return { problems: all, rows, added, updated };
}

async function writeRows(tx: RequestContext, packId: string, added: ValidRow[], updated: ValidRow[]) {
  await insertArchiveClasses(
    tx,
    packId,
    added.map((r) => ({
      code: r.code,
      name: r.name,
      retention_active_years: r.retentionActiveYears,
      retention_inactive_years: r.retentionInactiveYears,
      final_disposition: r.finalDisposition,
      description: null,
    })),
  );
  for (const r of updated)
    await tenantDb(tx)
      .updateTable('archive_classes')
      .set({
        name: r.name,
        retention_active_years: r.retentionActiveYears,
        retention_inactive_years: r.retentionInactiveYears,
        final_disposition: r.finalDisposition,
      })
      .where('pack_id', '=', packId)
      .where('code', '=', r.code)
      .execute();
}

/** Checks a KKA file (dry run) or imports it into the draft pack; with any problem nothing is written (422). */
export async function importKka(ctx: RequestContext, data: Buffer, dryRun: boolean): Promise<KkaImportView> {
  enforce(mayManageRegulation(ctx.actor));
  const active = await ensureRegulationPack(ctx);
  if (dryRun) {
    const target = (await packInStatus(ctx, 'draft')) ?? active;
    const check = await checkFile(ctx, data, target);
    return view(ctx, check, { dryRun: true, applied: false, pack: null });
  }
  return inTransaction(ctx, async (tx) => {
    const draft = await draftPackIn(tx);
    const check = await checkFile(tx, data, draft);
    if (check.problems.length > 0) {
      const fields = check.problems.slice(0, 50).map((p) => ({
        field: p.row === null ? p.sheet : `${p.sheet}[${p.row}].${p.column ?? ''}`,
        message: p.messageKey,
        params: p.params,
      }));
      // Throwing rolls back the draft made above as well: a refused import leaves no trace.
      throw new ValidationError(fields, 'regulation.importRejected');
    }
    await writeRows(tx, draft.id, check.added, check.updated);
    await recordAudit(tx, 'regulation.kka_imported', {
      objectType: 'regulation_pack',
      objectId: draft.id,
      data: { version: draft.version, rows: check.rows.length, added: check.added.length, updated: check.updated.length },
    });
    return view(tx, check, { dryRun: false, applied: true, pack: draft });
  });
}

function view(
  ctx: RequestContext,
  check: Awaited<ReturnType<typeof checkFile>>,
  outcome: { dryRun: boolean; applied: boolean; pack: PackRow | null },
): KkaImportView {
  return {
    ok: check.problems.length === 0,
    dryRun: outcome.dryRun,
    applied: outcome.applied,
    packId: outcome.pack?.id ?? null,
    version: outcome.pack?.version ?? null,
    counts: { rows: check.rows.length, added: check.added.length, updated: check.updated.length },
    problems: presentProblems(check.problems, ctx.locale),
  };
}
