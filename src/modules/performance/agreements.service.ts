/** Perjanjian Kinerja use cases: create a draft, delete it, generate the official document, revise a signed PK. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { createDocument } from '../documents/index.ts';
import { employeeCards, getTenant, opdOfUnit, positionCards, positionHolders } from '../organization/index.ts';
import { type AgreementDocumentFacts, agreementDocumentInput, type PartyFacts } from './agreement-document.ts';
import type { AgreementView, CreateAgreementInput, GenerateAgreementInput, ReviseAgreementInput } from './agreements.contract.ts';
import { mayDeleteAgreement, mayGenerate, mayPrepareAgreement, mayRevise } from './agreements.policy.ts';
import { type AgreementRow, agreementParts, bumpAgreement, getAgreement, loadAgreement } from './agreements.queries.ts';
import { enforce } from './performance.policy.ts';
import { currentPlanner } from './planner.ts';

/** Today (YYYY-MM-DD) in the tenant's time zone, and the place printed on documents (the regency's name). */
async function todayAndPlace(ctx: RequestContext): Promise<{ today: string; place: string }> {
  const tenant = await getTenant(ctx, ctx.tenantId);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: tenant.timezone }).format(ctx.platform.now());
  return { today, place: tenant.name.replace(/^(Kabupaten|Kota)\s+/i, '') };
}

/** SECURITY: the acting user must prepare PKs of this OPD (performance planner of the OPD or coordinator). */
export async function enforcePreparer(ctx: RequestContext, unitId: string): Promise<void> {
  enforce(mayPrepareAgreement(await currentPlanner(ctx), unitId));
}

async function partyProblems(ctx: RequestContext, input: CreateAgreementInput): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if ((await opdOfUnit(ctx, input.unitId)) !== input.unitId)
    problems.push({ field: 'body.unitId', message: 'performance.agreement.unitNotOpd' });
  const cards = await positionCards(ctx, [input.firstPartyPositionId, input.secondPartyPositionId]);
  const first = cards.get(input.firstPartyPositionId);
  if (!first) problems.push({ field: 'body.firstPartyPositionId', message: 'performance.agreement.positionNotFound' });
  else if ((await opdOfUnit(ctx, first.unitId)) !== input.unitId)
    problems.push({ field: 'body.firstPartyPositionId', message: 'performance.agreement.firstPartyOtherUnit' });
  if (!cards.has(input.secondPartyPositionId))
    problems.push({ field: 'body.secondPartyPositionId', message: 'performance.agreement.positionNotFound' });
  if (input.firstPartyPositionId === input.secondPartyPositionId)
    problems.push({ field: 'body.secondPartyPositionId', message: 'performance.agreement.samePositions' });
  return problems;
}

/** Creates a draft PK (revision 0) of an OPD for a year between two positions. */
export async function createAgreement(ctx: RequestContext, input: CreateAgreementInput): Promise<AgreementView> {
  await enforcePreparer(ctx, input.unitId);
  const problems = await partyProblems(ctx, input);
  if (problems.length > 0) throw new ValidationError(problems);
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const existing = await tenantDb(tx)
      .selectFrom('performance_agreements')
      .select('id')
      .where('unit_id', '=', input.unitId)
      .where('year', '=', input.year)
      .where('first_party_position_id', '=', input.firstPartyPositionId)
      .executeTakeFirst();
    if (existing) throw new ConflictError('performance.agreement.duplicate');
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('performance_agreements', {
        ...{ id, unit_id: input.unitId, year: input.year, level: input.level },
        first_party_position_id: input.firstPartyPositionId,
        second_party_position_id: input.secondPartyPositionId,
        ...emptySnapshots(),
        ...{ revision: 0, supersedes_id: null, revision_reason: null, status: 'draft' as const },
        ...{ document_id: null, document_number: null, verification_code: null, superseded_at: null },
        ...{ created_by: tx.actor.userId, created_at: now, updated_at: now },
      })
      .execute();
    await recordAudit(tx, 'performance.agreement.created', { objectType: 'agreement', objectId: id, data: { ...input } });
  });
  return getAgreement(ctx, id);
}

function emptySnapshots() {
  return {
    ...{ first_party_employee_id: null, first_party_name: null, first_party_nip: null, first_party_jabatan: null },
    ...{ second_party_employee_id: null, second_party_name: null, second_party_nip: null, second_party_jabatan: null },
    ...{ first_party_signed_at: null, second_party_signed_at: null },
  };
}

