/**
 * Capaian of a desa indicator from its VERIFIED quarterly realisasi with the shared capaian engine (computed on read,
 * never stored): each verified quarter against its (cumulative) quarter target, falling back to the year target;
 * and the year so far (verified quarters up to the last one) against the year target. Sukajaya: 8+12+15+16 = 51 of
 * 64 KK → 79.69 % (domain notes §3.1).
 */
import { type CapaianIndicator, type CapaianSettings, computeCapaian } from '../performance/index.ts';
import type { Quarter } from './village-accountability.contract.ts';

/** The quarters in order. */
export const QUARTERS: readonly Quarter[] = ['Q1', 'Q2', 'Q3', 'Q4'];

/** What the capaian of one indicator needs. */
export interface CapaianFacts {
  readonly indicator: CapaianIndicator;
  /** The year target (null: no target, no capaian). */
  readonly yearTarget: string | null;
  /** Cumulative quarter targets when set; a missing one falls back to the year target. */
  readonly quarterTargets: Partial<Record<Quarter, string | null>>;
  /** Verified realisasi by quarter. */
  readonly verified: Partial<Record<Quarter, string>>;
}

/** A capaian shown: percent text and band. */
export interface ShownCapaian {
  readonly value: string;
  readonly band: string | null;
}

function capaianUpTo(facts: CapaianFacts, quarter: Quarter, target: string, settings: CapaianSettings): ShownCapaian | null {
  const periods = QUARTERS.slice(0, QUARTERS.indexOf(quarter) + 1).map((q) => ({ period: q, value: facts.verified[q] ?? null }));
  const result = computeCapaian(facts.indicator, { kind: 'number', value: target }, { periods, upTo: quarter }, settings);
  return result.state === 'computed' ? { value: result.value, band: result.band } : null;
}

/** The capaian of one quarter (null unless the quarter is verified and the engine can compute it). */
export function quarterCapaian(facts: CapaianFacts, quarter: Quarter, settings: CapaianSettings): ShownCapaian | null {
  if (facts.verified[quarter] === undefined) return null;
  const target = facts.quarterTargets[quarter] ?? facts.yearTarget;
  return target === null ? null : capaianUpTo(facts, quarter, target, settings);
}

/** The year so far: the verified quarters up to the last verified one, against the year target. */
export function yearCapaian(facts: CapaianFacts, settings: CapaianSettings): (ShownCapaian & { readonly upTo: Quarter }) | null {
  const last = [...QUARTERS].reverse().find((q) => facts.verified[q] !== undefined);
  if (!last || facts.yearTarget === null) return null;
  const shown = capaianUpTo(facts, last, facts.yearTarget, settings);
  return shown && { ...shown, upTo: last };
}
