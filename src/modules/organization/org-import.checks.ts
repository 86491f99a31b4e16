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
  plan.units.forEach((u, i) => {
    if (u.regionCode && !existing.regionCodes.has(u.regionCode)) {
      problems.push({
        sheet: 'Unit',
        row: i + 2,
        column: 'Kode Wilayah',
        messageKey: 'import.unknownRegion',
        params: { code: u.regionCode },
      });
    }
  });
  if (!fileProblems.some((p) => p.messageKey === 'import.cycle')) {
    const merged = new Map(existing.unitParents);
    for (const u of plan.units) merged.set(u.code, u.parentCode);
    const reported = new Set<string>();
    plan.units.forEach((u, i) => {
      const cycle = findCycle(merged, u.code);
      if (cycle && !reported.has(cycle.slice().sort().join())) {
        reported.add(cycle.slice().sort().join());
        problems.push({
          sheet: 'Unit',
          row: i + 2,
          column: 'Kode Induk',
          messageKey: 'import.cycle',
          params: { codes: cycle.join(' → ') },
        });
      }
    });
  }
  return problems;
}
