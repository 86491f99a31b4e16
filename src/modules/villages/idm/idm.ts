import { DEFAULT_IDM_STATUSES, IdmDecimal, type IdmStatusBand, type IdmStatusSettings, idmStatusFor } from './status-settings.ts';

/**
 * IDM (Permendes PDTT 2/2016, domain notes §3.5): each indicator is scored 0–5; each index
 * (IKS social, IKE economic, IKL ecological) = Σ indicator scores / (5 × number of its indicators), i.e. the
 * sum over the maximum possible; IDM = (IKS + IKE + IKL) / 3. Computed exactly from integer sums (one
 * division), displayed at 4 decimals (half up); the status uses the 4-decimal value.
 */

/** The three IDM indices. */
export type IdmIndexCode = 'IKS' | 'IKE' | 'IKL';

/** The indices in display order. */
export const IDM_INDEX_CODES: readonly IdmIndexCode[] = ['IKS', 'IKE', 'IKL'];

/** One indicator's score (an integer 0–5) and the index it belongs to. */
export interface IndicatorScore {
  readonly id: string;
  readonly index: IdmIndexCode;
  readonly score: number;
}

/** IDM of one desa: exact values and 4-decimal display values, with the status. */
export interface IdmResult {
  readonly exact: Readonly<Record<IdmIndexCode | 'IDM', string>>;
  readonly display: Readonly<Record<IdmIndexCode | 'IDM', string>>;
  readonly status: IdmStatusBand;
}

/** Per index: number of indicators and the sum of their scores. */
export type IndexTotals = Readonly<Record<IdmIndexCode, { readonly count: number; readonly sum: number }>>;

/** Scores that cannot be used: not an integer 0–5, a duplicate indicator id, or an index without indicators. */
export function indicatorScoreProblems(scores: readonly IndicatorScore[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of scores) {
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > 5)
      problems.push(`${s.id}: skor harus bilangan bulat 0–5 / score must be 0–5`);
    if (seen.has(s.id)) problems.push(`${s.id}: indikator ganda / duplicate indicator`);
    seen.add(s.id);
  }
  for (const index of IDM_INDEX_CODES) {
    if (!scores.some((s) => s.index === index)) problems.push(`${index}: tidak ada indikator / no indicators`);
  }
  return problems;
}

/** Count and sum of the scores per index; throws RangeError on the problems `indicatorScoreProblems` lists. */
export function indexTotals(scores: readonly IndicatorScore[]): IndexTotals {
  const problems = indicatorScoreProblems(scores);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  const totals = (index: IdmIndexCode) => {
    const own = scores.filter((s) => s.index === index);
    return { count: own.length, sum: own.reduce((sum, s) => sum + s.score, 0) };
  };
  return { IKS: totals('IKS'), IKE: totals('IKE'), IKL: totals('IKL') };
}

/** IDM from index totals, as one exact division: Σ_k sum_k·Π_{j≠k} n_j / (15 · n_S · n_E · n_L). */
export function idmFromTotals(t: IndexTotals): InstanceType<typeof IdmDecimal> {
  const [s, e, l] = [t.IKS, t.IKE, t.IKL];
  const numerator = s.sum * e.count * l.count + e.sum * s.count * l.count + l.sum * s.count * e.count;
  return new IdmDecimal(numerator).div(15 * s.count * e.count * l.count);
}

function result(exact: Record<IdmIndexCode | 'IDM', InstanceType<typeof IdmDecimal>>, settings: IdmStatusSettings): IdmResult {
  const keys = [...IDM_INDEX_CODES, 'IDM'] as const;
  const map = (f: (v: InstanceType<typeof IdmDecimal>) => string) =>
    Object.fromEntries(keys.map((k) => [k, f(exact[k])])) as Record<IdmIndexCode | 'IDM', string>;
  return {
    exact: map((v) => v.toFixed()),
    display: map((v) => v.toDecimalPlaces(4, IdmDecimal.ROUND_HALF_UP).toFixed(4)),
    status: idmStatusFor(exact.IDM, settings),
  };
}

/** IKS, IKE, IKL, IDM and status from indicator scores 0–5; throws RangeError on invalid scores. */
export function computeIdm(scores: readonly IndicatorScore[], settings: IdmStatusSettings = DEFAULT_IDM_STATUSES): IdmResult {
  const t = indexTotals(scores);
  const index = (k: IdmIndexCode) => new IdmDecimal(t[k].sum).div(5 * t[k].count);
  return result({ IKS: index('IKS'), IKE: index('IKE'), IKL: index('IKL'), IDM: idmFromTotals(t) }, settings);
}

/** IDM and status from published index values (e.g. Kemendes figures), IDM = (IKS + IKE + IKL) / 3. */
export function idmFromIndices(
  indices: Readonly<Record<IdmIndexCode, string>>,
  settings: IdmStatusSettings = DEFAULT_IDM_STATUSES,
): IdmResult {
  const v = (k: IdmIndexCode) => new IdmDecimal(indices[k]);
  const idm = v('IKS').plus(v('IKE')).plus(v('IKL')).div(3);
  return result({ IKS: v('IKS'), IKE: v('IKE'), IKL: v('IKL'), IDM: idm }, settings);
}
