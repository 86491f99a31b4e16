/**
 * Re-sealing of secrets when the master key they are sealed under is rotated (`pamong rotate-master-key`).
 * Modules walk their own sealed rows; this file only decides, per sealed value, what rotation does with it.
 */
import { openSecret, sealSecret } from './secret-box.ts';

/** The two master keys of a rotation, and whether the run may write. */
export interface MasterKeyRotation {
  /** SECURITY: the key the rows are sealed under today (from SIGNING_MASTER_KEY_OLD, never argv). */
  readonly oldKey: string;
  /** The key the rows are sealed under afterwards (the configured SIGNING_MASTER_KEY). */
  readonly newKey: string;
  /** Check only: open every row, write nothing. */
  readonly dryRun: boolean;
}

/** What a rotation does with one sealed value. */
export type ResealOutcome =
  | { readonly kind: 'resealed'; readonly sealed: string }
  | { readonly kind: 'already_new' }
  | { readonly kind: 'unreadable' };

/** Counts of one tenant's (or one module's) rows; `unreadable` names each row as `table:id`. */
export interface ResealReport {
  resealed: number;
  alreadyNew: number;
  unreadable: string[];
}

/**
 * SECURITY: opens a sealed value with the new key first (already rotated: left alone, so a rerun is harmless), else
 * with the old key and seals the plaintext under the new key for the same purpose. Neither key opens it: unreadable.
 */
export function resealSecret(rotation: MasterKeyRotation, purpose: string, sealed: string): ResealOutcome {
  if (openSecret(rotation.newKey, purpose, sealed) !== undefined) return { kind: 'already_new' };
  const plaintext = openSecret(rotation.oldKey, purpose, sealed);
  if (plaintext === undefined) return { kind: 'unreadable' };
  return { kind: 'resealed', sealed: sealSecret(rotation.newKey, purpose, plaintext) };
}

/** An empty report. */
export function emptyResealReport(): ResealReport {
  return { resealed: 0, alreadyNew: 0, unreadable: [] };
}

/** Adds one row's outcome to a report. */
export function countReseal(report: ResealReport, outcome: ResealOutcome, rowRef: string): void {
  if (outcome.kind === 'resealed') report.resealed += 1;
  else if (outcome.kind === 'already_new') report.alreadyNew += 1;
  else report.unreadable.push(rowRef);
}

/** The sum of several reports (one tenant's modules). */
export function mergeResealReports(reports: readonly ResealReport[]): ResealReport {
  return {
    resealed: reports.reduce((n, r) => n + r.resealed, 0),
    alreadyNew: reports.reduce((n, r) => n + r.alreadyNew, 0),
    unreadable: reports.flatMap((r) => r.unreadable),
  };
}
