/**
 * PK Kepala Desa use cases: generate the year's PK of a desa (rows + parties snapshotted, official document rendered
 * and put out for signature in one transaction) and revise a signed one (a PK perubahan from today's targets).
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { createDocument } from '../documents/index.ts';
import { currentAccountabilityActor, tenantToday } from './village-actor.ts';
import { type VillageAgreementFacts, villageAgreementDocumentInput } from './village-agreement-document.ts';
import { partiesOfDesa, plannedRows } from './village-agreement-facts.ts';
import type {
  GenerateVillageAgreementInput,
  ReviseVillageAgreementInput,
  VillageAgreementView,
} from './village-agreements.contract.ts';
import {
  enforceAgreement,
  mayGenerateVillageAgreement,
  mayPrepareVillageAgreement,
  mayReviseVillageAgreement,
} from './village-agreements.policy.ts';
import { loadVillageAgreement, villageAgreementView } from './village-agreements.queries.ts';
import { type DesaRecord, isUniqueViolation, requireDesa } from './village-lookup.ts';

const M = 'villages.agreement';

/** What one generation needs: the desa, revision facts and the place printed above the date. */
interface Generation {
  readonly desa: DesaRecord;
  readonly year: number;
  readonly revision: number;
  readonly supersedesId: string | null;
  readonly reason: string | null;
  readonly place?: string;
}

/** `PK-DESA/2026/32.11.01.2001`, with `/P1` for the first revision. */
const numberOf = (g: Generation) => `PK-DESA/${g.year}/${g.desa.code}${g.revision > 0 ? `/P${g.revision}` : ''}`.slice(0, 100);

/** Reads the rows and parties of today and builds the document facts; 409 when a target or a party is missing. */
async function factsOf(ctx: RequestContext, g: Generation, existing: number) {
  const rows = await plannedRows(ctx, g.desa.id, g.year);
  const missing = rows.filter((r) => r.target === null);
  enforceAgreement(mayGenerateVillageAgreement({ existing, items: rows.length, missingTargets: missing.length }), {
    codes: missing.map((r) => r.code).join(', '),
  });
  const today = await tenantToday(ctx);
  const parties = await partiesOfDesa(ctx, g.desa, today);
  const facts: VillageAgreementFacts = {
    ...{ year: g.year, revision: g.revision, revisionReason: g.reason, desaName: g.desa.name },
    ...{ kopUnitId: parties.kopUnitId, number: numberOf(g), place: g.place ?? g.desa.name, date: today },
    ...{ kades: parties.kades, camat: parties.camat },
    items: rows.map((r) => ({ sasaran: r.sasaran, indicatorName: r.indicatorName, target: r.target ?? '', unit: r.unit })),
  };
  return { facts, rows };
}

/** Inserts the PK row, its items and its document inside `tx`; returns the new id. */
async function storeGenerated(tx: RequestContext, g: Generation, built: Awaited<ReturnType<typeof factsOf>>): Promise<string> {
  const { facts, rows } = built;
  const id = newId();
  const now = tx.platform.now().toISOString();
  const db = tenantDb(tx);
  await db
    .insertInto('village_agreements', {
      ...{ id, region_id: g.desa.id, year: g.year, revision: g.revision, supersedes_id: g.supersedesId },
      ...{ revision_reason: g.reason, status: 'signing', document_number: facts.number },
      ...{ kades_employee_id: facts.kades.employeeId, kades_name: facts.kades.name, kades_jabatan: facts.kades.jabatan },
      ...{ camat_employee_id: facts.camat.employeeId, camat_name: facts.camat.name, camat_jabatan: facts.camat.jabatan },
      ...{ document_id: null, verification_code: null, kades_signed_at: null, camat_signed_at: null, superseded_at: null },
      ...{ created_by: tx.actor.userId, created_at: now, updated_at: now, version: 1 },
    })
    .execute();
  await db
    .insertInto(
      'village_agreement_items',
      rows.map((r, i) => ({
        ...{ id: newId(), agreement_id: id, source_kind: r.kind, source_id: r.sourceId, code: r.code },
        ...{ sasaran: r.sasaran, indicator_name: r.indicatorName, target: r.target ?? '', unit: r.unit, sort_order: i + 1 },
      })),
    )
    .execute();
  const document = await createDocument(tx, villageAgreementDocumentInput(facts), { workflow: 'villages.agreement' });
  await db
    .updateTable('village_agreements')
    .set({ document_id: document.id, verification_code: document.code })
    .where('id', '=', id)
    .execute();
  return id;
}

