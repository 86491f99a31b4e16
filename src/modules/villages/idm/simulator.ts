import { IDM_INDEX_CODES, type IdmIndexCode, type IndexTotals, type IndicatorScore, idmFromTotals, indexTotals } from './idm.ts';
import {
  DEFAULT_IDM_STATUSES,
  IdmDecimal,
  type IdmStatusBand,
  type IdmStatusSettings,
  idmStatusRank,
} from './status-settings.ts';

/**
 * Next-status simulator. An improvement raises one indicator's score (never above 5). "Smallest set" is:
 * fewest score points added; among those, fewest indicators changed; then the highest resulting IDM; then
 * the first split in IKS, IKE, IKL order. A point in an index with n indicators adds 1 / (15 n) to IDM, the
 * same for every indicator of that index, so only how many points each index gets matters for the IDM. The
 * simulator finds the least number of points (greedy: points first where n is smallest, which maximises the
 * gain for any number of points), then tries every split of that many points over the three indices; within
 * an index the points go to the indicators with the most headroom first (fewest indicators touched).
 */

/** One indicator raised from `from` to `to`. */
export interface IndicatorImprovement {
  readonly indicatorId: string;
  readonly index: IdmIndexCode;
  readonly from: number;
  readonly to: number;
}

/** The smallest improvement that lifts a desa to a higher status. */
export interface NextStatusPlan {
  readonly current: IdmStatusBand;
  readonly reached: IdmStatusBand;
  readonly points: number;
  readonly improvements: readonly IndicatorImprovement[];
  readonly exactIdm: string;
  readonly idm: string;
}

type Split = Readonly<Record<IdmIndexCode, number>>;

function withPoints(t: IndexTotals, split: Split): IndexTotals {
  const add = (k: IdmIndexCode) => ({ count: t[k].count, sum: t[k].sum + split[k] });
  return { IKS: add('IKS'), IKE: add('IKE'), IKL: add('IKL') };
}

/** Indicators of one index ordered by headroom (most first), then input order. */
function byHeadroom(scores: readonly IndicatorScore[], index: IdmIndexCode): IndicatorScore[] {
  return scores.filter((s) => s.index === index).sort((a, b) => a.score - b.score);
}

/** Raises the indicators with the most headroom first until `points` are placed. */
function placePoints(scores: readonly IndicatorScore[], index: IdmIndexCode, points: number): IndicatorImprovement[] {
  const out: IndicatorImprovement[] = [];
  let left = points;
  for (const s of byHeadroom(scores, index)) {
    if (left === 0) break;
    const raise = Math.min(5 - s.score, left);
    out.push({ indicatorId: s.id, index, from: s.score, to: s.score + raise });
    left -= raise;
  }
  return out;
}

/** The least number of points that reaches a higher status, or null when even all-5 does not. */
function fewestPoints(t: IndexTotals, capacity: Split, aboveRank: (t: IndexTotals) => boolean): number | null {
  const order = [...IDM_INDEX_CODES].sort((a, b) => t[a].count - t[b].count);
  const total = order.reduce((sum, k) => sum + capacity[k], 0);
  for (let k = 1; k <= total; k++) {
    let left = k;
    const split = Object.fromEntries(
      order.map((idx) => {
        const p = Math.min(capacity[idx], left);
        left -= p;
        return [idx, p];
      }),
    );
    if (aboveRank(withPoints(t, split as Split))) return k;
  }
  return null;
}

interface Candidate {
  readonly split: Split;
  readonly indicators: number;
  readonly idm: ReturnType<typeof idmFromTotals>;
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  if (a.indicators !== b.indicators) return a.indicators < b.indicators;
  return a.idm.gt(b.idm);
}

/** Every split of `points` over the indices that reaches a higher status; keeps the best by the definition above. */
function bestSplit(
  scores: readonly IndicatorScore[],
  t: IndexTotals,
  capacity: Split,
  points: number,
  aboveRank: (t: IndexTotals) => boolean,
): Candidate {
  let best: Candidate | undefined;
  for (let s = 0; s <= Math.min(points, capacity.IKS); s++) {
    for (let e = 0; e <= Math.min(points - s, capacity.IKE); e++) {
      const split: Split = { IKS: s, IKE: e, IKL: points - s - e };
      if (split.IKL > capacity.IKL || !aboveRank(withPoints(t, split))) continue;
      const indicators = IDM_INDEX_CODES.reduce((n, k) => n + placePoints(scores, k, split[k]).length, 0);
      const candidate = { split, indicators, idm: idmFromTotals(withPoints(t, split)) };
      if (better(candidate, best)) best = candidate;
    }
  }
  return best!;
}

/** The smallest set of indicator improvements lifting the desa to a higher status; null for the top status. */
export function simulateNextStatus(
  scores: readonly IndicatorScore[],
  settings: IdmStatusSettings = DEFAULT_IDM_STATUSES,
): NextStatusPlan | null {
  const t = indexTotals(scores);
  const rank = idmStatusRank(idmFromTotals(t), settings);
  const aboveRank = (next: IndexTotals) => idmStatusRank(idmFromTotals(next), settings) > rank;
  const capacity = Object.fromEntries(IDM_INDEX_CODES.map((k) => [k, 5 * t[k].count - t[k].sum])) as Split;
  const points = fewestPoints(t, capacity, aboveRank);
  if (points === null) return null;
  const best = bestSplit(scores, t, capacity, points, aboveRank);
  return {
    current: settings[rank],
    reached: settings[idmStatusRank(best.idm, settings)],
    points,
    improvements: IDM_INDEX_CODES.flatMap((k) => placePoints(scores, k, best.split[k])),
    exactIdm: best.idm.toFixed(),
    idm: best.idm.toDecimalPlaces(4, IdmDecimal.ROUND_HALF_UP).toFixed(4),
  };
}
