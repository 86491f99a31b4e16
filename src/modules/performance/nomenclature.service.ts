/** Nomenclature codes: list and search, the import (dry run or all-or-nothing), and the template. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { BudgetImportView, NomenclatureListView, NomenclatureQuery } from './budget.contract.ts';
import { importRejected, importView } from './budget-import-result.ts';
import { enforceWholeScope } from './budget-settings.service.ts';
import { compareNomenclatureCodes } from './nomenclature-code.ts';
import {
  NOMENCLATURE_EXAMPLE,
  type NomenclatureRow,
  nomenclatureInParentOrder,
  parseNomenclatureFile,
  writeNomenclatureFile,
} from './nomenclature-file.ts';

/** Editions and matching codes: `q` matches a code prefix or a word of the name; `parent` lists children. */
export async function listNomenclature(ctx: RequestContext, query: NomenclatureQuery): Promise<NomenclatureListView> {
  const db = tenantDb(ctx);
  const editions = (await db.selectFrom('nomenclature_items').select('edition').distinct().execute()).map((r) => r.edition);
  let select = db.selectFrom('nomenclature_items').select(['edition', 'level', 'code', 'parent_code', 'name']);
  if (query.edition) select = select.where('edition', '=', query.edition);
  if (query.level) select = select.where('level', '=', query.level);
  if (query.parent) select = select.where('parent_code', '=', query.parent);
  if (query.q) {
    const q = query.q.toLowerCase().replace(/[\\%_]/g, '');
    select = select.where((eb) => eb.or([eb('code', 'like', `${q}%`), eb(eb.fn('lower', ['name']), 'like', `%${q}%`)]));
  }
  const rows = await select.orderBy('edition').orderBy('code').limit(query.limit).execute();
  const items = rows
    .map((r) => ({ edition: r.edition, level: r.level, code: r.code, parentCode: r.parent_code, name: r.name }))
    .sort((a, b) => a.edition.localeCompare(b.edition) || compareNomenclatureCodes(a.code, b.code));
  return { editions: editions.sort(), items };
}

async function existingOf(ctx: RequestContext, edition: string) {
  const rows = await tenantDb(ctx)
    .selectFrom('nomenclature_items')
    .select(['code', 'level', 'parent_code', 'name'])
    .where('edition', '=', edition)
    .execute();
  return new Map(rows.map((r) => [r.code, r]));
}

async function checkFile(ctx: RequestContext, data: Buffer, edition: string) {
  const existing = await existingOf(ctx, edition);
  const parsed = await parseNomenclatureFile(data, new Set(existing.keys()));
  const added = parsed.rows.filter((r) => !existing.has(r.code));
  const updated = parsed.rows.filter((r) => {
    const before = existing.get(r.code);
    return before !== undefined && (before.name !== r.name || before.level !== r.level || before.parent_code !== r.parentCode);
  });
  const counts = {
    rows: parsed.total,
    added: added.length,
    updated: updated.length,
    unchanged: parsed.rows.length - added.length - updated.length,
  };
  return { problems: parsed.problems, added, updated, counts };
}

async function writeRows(tx: RequestContext, edition: string, added: NomenclatureRow[], updated: NomenclatureRow[]) {
  const db = tenantDb(tx);
  const now = tx.platform.now().toISOString();
  for (const r of nomenclatureInParentOrder(added))
    await db
      .insertInto('nomenclature_items', {
        id: newId(),
        edition,
        level: r.level,
        code: r.code,
        parent_code: r.parentCode,
        name: r.name,
        created_at: now,
      })
      .execute();
  for (const r of updated)
    await db
      .updateTable('nomenclature_items')
      .set({ level: r.level, parent_code: r.parentCode, name: r.name })
      .where('edition', '=', edition)
      .where('code', '=', r.code)
      .execute();
}

/** Checks (dry run) or imports a nomenclature file into an edition; with any problem nothing is written (422). */
export async function importNomenclature(
  ctx: RequestContext,
  data: Buffer,
  edition: string,
  dryRun: boolean,
): Promise<BudgetImportView> {
  await enforceWholeScope(ctx);
  if (dryRun) {
    const check = await checkFile(ctx, data, edition);
    return importView(ctx.locale, check.problems, { dryRun: true, applied: false, counts: check.counts });
  }
  return inTransaction(ctx, async (tx) => {
    const check = await checkFile(tx, data, edition);
    if (check.problems.length > 0) throw importRejected(check.problems);
    await writeRows(tx, edition, check.added, check.updated);
    await recordAudit(tx, 'performance.nomenclature_imported', {
      objectType: 'nomenclature',
      data: { edition, ...check.counts },
    });
    return importView(tx.locale, [], { dryRun: false, applied: true, counts: check.counts });
  });
}

/** The template users download. */
export function nomenclatureTemplate(): Promise<Buffer> {
  return writeNomenclatureFile(NOMENCLATURE_EXAMPLE);
}
