/** Tenancy sweep entries of the PK Kepala Desa (spread into SWEEP): each names a desa or a PK of tenant A. */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Harness } from './harness.ts';
import type { SweepCall, SweepEntry } from './tenancy-sweep.ts';

interface AgreementOfA {
  readonly desaId: string;
  readonly agreementId: string;
}

/** A signed PK of tenant A's first desa (year 2019), inserted straight in the database once. */
async function makeAgreementOfA(h: Harness): Promise<AgreementOfA> {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const desaId = (
    await db.selectFrom('regions').select('id').where('level', '=', 'desa').orderBy('code').executeTakeFirstOrThrow()
  ).id;
  const [kades, camat] = await db.selectFrom('employees').select(['id', 'name']).orderBy('nip').limit(2).execute();
  const at = '2026-01-05T00:00:00.000Z';
  const agreementId = newId();
  await db
    .insertInto('village_agreements', {
      ...{ id: agreementId, region_id: desaId, year: 2019, revision: 0, supersedes_id: null, revision_reason: null },
      ...{ status: 'signed', document_id: null, document_number: 'PK-DESA/2019/SWEEP', verification_code: null },
      ...{ kades_employee_id: kades!.id, kades_name: kades!.name, kades_jabatan: 'Kepala Desa' },
      ...{ camat_employee_id: camat!.id, camat_name: camat!.name, camat_jabatan: 'Camat' },
      ...{ kades_signed_at: at, camat_signed_at: at, superseded_at: null },
      ...{ created_by: null, created_at: at, updated_at: at, version: 1 },
    })
    .execute();
  return { desaId, agreementId };
}

let made: Promise<AgreementOfA> | undefined;
function entry(build: (r: AgreementOfA) => SweepCall): SweepEntry {
  return async (h) => {
    made ??= makeAgreementOfA(h);
    return build(await made);
  };
}

/** One entry per PK Kepala Desa `METHOD url` with a `:param`. */
export const VILLAGE_AGREEMENTS_SWEEP: Record<string, SweepEntry> = {
  'POST /api/villages/desa/:regionId/agreements': entry((r) => ({ params: { regionId: r.desaId }, body: { year: 2019 } })),
  'GET /api/villages/agreements/:id': entry((r) => ({ params: { id: r.agreementId } })),
  'POST /api/villages/agreements/:id/sign': entry((r) => ({ params: { id: r.agreementId }, body: {} })),
  'GET /api/villages/agreements/:id/pdf': entry((r) => ({ params: { id: r.agreementId } })),
  'POST /api/villages/agreements/:id/revise': entry((r) => ({
    params: { id: r.agreementId },
    body: { reason: 'Sapuan tenant', version: 1 },
  })),
};
