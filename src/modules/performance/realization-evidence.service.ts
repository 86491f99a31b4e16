/**
 * Evidence files (bukti dukung) of a realisasi: added and removed only while the row is editable (draft or
 * returned, period open, actor in scope); PDF, JPEG or PNG recognised by their first bytes, never by name or
 * declared type; downloaded by anyone who may read plans.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { loadFile, storeFile } from '../../platform/storage/tenant-files.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { loadMeasurementSettings } from './measurement-settings.ts';
import { currentPlanner } from './planner.ts';
import {
  assertReportingPeriod,
  findRealization,
  type IndicatorFacts,
  indicatorFacts,
  insertDraft,
  loadRealizationView,
  lockStateOf,
  NO_VALUES,
  type RealizationRow,
  tenantToday,
} from './realization-context.ts';
import type { RealizationParams, RealizationView } from './realizations.contract.ts';
import { enforceRealization, mayEditRealization, mayEnterForOpd } from './realizations.policy.ts';

/** An uploaded evidence file as read from the request. */
export interface UploadedEvidence {
  readonly data: Buffer;
  readonly fileName: string;
  readonly title: string;
}

const EXECUTABLES = [Buffer.from('MZ'), Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.from('#!')];
const KINDS: readonly { magic: Buffer; type: string; ext: string }[] = [
  { magic: Buffer.from('%PDF-'), type: 'application/pdf', ext: 'pdf' },
  { magic: Buffer.from([0xff, 0xd8, 0xff]), type: 'image/jpeg', ext: 'jpg' },
  { magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), type: 'image/png', ext: 'png' },
];
const startsWith = (bytes: Buffer, magic: Buffer) =>
  bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);

/**
 * SECURITY: the content type of evidence comes from its first bytes: executables (MZ, ELF, scripts) and anything
 * that is not a PDF, JPEG or PNG are refused with 422 before anything is stored.
 */
export function evidenceKind(bytes: Buffer): { type: string; ext: string } {
  if (EXECUTABLES.some((m) => startsWith(bytes, m)))
    throw new ValidationError([{ field: 'file', message: 'performance.realizations.executable' }]);
  const kind = KINDS.find((k) => startsWith(bytes, k.magic));
  if (!kind) throw new ValidationError([{ field: 'file', message: 'performance.realizations.badFileType' }]);
  return { type: kind.type, ext: kind.ext };
}

/** A file name safe to store and send back: the base name without control or quote characters, with the right extension. */
function safeName(fileName: string, ext: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 150);
  return `${base || 'bukti'}.${ext}`;
}

/** Scope first (403), then inside the transaction the row's state and the period lock (409). */
async function editableRow(
  tx: RequestContext,
  facts: IndicatorFacts,
  row: RealizationRow,
  planner: Awaited<ReturnType<typeof currentPlanner>>,
) {
  const { lockAfterDays } = await loadMeasurementSettings(tx);
  const today = await tenantToday(tx);
  const period = await lockStateOf(tx, { opdId: facts.opdId, year: row.year, period: row.period, today, lockAfterDays });
  enforceRealization(mayEditRealization(planner, { opdId: facts.opdId, status: row.status, period }));
  // Takes the row lock (PostgreSQL) so a concurrent submit or review waits or wins cleanly; 409 when it already moved on.
  const touched = await tenantDb(tx)
    .updateTable('indicator_realizations')
    .set({ updated_at: tx.platform.now().toISOString() })
    .where('id', '=', row.id)
    .where('status', 'in', ['draft', 'returned'])
    .executeTakeFirst();
  if (Number(touched.numUpdatedRows) !== 1) throw new ConflictError('performance.realizations.staleVersion');
}

