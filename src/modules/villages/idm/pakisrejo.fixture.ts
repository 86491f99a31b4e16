/** Test fixtures (used by tests only): indicator scores, Desa Pakisrejo (domain notes §3.5). */
import type { IdmIndexCode, IndicatorScore } from './idm.ts';

/** Indicators of one index named `${index}.n` with the given scores. */
export function indicators(index: IdmIndexCode, scores: readonly number[]): IndicatorScore[] {
  return scores.map((score, i) => ({ id: `${index}.${i + 1}`, index, score }));
}

/** Pakisrejo 2018 (notes §3.5) rebuilt from indicator scores: IKS 127/175, IKE 32/60, IKL 10/15. */
export const PAKISREJO_2018: IndicatorScore[] = [
  ...indicators('IKS', [...Array(22).fill(4), ...Array(13).fill(3)]),
  ...indicators('IKE', [...Array(8).fill(3), ...Array(4).fill(2)]),
  ...indicators('IKL', [4, 3, 3]),
];
