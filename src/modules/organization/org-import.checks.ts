import type { ImportProblem, OrgPlan } from './org-plan.ts';

/** What already exists in the tenant, for checks the file alone cannot make. */
export interface ExistingOrg {
  /** unit code → parent unit code (null for roots). */
  unitParents: Map<string, string | null>;
  positionCodes: Set<string>;
  nips: Set<string>;
  regionCodes: Set<string>;
}

const REFERENCE_KEYS: Record<string, (e: ExistingOrg, p: ImportProblem) => boolean> = {
  'import.unknownParent': (e, p) => e.unitParents.has(String(p.params?.code)),
  'import.unknownUnit': (e, p) => e.unitParents.has(String(p.params?.code)),
  'import.unknownPosition': (e, p) => e.positionCodes.has(String(p.params?.code)),
  'import.unknownEmployee': (e, p) => e.nips.has(String(p.params?.nip)),
};

function findCycle(parents: Map<string, string | null>, start: string): string[] | null {
  const seen: string[] = [];
  for (let cur: string | null | undefined = start; cur; cur = parents.get(cur)) {
    const at = seen.indexOf(cur);
    if (at >= 0) return seen.slice(at);
    seen.push(cur);
  }
  return null;
}

/**
 * Completes the file's own checks with the tenant's data: references to units, positions or NIPs
 * that already exist are fine; region codes must exist; re-parenting must not close a cycle through
 * units that are only in the database.
 */
export function checkAgainstExisting(plan: OrgPlan, fileProblems: ImportProblem[], existing: ExistingOrg): ImportProblem[] {
  const problems = fileProblems.filter((p) => !REFERENCE_KEYS[p.messageKey]?.(existing, p));
  // Plan rows no longer know their spreadsheet row (rows with problems were left out), so these
  // problems name the unit code instead of a row number.
  for (const u of plan.units) {
    if (u.regionCode && !existing.regionCodes.has(u.regionCode)) {
      const params = { code: u.regionCode, unit: u.code };
      problems.push({ sheet: 'Unit', row: null, column: 'Kode Wilayah', messageKey: 'import.unknownRegion', params });
    }
  }
  if (!fileProblems.some((p) => p.messageKey === 'import.cycle')) problems.push(...cyclesThroughDatabase(plan, existing));
  return problems;
}

/** Loops that only close once the file's parents are laid over the units already in the database. */
function cyclesThroughDatabase(plan: OrgPlan, existing: ExistingOrg): ImportProblem[] {
  const merged = new Map(existing.unitParents);
  for (const u of plan.units) merged.set(u.code, u.parentCode);
  const reported = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const u of plan.units) {
    const cycle = findCycle(merged, u.code);
    const key = cycle?.slice().sort().join();
    if (!cycle || !key || reported.has(key)) continue;
    reported.add(key);
    problems.push({
      sheet: 'Unit',
      row: null,
      column: 'Kode Induk',
      messageKey: 'import.cycle',
      params: { codes: cycle.join(' → ') },
    });
  }
  return problems;
}
