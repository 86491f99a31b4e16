/** Reading berkas: the filtered, keyset-paged list; one berkas with the letters I may see; the berkas of a letter. */
import { sql } from 'kysely';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ValidationError } from '../../shared/errors.ts';
import { visibleLetter, visibleLetterCondition, whoAmI } from '../correspondence/index.ts';
import { caseFileView, caseFileViews } from './case-file-views.ts';
import { filerRelation } from './filing.ts';
import type {
  CaseFileDetailView,
  CaseFileListQuery,
  CaseFileListView,
  FiledLetterView,
  LetterCaseFileView,
} from './records.contract.ts';
import { mayFileLetter } from './records.policy.ts';
import { filingOfLetter, loadCaseFile } from './records.repository.ts';

/** An opaque keyset cursor over (opened_at, id). */
function encodeCursor(openedAt: string, id: string): string {
  return Buffer.from(`${openedAt}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { openedAt: string; id: string } {
  const [openedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!openedAt || !id || Number.isNaN(Date.parse(openedAt)))
    throw new ValidationError([{ field: 'querystring.cursor', message: 'errors.invalid' }]);
  return { openedAt, id };
}

/** `%word%` for LIKE, with the LIKE wildcards of the word escaped. */
const containsPattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filteredRows(ctx: RequestContext, query: CaseFileListQuery) {
  let q = tenantDb(ctx).selectFrom('case_files').selectAll();
  if (query.unitId) q = q.where('unit_id', '=', query.unitId);
  if (query.year) q = q.where('year', '=', query.year);
  if (query.status) q = q.where('status', '=', query.status);
  const kka = query.kka;
  if (kka) q = q.where((eb) => eb.or([eb('kka_code', '=', kka), eb('kka_code', 'like', `${kka}.%`)]));
  if (query.q) {
    const pattern = containsPattern(query.q);
    q = q.where(
      sql<boolean>`(lower(case_files.title) LIKE ${pattern} ESCAPE '\\' OR lower(case_files.number) LIKE ${pattern} ESCAPE '\\')`,
    );
  }
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    q = q.where((eb) =>
      eb.or([eb('opened_at', '<', after.openedAt), eb.and([eb('opened_at', '=', after.openedAt), eb('id', '<', after.id)])]),
    );
  }
  return q
    .orderBy('opened_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
}

/** The berkas matching the filters, newest first; `nextCursor` names the next page. */
export async function listCaseFiles(ctx: RequestContext, query: CaseFileListQuery): Promise<CaseFileListView> {
  const rows = await filteredRows(ctx, query).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await caseFileViews(ctx, page),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.opened_at, last.id) : null,
  };
}

/**
 * SECURITY: one berkas with only the letters the caller may see (the same rule as the letter itself, as a SQL
 * filter); the others are counted, never described, so a rahasia letter's hal or number does not leak.
 */
export async function getCaseFile(ctx: RequestContext, caseFileId: string): Promise<CaseFileDetailView> {
  const row = await loadCaseFile(ctx, caseFileId);
  const letters = await visibleFiledLetters(ctx, row.id);
  const view = await caseFileView(ctx, row);
  return { ...view, letters, hiddenLetterCount: view.letterCount - letters.length };
}

/** The letters of a berkas that pass the letter visibility rule for the caller, oldest first. */
async function visibleFiledLetters(ctx: RequestContext, caseFileId: string): Promise<FiledLetterView[]> {
  const me = await whoAmI(ctx);
  const rows = await tenantDb(ctx)
    .selectFrom('case_file_letters')
    .innerJoin('letters', (j) =>
      j.onRef('letters.tenant_id', '=', 'case_file_letters.tenant_id').onRef('letters.id', '=', 'case_file_letters.letter_id'),
    )
    .select([
      'letters.id',
      'letters.direction',
      'letters.agenda_number',
      'letters.their_number',
      'letters.hal',
      'letters.kka_code',
      'letters.security',
      'letters.received_on',
      'case_file_letters.added_at',
    ])
    .where('case_file_letters.case_file_id', '=', caseFileId)
    .where(visibleLetterCondition(ctx.tenantId, me, 'letters.id', 'letters.created_by'))
    .orderBy('letters.received_on', 'asc')
    .orderBy('letters.id', 'asc')
    .execute();
  return rows.map((l) => ({
    id: l.id,
    direction: l.direction,
    agendaNumber: l.agenda_number,
    theirNumber: l.their_number,
    hal: l.hal,
    kka: l.kka_code,
    security: l.security,
    receivedOn: l.received_on,
    addedAt: l.added_at,
  }));
}

/** The berkas of a letter I may see (404 otherwise), and whether I may file it. */
export async function caseFileOfLetter(ctx: RequestContext, letterId: string): Promise<LetterCaseFileView> {
  const me = await whoAmI(ctx);
  const letter = await visibleLetter(ctx, letterId, me);
  const filing = await filingOfLetter(ctx, letter.id);
  return {
    caseFile: filing ? await caseFileView(ctx, await loadCaseFile(ctx, filing.case_file_id)) : null,
    mayFile: mayFileLetter(filerRelation(ctx, me, letter)).allowed,
  };
}
