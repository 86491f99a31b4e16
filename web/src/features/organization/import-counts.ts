/** Counts of imported (or to-be-imported) rows, by kind. */
export interface ImportCounts {
  units: number;
  positions: number;
  employees: number;
  assignments: number;
}

const KINDS = ['units', 'positions', 'employees', 'assignments'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads counts from a job result shaped `{ units, … }` or `{ counts: { units, … } }`; null if absent. */
export function countsFromJobResult(result: unknown): ImportCounts | null {
  if (!isRecord(result)) return null;
  const source = isRecord(result.counts) ? result.counts : result;
  if (!KINDS.some((kind) => typeof source[kind] === 'number')) return null;
  const read = (kind: (typeof KINDS)[number]) => (typeof source[kind] === 'number' ? (source[kind] as number) : 0);
  return { units: read('units'), positions: read('positions'), employees: read('employees'), assignments: read('assignments') };
}
