/**
 * Rows the village worksheet pre-answers read (RPJMDes, RKPDes activity, APBDes, PK Kepala Desa, mandated results and
 * realisasi), inserted directly: their own routes are tested in plans/apbdes/agreements/accountability tests.
 */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Harness } from '../support/harness.ts';

const AT = '2026-01-05T00:00:00.000Z';

/** Inserts for one tenant of the harness. */
export function prefillData(h: Harness, tenantId: string) {
  const db = () => tenantDb({ db: h.db, tenantId });
  return {
    rpjm: async (regionId: string, startYear: number, status: 'draft' | 'final') =>
      db()
        .insertInto('village_rpjm', {
          ...{ id: newId(), region_id: regionId, start_year: startYear, end_year: startYear + 5, visi: 'Visi' },
          ...{ misi: '[]', status, created_by: null, created_at: AT, updated_by: null, updated_at: AT },
        })
        .execute(),
    rkpActivity: async (regionId: string, year: number) =>
      db()
        .insertInto('village_rkp_activities', {
          ...{ id: newId(), region_id: regionId, year, bidang: 1, programme_id: null, name: 'Kegiatan' },
          ...{ lokasi: null, volume: null, sasaran: null, waktu: null, biaya: '1000000.00', sumber_dana: 'DD' },
          ...{ pola: 'swakelola', created_by: null, created_at: AT, updated_at: AT },
        })
        .execute(),
    budget: async (regionId: string, year: number) => {
      const id = newId();
      await db()
        .insertInto('village_budgets', {
          id,
          region_id: regionId,
          year,
          file_name: 'apbdes.xlsx',
          imported_by: null,
          imported_at: AT,
        })
        .execute();
      return id;
    },
    agreement: async (regionId: string, year: number, status: 'signing' | 'signed') => {
      const employeeId = newId();
      const nip = `19750101${String(Date.now()).slice(-10)}`.slice(0, 18);
      await db()
        .insertInto('employees', { id: employeeId, nip, nik: null, name: 'Kades', front_title: null, back_title: null })
        .execute();
      await db()
        .insertInto('village_agreements', {
          ...{ id: newId(), region_id: regionId, year, revision: 0, supersedes_id: null, revision_reason: null, status },
          ...{ document_id: null, document_number: null, verification_code: null },
          ...{ kades_employee_id: employeeId, kades_name: 'Kades', kades_jabatan: 'Kepala Desa' },
          ...{ camat_employee_id: employeeId, camat_name: 'Camat', camat_jabatan: 'Camat' },
          ...{
            kades_signed_at: null,
            camat_signed_at: null,
            superseded_at: null,
            created_by: null,
            created_at: AT,
            updated_at: AT,
          },
        })
        .execute();
    },
    mandatoryResult: async (year: number, code: string) => {
      const id = newId();
      await db()
        .insertInto('village_mandatory_results', {
          ...{ id, year, code, name: code, unit: 'x', polarity: 'maximize', aggregation: 'cumulative', evidence_kind: 'none' },
          ...{ rule_kind: 'none', rule_percent: null, rule_base_key: null, rule_value: null, version: 1 },
          ...{ created_at: AT, updated_at: AT, updated_by: null },
        })
        .execute();
      return id;
    },
    realisasi: async (
      regionId: string,
      year: number,
      resultId: string,
      quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4',
      status: 'submitted' | 'verified',
    ) => {
      const id = newId();
      await db()
        .insertInto('village_realizations', {
          ...{ id, client_id: newId(), body_hash: 'h', region_id: regionId, year, quarter },
          ...{ mandatory_result_id: resultId, indicator_id: null, value: '1', note: null, status },
          ...{ return_note: null, review_note: null, submitted_at: AT, submitted_by: null, reviewed_at: null, reviewed_by: null },
          ...{ version: 1, created_at: AT, created_by: null, updated_at: AT },
        })
        .execute();
      return id;
    },
  };
}