/** A race on the (desa, year, revision) or supersedes unique key answers 409, never 500. */
async function refusingRaces<T>(work: () => Promise<T>, messageKey: string): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(messageKey);
    throw err;
  }
}

/**
 * `POST /api/villages/desa/:regionId/agreements`: the desa's reporter generates the year's PK. Refused (409) when the
 * year already has one (use revise), when a row lacks a target, or when a party's position has no holder today.
 */
export async function generateVillageAgreement(
  ctx: RequestContext,
  regionId: string,
  input: GenerateVillageAgreementInput,
): Promise<VillageAgreementView> {
  const desa = await requireDesa(ctx, regionId);
  enforceAgreement(mayPrepareVillageAgreement(await currentAccountabilityActor(ctx), desa));
  const g: Generation = { desa, year: input.year, revision: 0, supersedesId: null, reason: null, place: input.place };
  const id = await refusingRaces(
    () =>
      inTransaction(ctx, async (tx) => {
        const existing = await tenantDb(tx)
          .selectFrom('village_agreements')
          .select('id')
          .where('region_id', '=', desa.id)
          .where('year', '=', input.year)
          .execute();
        const built = await factsOf(tx, g, existing.length);
        const newIdOf = await storeGenerated(tx, g, built);
        await recordAudit(tx, 'villages.agreement.generated', {
          objectType: 'village_agreement',
          objectId: newIdOf,
          data: { regionId: desa.id, year: input.year, items: built.rows.length },
        });
        return newIdOf;
      }),
    `${M}.exists`,
  );
  return villageAgreementView(ctx, id);
}

/**
 * `POST /api/villages/agreements/:id/revise`: a PK perubahan (revision + 1) from today's targets and holders, out for
 * signature at once; the signed PK stays in force until the revision is fully signed, then becomes superseded.
 */
export async function reviseVillageAgreement(
  ctx: RequestContext,
  agreementId: string,
  input: ReviseVillageAgreementInput,
): Promise<VillageAgreementView> {
  const row = await loadVillageAgreement(ctx, agreementId);
  const desa = await requireDesa(ctx, row.region_id);
  enforceAgreement(mayPrepareVillageAgreement(await currentAccountabilityActor(ctx), desa));
  const g: Generation = { desa, year: row.year, revision: row.revision + 1, supersedesId: row.id, reason: input.reason };
  const id = await refusingRaces(
    () =>
      inTransaction(ctx, async (tx) => {
        const db = tenantDb(tx);
        const revision = await db
          .selectFrom('village_agreements')
          .select('id')
          .where('supersedes_id', '=', row.id)
          .executeTakeFirst();
        enforceAgreement(mayReviseVillageAgreement({ status: row.status, hasRevision: revision !== undefined }));
        const bumped = await db
          .updateTable('village_agreements')
          .set({ version: input.version + 1, updated_at: tx.platform.now().toISOString() })
          .where('id', '=', row.id)
          .where('version', '=', input.version)
          .where('status', '=', 'signed')
          .executeTakeFirst();
        if (Number(bumped.numUpdatedRows) !== 1) throw new ConflictError(`${M}.staleVersion`);
        const built = await factsOf(tx, g, 0);
        const newIdOf = await storeGenerated(tx, g, built);
        await recordAudit(tx, 'villages.agreement.revised', {
          objectType: 'village_agreement',
          objectId: newIdOf,
          data: { supersedes: row.id, revision: g.revision, reason: input.reason },
        });
        return newIdOf;
      }),
    `${M}.alreadyRevised`,
  );
  return villageAgreementView(ctx, id);
}