/** Deletes a draft PK with its items, budgets and rencana aksi. */
export async function deleteAgreement(ctx: RequestContext, agreementId: string): Promise<void> {
  const row = await loadAgreement(ctx, agreementId);
  await enforcePreparer(ctx, row.unit_id);
  enforce(mayDeleteAgreement(row.status));
  await inTransaction(ctx, async (tx) => {
    const db = tenantDb(tx);
    await db.deleteFrom('action_plans').where('agreement_id', '=', row.id).execute();
    await db.deleteFrom('agreement_budgets').where('agreement_id', '=', row.id).execute();
    await db.deleteFrom('agreement_items').where('agreement_id', '=', row.id).execute();
    const gone = await db
      .deleteFrom('performance_agreements')
      .where('id', '=', row.id)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) !== 1) throw new ConflictError('performance.agreement.notDraft');
    await recordAudit(tx, 'performance.agreement.deleted', { objectType: 'agreement', objectId: row.id, data: {} });
  });
}

/** The holder of each party's position today, as printed (name with titles, NIP, jabatan, Plt/Plh/Pj capacity). */
async function partiesToday(ctx: RequestContext, row: AgreementRow, today: string) {
  const ids = [row.first_party_position_id, row.second_party_position_id];
  const [holders, cards] = [await positionHolders(ctx, ids, today), await positionCards(ctx, ids)];
  const problems: FieldProblem[] = [];
  const pick = (positionId: string, field: string): PartyFacts | null => {
    const holder = holders.find((h) => h.positionId === positionId);
    if (!holder) problems.push({ field, message: 'performance.agreement.noHolder' });
    return holder
      ? { employeeId: holder.employeeId, name: holder.name, jabatan: cards.get(positionId)?.name ?? '', capacity: holder.kind }
      : null;
  };
  const first = pick(row.first_party_position_id, 'firstPartyPositionId');
  const second = pick(row.second_party_position_id, 'secondPartyPositionId');
  if (!first || !second) throw new ValidationError(problems, 'performance.agreement.noHolder');
  const people = await employeeCards(ctx, [first.employeeId, second.employeeId]);
  return { first, second, nip: (p: PartyFacts) => people.get(p.employeeId)?.nip ?? null, cards };
}

/** Builds the facts of the document from the draft, the parties of today and the tenant. */
async function documentFacts(ctx: RequestContext, row: AgreementRow, input: GenerateAgreementInput) {
  const { today, place } = await todayAndPlace(ctx);
  const parties = await partiesToday(ctx, row, today);
  const { items, budgets } = await agreementParts(ctx, row.id);
  enforce(
    mayGenerate({ status: row.status, items: items.length, itemsWithoutTarget: items.filter((i) => !i.target_kind).length }),
  );
  const first = parties.cards.get(row.first_party_position_id);
  const facts: AgreementDocumentFacts = {
    ...{ year: row.year, revision: row.revision, revisionReason: row.revision_reason, level: row.level, unitId: row.unit_id },
    unitName: first?.unitName ?? '',
    number: input.number ?? defaultNumber(row, first?.unitCode ?? '', first?.code ?? ''),
    place: input.place ?? place,
    date: today,
    first: parties.first,
    second: parties.second,
    items: items.map((i) => ({
      ...{ sasaran: i.sasaran, indicatorName: i.indicator_name, unitOfMeasure: i.unit_of_measure },
      target: { kind: i.target_kind, value: i.target_value, min: i.target_min, max: i.target_max, text: i.target_text },
    })),
    budgets: budgets.map((b) => ({
      ...{ programCode: b.program_code, programName: b.program_name, kegiatanCode: b.kegiatan_code },
      ...{ kegiatanName: b.kegiatan_name, subKegiatanCode: b.sub_kegiatan_code, subKegiatanName: b.sub_kegiatan_name },
      pagu: b.pagu,
    })),
  };
  return { facts, nip: parties.nip };
}

/** `PK/2027/DINKES/KADINKES`, with `/P1` for the first revision. */
function defaultNumber(row: AgreementRow, unitCode: string, positionCode: string): string {
  const base = `PK/${row.year}/${unitCode}/${positionCode}`;
  return (row.revision > 0 ? `${base}/P${row.revision}` : base).slice(0, 100);
}

