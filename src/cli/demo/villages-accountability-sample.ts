/**
 * The demo's Sakip Desa accountability sample (once per database): this year's three mandated results, DTKS bases
 * and targets for the first desa of the regency, and verified realisasi of the first quarters for a handful of them;
 * the demo operator desa account is linked to the first desa (a desa unit with an "Operator Desa" position), so the
 * phone screens show a desa straight away. Deterministic from the desa codes.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { recomputeTargetsIn, seedDefaultMandatoryResults } from '../../modules/villages/index.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { newId } from '../../shared/ids.ts';

const SAMPLE_DESA = 6;
/** KK leaving DTKS per quarter, as a share (percent) of the year target: Sukajaya's 8/12/15/16 of 64. */
const POVERTY_SHARES = ['12.5', '18.75', '23.4375'];

/** Links the operator account to the desa through a position in a desa unit, unless it already has a pegawai. */
async function linkOperator(tx: RequestContext, email: string, desa: { id: string; code: string; name: string }, today: string) {
  const db = tenantDb(tx);
  const user = await db.selectFrom('users').select(['id', 'employee_id']).where('email', '=', email).executeTakeFirst();
  if (!user || user.employee_id) return;
  const unitId = newId();
  const code = `DESA-${desa.code.replaceAll('.', '')}`;
  await db
    .insertInto('units', {
      id: unitId,
      parent_id: null,
      code,
      name: `Pemerintah Desa ${desa.name}`,
      kind: 'desa',
      region_id: desa.id,
      sort_order: 900,
      status: 'active',
    })
    .execute();
  const positionId = newId();
  await db
    .insertInto('positions', {
      id: positionId,
      unit_id: unitId,
      code: `${code}-OPR`,
      name: 'Operator Desa',
      echelon: null,
      is_head: 0,
    })
    .execute();
  const employeeId = newId();
  await db
    .insertInto('employees', {
      id: employeeId,
      nip: '199001012020121001',
      nik: null,
      name: 'Operator Desa Demo',
      front_title: null,
      back_title: null,
    })
    .execute();
  await db
    .insertInto('assignments', {
      id: newId(),
      position_id: positionId,
      employee_id: employeeId,
      kind: 'definitif',
      starts_on: `${today.slice(0, 4)}-01-01`,
      ends_on: null,
      decree_number: null,
    })
    .execute();
  await db.updateTable('users').set({ employee_id: employeeId }).where('id', '=', user.id).execute();
}

/** DTKS households of a desa: 300–900, fixed by its code. */
const dtksOf = (code: string) => 300 + ([...code].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100_003, 7) % 601);

/** Verified realisasi rows (no identifiers: the sample carries no household lists) for the quarters given. */
async function verifiedQuarters(tx: RequestContext, regionId: string, year: number, resultId: string, values: readonly string[]) {
  const at = tx.platform.now().toISOString();
  const rows = values.map((value, i) => ({
    ...{ id: newId(), client_id: newId(), body_hash: 'demo', region_id: regionId, year, quarter: `Q${i + 1}` as 'Q1' },
    ...{ mandatory_result_id: resultId, indicator_id: null, value, note: 'Data contoh', status: 'verified' as const },
    ...{ return_note: null, review_note: null, submitted_at: at, submitted_by: null, reviewed_at: at, reviewed_by: null },
    ...{ version: 2, created_at: at, created_by: null, updated_at: at },
  }));
  if (rows.length > 0) await tenantDb(tx).insertInto('village_realizations', rows).execute();
}

/** Seeds the sample once (nothing when this year's mandated results exist); links `operatorEmail` to the first desa. */
export async function seedVillagesAccountabilitySample(admin: RequestContext, operatorEmail: string): Promise<void> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: admin.platform.timezone }).format(admin.platform.now());
  const year = Number(today.slice(0, 4));
  const db = tenantDb(admin);
  const desa = await db
    .selectFrom('regions')
    .select(['id', 'code', 'name'])
    .where('level', '=', 'desa')
    .orderBy('code')
    .limit(SAMPLE_DESA)
    .execute();
  if (desa.length === 0) return;
  await inTransaction(admin, (tx) => linkOperator(tx, operatorEmail, desa[0]!, today));
  if (await db.selectFrom('village_mandatory_results').select('id').where('year', '=', year).executeTakeFirst()) return;
  await inTransaction(admin, async (tx) => {
    await seedDefaultMandatoryResults(tx, year);
    const at = tx.platform.now().toISOString();
    for (const d of desa)
      await tenantDb(tx)
        .insertInto('village_bases', {
          region_id: d.id,
          year,
          base_key: 'dtks_households',
          value: String(dtksOf(d.code)),
          version: 1,
          updated_at: at,
          updated_by: null,
        })
        .execute();
    await recomputeTargetsIn(tx, year);
    const results = await tenantDb(tx)
      .selectFrom('village_mandatory_results')
      .select(['id', 'code'])
      .where('year', '=', year)
      .execute();
    const poverty = results.find((r) => r.code === 'KEMISKINAN')!;
    const ikm = results.find((r) => r.code === 'IKM')!;
    for (const [i, d] of desa.entries()) {
      const target = await tenantDb(tx)
        .selectFrom('village_targets')
        .select('value')
        .where('region_id', '=', d.id)
        .where('mandatory_result_id', '=', poverty.id)
        .executeTakeFirstOrThrow();
      const quarters = POVERTY_SHARES.slice(0, 1 + (i % 3)).map((share) =>
        String(Math.round((Number(target.value) * Number(share)) / 100)),
      );
      await verifiedQuarters(tx, d.id, year, poverty.id, quarters);
      await verifiedQuarters(tx, d.id, year, ikm.id, [String(74 + (i % 5) * 2)]);
    }
  });
}
