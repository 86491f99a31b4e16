/** Budget rows of a draft PK taken from the OPD's DPA lines of the year (pagu summed per sub-kegiatan, exact). */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { draftForChange } from './agreement-items.service.ts';
import type { AgreementView } from './agreements.contract.ts';
import { bumpAgreement, getAgreement } from './agreements.queries.ts';
import { moneyText, sumMoney } from './budget-money.ts';
import { parentNomenclatureCode } from './nomenclature-code.ts';

/** Names of nomenclature codes (any edition; the newest edition name wins by sort order of the edition text). */
async function nomenclatureNames(ctx: RequestContext, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('nomenclature_items')
    .select(['code', 'name'])
    .where('code', 'in', [...new Set(codes)])
    .orderBy('edition')
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * Adds one budget row per sub-kegiatan of the OPD's budget lines of the PK's year that the PK does not list yet,
 * with program and kegiatan codes derived from the sub-kegiatan code and names from the nomenclature (the code when
 * the nomenclature lacks it).
 */
export async function budgetsFromDpa(ctx: RequestContext, agreementId: string, version: number): Promise<AgreementView> {
  const row = await draftForChange(ctx, agreementId);
  const db = tenantDb(ctx);
  const lines = await db
    .selectFrom('budget_lines')
    .select(['sub_kegiatan_code', 'pagu'])
    .where('unit_id', '=', row.unit_id)
    .where('year', '=', row.year)
    .execute();
  const listed = await db
    .selectFrom('agreement_budgets')
    .select('sub_kegiatan_code')
    .where('agreement_id', '=', row.id)
    .execute();
  const have = new Set(listed.map((b) => b.sub_kegiatan_code));
  const bySub = groupBy(
    lines.filter((l) => !have.has(l.sub_kegiatan_code)),
    (l) => l.sub_kegiatan_code,
    (l) => l.pagu,
  );
  const codes = [...bySub.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const kegiatan = (sub: string) => parentNomenclatureCode('sub_kegiatan', sub) ?? sub;
  const program = (sub: string) => parentNomenclatureCode('kegiatan', kegiatan(sub)) ?? sub;
  const names = await nomenclatureNames(
    ctx,
    codes.flatMap((c) => [c, kegiatan(c), program(c)]),
  );
  const name = (code: string) => names.get(code) ?? code;
  const rows = codes.map((sub, i) => ({
    ...{ id: newId(), agreement_id: row.id, program_code: program(sub), program_name: name(program(sub)) },
    ...{ kegiatan_code: kegiatan(sub), kegiatan_name: name(kegiatan(sub)), sub_kegiatan_code: sub, sub_kegiatan_name: name(sub) },
    ...{ pagu: moneyText(sumMoney(bySub.get(sub) ?? [])), sort_order: listed.length + i },
  }));
  await inTransaction(ctx, async (tx) => {
    await bumpAgreement(tx, row.id, version);
    if (rows.length > 0) await tenantDb(tx).insertInto('agreement_budgets', rows).execute();
    await recordAudit(tx, 'performance.agreement.budgetsTaken', {
      objectType: 'agreement',
      objectId: row.id,
      data: { added: rows.length },
    });
  });
  return getAgreement(ctx, row.id);
}