/**
 * Generates the official document (rendered once, frozen, signed in turn by pihak kedua then pihak pertama through
 * the documents module) and snapshots the parties' names and NIP. The PK leaves `draft` for `signing`.
 */
export async function generateAgreement(
  ctx: RequestContext,
  agreementId: string,
  input: GenerateAgreementInput,
): Promise<AgreementView> {
  const row = await loadAgreement(ctx, agreementId);
  await enforcePreparer(ctx, row.unit_id);
  const { facts, nip } = await documentFacts(ctx, row, input);
  await inTransaction(ctx, async (tx) => {
    await bumpAgreement(tx, row.id, input.version, {
      status: 'signing',
      document_number: facts.number,
      ...{ first_party_employee_id: facts.first.employeeId, first_party_name: facts.first.name },
      ...{ first_party_nip: nip(facts.first), first_party_jabatan: facts.first.jabatan },
      ...{ second_party_employee_id: facts.second.employeeId, second_party_name: facts.second.name },
      ...{ second_party_nip: nip(facts.second), second_party_jabatan: facts.second.jabatan },
    });
    const document = await createDocument(tx, agreementDocumentInput(facts), { workflow: 'performance.agreement' });
    await tenantDb(tx)
      .updateTable('performance_agreements')
      .set({ document_id: document.id, verification_code: document.code })
      .where('id', '=', row.id)
      .execute();
    await recordAudit(tx, 'performance.agreement.generated', {
      objectType: 'agreement',
      objectId: row.id,
      data: { document: document.id, number: facts.number },
    });
  });
  return getAgreement(ctx, agreementId);
}

/** Copies items, budgets and rencana aksi of one PK into another (inside the caller's transaction). */
async function copyParts(tx: RequestContext, fromId: string, toId: string): Promise<void> {
  const { items, budgets, plans } = await agreementParts(tx, fromId);
  const itemIds = new Map(items.map((i) => [i.id, newId()]));
  const db = tenantDb(tx);
  const strip = <T extends { tenant_id: string }>({ tenant_id: _t, ...rest }: T) => rest;
  if (items.length > 0)
    await db
      .insertInto(
        'agreement_items',
        items.map((i) => ({ ...strip(i), id: itemIds.get(i.id) as string, agreement_id: toId })),
      )
      .execute();
  if (budgets.length > 0)
    await db
      .insertInto(
        'agreement_budgets',
        budgets.map((b) => ({ ...strip(b), id: newId(), agreement_id: toId })),
      )
      .execute();
  const now = tx.platform.now().toISOString();
  if (plans.length > 0)
    await db
      .insertInto(
        'action_plans',
        plans.map((p) => ({
          ...strip(p),
          ...{ id: newId(), agreement_id: toId, item_id: itemIds.get(p.item_id) as string },
          ...{ created_by: tx.actor.userId, created_at: now, updated_at: now, version: 1 },
        })),
      )
      .execute();
}

/** Makes a PK perubahan: a new draft (revision + 1) copying the signed PK's content; it supersedes it once signed. */
export async function reviseAgreement(
  ctx: RequestContext,
  agreementId: string,
  input: ReviseAgreementInput,
): Promise<AgreementView> {
  const row = await loadAgreement(ctx, agreementId);
  await enforcePreparer(ctx, row.unit_id);
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const revision = await tenantDb(tx)
      .selectFrom('performance_agreements')
      .select('id')
      .where('supersedes_id', '=', row.id)
      .executeTakeFirst();
    enforce(mayRevise({ status: row.status, hasRevision: revision !== undefined }));
    await bumpAgreement(tx, row.id, input.version);
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('performance_agreements', {
        ...{ id, unit_id: row.unit_id, year: row.year, level: row.level },
        ...{ first_party_position_id: row.first_party_position_id, second_party_position_id: row.second_party_position_id },
        ...emptySnapshots(),
        ...{ revision: row.revision + 1, supersedes_id: row.id, revision_reason: input.reason, status: 'draft' as const },
        ...{ document_id: null, document_number: null, verification_code: null, superseded_at: null },
        ...{ created_by: tx.actor.userId, created_at: now, updated_at: now },
      })
      .execute();
    await copyParts(tx, row.id, id);
    await recordAudit(tx, 'performance.agreement.revised', {
      objectType: 'agreement',
      objectId: id,
      data: { supersedes: row.id, reason: input.reason },
    });
  });
  return getAgreement(ctx, id);
}
