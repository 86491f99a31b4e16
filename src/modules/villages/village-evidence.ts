/**
 * Row-level evidence of a realisasi: households leaving DTKS, measured children, the IKM summary. Checked before
 * anything is written (kind matches the indicator, no duplicates, household count = value on submission, a KK not
 * counted twice in a year) and stored with keyed hashes and masked forms only.
 */
import { Decimal } from 'decimal.js';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import type { SubmitRealizationInput } from './village-accountability.contract.ts';
import type { IndicatorRecord } from './village-lookup.ts';
import { type IdentityHasher, maskIdentifier } from './village-privacy.ts';

const M = 'villages.accountability';
type Evidence = NonNullable<SubmitRealizationInput['evidence']>;

/** Problems of entries that repeat a key (`field` of the repeated entry). */
function duplicates<T>(
  items: readonly T[],
  keyOf: (t: T) => string | null | undefined,
  field: (i: number) => string,
  message: string,
) {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (key == null) return;
    if (seen.has(key)) problems.push({ field: field(i), message });
    seen.add(key);
  });
  return problems;
}

/** Evidence of a kind the indicator does not ask for. */
function kindProblems(indicator: IndicatorRecord, evidence: Evidence): FieldProblem[] {
  const given = (['households', 'children', 'ikm'] as const).filter((k) => evidence[k] !== undefined);
  return given
    .filter((k) => k !== indicator.evidenceKind)
    .map((k) => ({ field: `evidence.${k}`, message: `${M}.evidenceNotExpected`, params: { kind: k } }));
}

/** Pure checks of a submission's evidence against its indicator; every problem at once, by field. */
export function evidenceProblems(indicator: IndicatorRecord, input: SubmitRealizationInput): FieldProblem[] {
  const evidence = input.evidence ?? {};
  const households = evidence.households ?? [];
  const children = evidence.children ?? [];
  const problems = [
    ...kindProblems(indicator, evidence),
    ...duplicates(
      households,
      (h) => h.noKk,
      (i) => `evidence.households.${i}.noKk`,
      `${M}.duplicateKk`,
    ),
    ...duplicates(
      households,
      (h) => h.nik,
      (i) => `evidence.households.${i}.nik`,
      `${M}.duplicateNik`,
    ),
    ...duplicates(
      children,
      (c) => c.nik,
      (i) => `evidence.children.${i}.nik`,
      `${M}.duplicateNik`,
    ),
    ...duplicates(
      [...households, ...children],
      (e) => e.clientId.toLowerCase(),
      (i) =>
        i < households.length ? `evidence.households.${i}.clientId` : `evidence.children.${i - households.length}.clientId`,
      `${M}.duplicateClientId`,
    ),
  ];
  if (input.submit && indicator.evidenceKind === 'households' && !new Decimal(input.value).eq(households.length))
    problems.push({
      field: 'evidence.households',
      message: `${M}.householdCount`,
      params: { count: households.length, value: input.value },
    });
  return problems;
}

/** The rows to store (hashes and masks only). */
function evidenceRows(realizationId: string, evidence: Evidence, hasher: IdentityHasher) {
  const base = { realization_id: realizationId, no_kk_hash: null, no_kk_masked: null, nik_hash: null, nik_masked: null };
  const none = {
    name: null,
    reason: null,
    age_months: null,
    height_cm: null,
    weight_kg: null,
    child_status: null,
    respondents: null,
    score: null,
  };
  const households = (evidence.households ?? []).map((h) => ({
    ...base,
    ...none,
    id: newId(),
    client_id: h.clientId.toLowerCase(),
    kind: 'households' as const,
    no_kk_hash: hasher.hash('kk', h.noKk),
    no_kk_masked: maskIdentifier(h.noKk),
    nik_hash: h.nik ? hasher.hash('nik', h.nik) : null,
    nik_masked: h.nik ? maskIdentifier(h.nik) : null,
    name: h.name,
    reason: h.reason,
  }));
  const children = (evidence.children ?? []).map((c) => ({
    ...base,
    ...none,
    id: newId(),
    client_id: c.clientId.toLowerCase(),
    kind: 'children' as const,
    nik_hash: hasher.hash('nik', c.nik),
    nik_masked: maskIdentifier(c.nik),
    name: c.name,
    age_months: c.ageMonths,
    height_cm: c.heightCm ?? null,
    weight_kg: c.weightKg ?? null,
    child_status: c.status,
  }));
  const ikm = evidence.ikm
    ? [
        {
          ...base,
          ...none,
          id: newId(),
          client_id: null,
          kind: 'ikm' as const,
          respondents: evidence.ikm.respondents,
          score: evidence.ikm.score,
        },
      ]
    : [];
  return [...households, ...children, ...ikm].map((row, position) => ({ ...row, position }));
}