/** Adds an evidence file to the realisasi of an indicator's period (a draft row is created when none exists yet). */
export async function addEvidence(
  ctx: RequestContext,
  params: RealizationParams,
  readUpload: () => Promise<UploadedEvidence>,
): Promise<RealizationView> {
  const facts = await indicatorFacts(ctx, params.indicatorId);
  assertReportingPeriod(facts, params.year, params.period);
  const planner = await currentPlanner(ctx);
  enforceRealization(mayEnterForOpd(planner, facts.opdId));
  // The upload is read only after the 404 and 403 checks, so nobody out of scope makes the server buffer a file.
  const upload = await readUpload();
  const title = upload.title.trim();
  if (title.length === 0 || title.length > 200)
    throw new ValidationError([{ field: 'title', message: 'performance.realizations.titleRequired' }]);
  const kind = evidenceKind(upload.data);
  return inTransaction(ctx, async (tx) => {
    const row = (await findRealization(tx, params.indicatorId, params.year, params.period)) ?? (await newDraft(tx, params));
    await editableRow(tx, facts, row, planner);
    const file = await storeFile(tx, upload.data, kind.type, safeName(upload.fileName, kind.ext));
    const id = newId();
    await tenantDb(tx)
      .insertInto('realization_evidence', {
        id,
        realization_id: row.id,
        file_id: file.id,
        title,
        added_by: tx.actor.userId,
        added_at: tx.platform.now().toISOString(),
      })
      .execute();
    await recordAudit(tx, 'performance.realization.evidence_added', {
      objectType: 'indicator',
      objectId: params.indicatorId,
      data: { year: params.year, period: params.period, evidenceId: id, sha256: file.sha256 },
    });
    return loadRealizationView(tx, row.id);
  });
}

/** An empty draft to hang the first evidence on (a concurrent creation answers 409). */
async function newDraft(tx: RequestContext, params: RealizationParams): Promise<RealizationRow> {
  await insertDraft(tx, params, NO_VALUES);
  const row = await findRealization(tx, params.indicatorId, params.year, params.period);
  if (!row) throw new NotFoundError('realization');
  return row;
}

/** SECURITY: the evidence, its realisasi and indicator, looked up in the caller's tenant (404 otherwise). */
async function evidenceFacts(ctx: RequestContext, evidenceId: string) {
  const evidence = await tenantDb(ctx)
    .selectFrom('realization_evidence')
    .selectAll()
    .where('id', '=', evidenceId)
    .executeTakeFirst();
  if (!evidence) throw new NotFoundError('realizationEvidence');
  const row = await tenantDb(ctx)
    .selectFrom('indicator_realizations')
    .selectAll()
    .where('id', '=', evidence.realization_id)
    .executeTakeFirstOrThrow();
  return { evidence, row, facts: await indicatorFacts(ctx, row.indicator_id) };
}

/** Removes an evidence file from an editable realisasi (the stored bytes stay, as every stored file does). */
export async function removeEvidence(ctx: RequestContext, evidenceId: string): Promise<RealizationView> {
  const { evidence, row, facts } = await evidenceFacts(ctx, evidenceId);
  const planner = await currentPlanner(ctx);
  enforceRealization(mayEnterForOpd(planner, facts.opdId));
  return inTransaction(ctx, async (tx) => {
    const current = await findRealization(tx, row.indicator_id, row.year, row.period);
    if (!current) throw new NotFoundError('realization');
    await editableRow(tx, facts, current, planner);
    await tenantDb(tx).deleteFrom('realization_evidence').where('id', '=', evidence.id).execute();
    await recordAudit(tx, 'performance.realization.evidence_removed', {
      objectType: 'indicator',
      objectId: row.indicator_id,
      data: { year: row.year, period: row.period, evidenceId, fileId: evidence.file_id },
    });
    return loadRealizationView(tx, row.id);
  });
}

/** The bytes, content type and file name of an evidence file. */
export async function evidenceFile(
  ctx: RequestContext,
  evidenceId: string,
): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
  const { evidence } = await evidenceFacts(ctx, evidenceId);
  const file = await tenantDb(ctx)
    .selectFrom('files')
    .select(['content_type', 'original_name'])
    .where('id', '=', evidence.file_id)
    .executeTakeFirstOrThrow();
  return {
    bytes: await loadFile(ctx, evidence.file_id),
    contentType: file.content_type,
    fileName: file.original_name ?? 'bukti',
  };
}
