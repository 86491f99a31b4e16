/**
 * The LKjIP fixture: an OPD (DISKOMINFO of tenant A) with a Renstra sasaran, two indicators with targets (this year
 * and the end of the period), verified realisasi with notes, stored capaian of this and the previous year, a tagged
 * DPA line of a named programme and a signed PK; plus a second OPD (DINKES) with one indicator and a budget line.
 */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import {
  annualTargetRow,
  budgetLineRow,
  indicatorRow,
  nodeRow,
  periodRow,
  realisasiRow,
  resultRow,
  tagRow,
} from '../factories/dashboard.ts';
import { ensureOpd } from '../factories/performance.ts';
import type { Harness, HarnessTenant } from '../support/harness.ts';

/** The year reported. */
export const YEAR = 2026;
const AT = '2026-01-05T00:00:00.000Z';

/** Ids of what the fixture made. */
export interface LkjipSeed {
  readonly unitId: string;
  readonly otherUnitId: string;
  readonly sasaranId: string;
  readonly indicatorId: string;
  readonly yearlyIndicatorId: string;
  readonly agreementId: string;
  readonly lineId: string;
}

async function positionId(h: Harness, tenant: HarnessTenant, code: string): Promise<string> {
  const db = tenantDb({ db: h.db, tenantId: tenant.id });
  return (await db.selectFrom('positions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

async function signedAgreement(h: Harness, tenant: HarnessTenant, unitId: string, indicatorId: string): Promise<string> {
  const db = tenantDb({ db: h.db, tenantId: tenant.id });
  const id = newId();
  await db
    .insertInto('performance_agreements', {
      ...{ id, unit_id: unitId, year: YEAR, level: 'opd' },
      first_party_position_id: await positionId(h, tenant, 'KADIS-KOMINFO'),
      second_party_position_id: await positionId(h, tenant, 'SEKDA'),
      ...{ first_party_employee_id: null, first_party_name: 'Agus Salim', first_party_nip: null },
      ...{ first_party_jabatan: 'Kepala Dinas Komunikasi dan Informatika', second_party_employee_id: null },
      ...{ second_party_name: 'Bupati Uji', second_party_nip: null, second_party_jabatan: 'Bupati Karanganyar' },
      ...{ revision: 0, supersedes_id: null, revision_reason: null, status: 'signed', document_id: null },
      ...{ document_number: '800/17/2026', verification_code: null, second_party_signed_at: AT, first_party_signed_at: AT },
      ...{ superseded_at: null, created_by: null, created_at: AT, updated_at: AT },
    })
    .execute();
  await db
    .insertInto('agreement_items', {
      ...{ id: newId(), agreement_id: id, indicator_id: indicatorId, sasaran: 'Meningkatnya layanan digital' },
      ...{ indicator_name: 'Persentase layanan daring', unit_of_measure: 'persen', target_kind: 'number' },
      ...{ target_value: '100', target_min: null, target_max: null, target_text: null },
    })
    .execute();
  await db
    .insertInto('agreement_budgets', {
      ...{ id: newId(), agreement_id: id, program_code: '2.16.02', program_name: 'Program Aplikasi Informatika' },
      ...{ kegiatan_code: null, kegiatan_name: null, sub_kegiatan_code: null, sub_kegiatan_name: null, pagu: '1000000' },
    })
    .execute();
  return id;
}

/** Seeds the fixture in the tenant (once per harness). */
export async function seedLkjip(h: Harness, tenant: HarnessTenant): Promise<LkjipSeed> {
  const db = tenantDb({ db: h.db, tenantId: tenant.id });
  const unitId = await h.unitId(tenant, 'DISKOMINFO');
  const otherUnitId = await ensureOpd(h, tenant, 'DINKES', 'Dinas Kesehatan');
  const period = periodRow(2025);
  await db.insertInto('plan_periods', period).execute();
  const sasaran = { ...nodeRow(period.id, unitId), kind: 'sasaran', title: 'Meningkatnya layanan digital' };
  const otherNode = { ...nodeRow(period.id, otherUnitId), kind: 'sasaran', title: 'Meningkatnya derajat kesehatan' };
  await db.insertInto('plan_nodes', [sasaran, otherNode]).execute();
  const quarterly = indicatorRow(sasaran.id, { name: 'Persentase layanan daring', code: 'IK.1', sortOrder: 1 });
  const yearly = indicatorRow(sasaran.id, { name: 'Indeks kepuasan layanan', code: 'IK.2', frequency: 'yearly', sortOrder: 2 });
  const health = indicatorRow(otherNode.id, { name: 'Angka harapan hidup', frequency: 'yearly' });
  await db.insertInto('indicators', [quarterly, yearly, health]).execute();
  await db
    .insertInto('indicator_targets', [
      annualTargetRow(quarterly.id, YEAR, '100'),
      annualTargetRow(quarterly.id, 2029, '110'),
      annualTargetRow(yearly.id, YEAR, '90'),
      annualTargetRow(health.id, YEAR, '72'),
    ])
    .execute();
  const q4 = {
    ...realisasiRow(quarterly.id, YEAR, 'Q4', '95.5'),
    obstacles: 'Jaringan desa terbatas',
    remedies: 'Kerja sama operator',
  };
  await db
    .insertInto('indicator_realizations', [
      ...['Q1', 'Q2', 'Q3'].map((p, i) => realisasiRow(quarterly.id, YEAR, p, String(70 + i * 8))),
      q4,
      realisasiRow(yearly.id, YEAR, 'Y', '72'),
      realisasiRow(health.id, YEAR, 'Y', '71.5'),
    ])
    .execute();
  await db
    .insertInto('capaian_results', [
      { ...resultRow(quarterly.id, YEAR, 'Y', { value: '95.50', band: 'hijau' }), realisasi: '95.5' },
      resultRow(quarterly.id, 2025, 'Y', { value: '88.00', band: 'kuning' }),
      { ...resultRow(yearly.id, YEAR, 'Y', { value: '80.00', band: 'kuning' }), realisasi: '72' },
      resultRow(health.id, YEAR, 'Y', { value: '99.31', band: 'hijau' }),
    ])
    .execute();
  const line = budgetLineRow(unitId, YEAR, '2.16.02.1.01.0001', '1000000', ['300000', '300000', '300000']);
  const otherLine = budgetLineRow(otherUnitId, YEAR, '1.02.02.1.01.0001', '500000', ['250000']);
  await db.insertInto('budget_lines', [line, otherLine]).execute();
  await db.insertInto('budget_indicator_tags', tagRow(line.id, quarterly.id)).execute();
  await db
    .insertInto('nomenclature_items', {
      ...{ id: newId(), edition: 'Kepmendagri uji', level: 'program', code: '2.16.02', parent_code: null },
      ...{ name: 'Program Pengelolaan Aplikasi Informatika', created_at: AT },
    })
    .execute();
  const agreementId = await signedAgreement(h, tenant, unitId, quarterly.id);
  return {
    ...{ unitId, otherUnitId, sasaranId: sasaran.id, indicatorId: quarterly.id, yearlyIndicatorId: yearly.id },
    ...{ agreementId, lineId: line.id },
  };
}

/** The narrative sections the data cannot default (isu strategis, simpulan, the national standard analysis). */
export const WRITTEN_SECTIONS = (sasaranId: string) => ({
  'bab1.isu_strategis': 'Isu strategis: transformasi digital pelayanan publik.',
  'bab4.simpulan': 'Simpulan: sebagian besar target tercapai; perluasan jaringan menjadi prioritas.',
  [`bab3a.${sasaranId}.analisis_4`]: 'Belum ada standar nasional untuk indikator ini.',
});