/** Problems found in the database: evidence client ids of another realisasi, a KK already counted this year. */
async function storedProblems(tx: RequestContext, realizationId: string, rows: ReturnType<typeof evidenceRows>, scope: KkScope) {
  const db = tenantDb(tx);
  const clientIds = rows.map((r) => r.client_id).filter((c): c is string => c !== null);
  const taken = clientIds.length
    ? await db
        .selectFrom('village_evidence_rows')
        .select('client_id')
        .where('client_id', 'in', clientIds)
        .where('realization_id', '<>', realizationId)
        .execute()
    : [];
  const takenSet = new Set(taken.map((t) => t.client_id));
  const problems: FieldProblem[] = rows
    .filter((r) => r.client_id !== null && takenSet.has(r.client_id))
    .map((r) => ({ field: `evidence.${r.kind}.${r.position}.clientId`, message: `${M}.evidenceClientIdUsed` }));
  const kkHashes = rows.map((r) => r.no_kk_hash).filter((h): h is string => h !== null);
  if (kkHashes.length === 0 || scope.mandatoryResultId === null) return problems;
  const counted = await db
    .selectFrom('village_evidence_rows')
    .innerJoin('village_realizations as r', (j) =>
      j.onRef('r.tenant_id', '=', 'village_evidence_rows.tenant_id').onRef('r.id', '=', 'village_evidence_rows.realization_id'),
    )
    .select(['village_evidence_rows.no_kk_hash', 'r.quarter'])
    .where('village_evidence_rows.no_kk_hash', 'in', kkHashes)
    .where('r.region_id', '=', scope.regionId)
    .where('r.mandatory_result_id', '=', scope.mandatoryResultId)
    .where('r.id', '<>', realizationId)
    .execute();
  const countedIn = new Map(counted.map((c) => [c.no_kk_hash as string, c.quarter]));
  for (const r of rows)
    if (r.no_kk_hash && countedIn.has(r.no_kk_hash))
      problems.push({
        field: `evidence.households.${r.position}.noKk`,
        message: `${M}.kkCounted`,
        params: { quarter: countedIn.get(r.no_kk_hash)! },
      });
  return problems;
}

/** Where a household may be counted once: the desa's mandated result (of one year). */
export interface KkScope {
  readonly regionId: string;
  readonly mandatoryResultId: string | null;
}

/** Replaces the evidence rows of a realisasi inside `tx` (422 and nothing written on a problem); returns the count. */
export async function replaceEvidence(
  tx: RequestContext,
  realizationId: string,
  evidence: Evidence | undefined,
  hasher: IdentityHasher,
  scope: KkScope,
): Promise<number> {
  const rows = evidenceRows(realizationId, evidence ?? {}, hasher);
  const problems = await storedProblems(tx, realizationId, rows, scope);
  if (problems.length > 0) throw new ValidationError(problems);
  const db = tenantDb(tx);
  await db.deleteFrom('village_evidence_rows').where('realization_id', '=', realizationId).execute();
  // Chunks keep each statement under the bound-parameter limits of SQLite and PostgreSQL.
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('village_evidence_rows', rows.slice(i, i + 500)).execute();
  return rows.length;
}
