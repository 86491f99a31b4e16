import type { z } from 'zod';
import type { ImportCounts as ImportCountsSchema } from '../../../../src/modules/organization/organization.contract.ts';
import type { ImportProblem } from './org.api.ts';

/** Counts of rows, by kind. */
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

/** What an import job reported: success with created/updated counts, or the problems that stopped it. */
export interface ImportOutcome {
  ok: boolean;
  created: ImportCounts | null;
  updated: ImportCounts | null;
  problems: ImportProblem[];
}

const KINDS = ['units', 'positions', 'employees', 'assignments'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readCounts(source: unknown): ImportCounts | null {
  if (!isRecord(source) || !KINDS.some((kind) => typeof source[kind] === 'number')) return null;
  const read = (kind: (typeof KINDS)[number]) => (typeof source[kind] === 'number' ? (source[kind] as number) : 0);
  return { units: read('units'), positions: read('positions'), employees: read('employees'), assignments: read('assignments') };
}

function readProblems(value: unknown): ImportProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((p) => ({
    sheet: String(p.sheet ?? ''),
    row: typeof p.row === 'number' ? p.row : null,
    column: typeof p.column === 'string' ? p.column : null,
    message: String(p.message ?? ''),
  }));
}

/**
 * Reads the result of a finished import job: `{ ok, counts: { created, updated }, problems }`; also accepts
 * plain `counts` (treated as created). A job can finish "done" yet refuse the file when the data changed
 * after the dry run, so `ok` must be checked.
 */
export function readImportOutcome(result: unknown): ImportOutcome {
  if (!isRecord(result)) return { ok: true, created: null, updated: null, problems: [] };
  const problems = readProblems(result.problems);
  const counts = isRecord(result.counts) ? result.counts : result;
  const created = readCounts(counts.created) ?? readCounts(counts);
  return { ok: result.ok !== false && problems.length === 0, created, updated: readCounts(counts.updated), problems };
}
