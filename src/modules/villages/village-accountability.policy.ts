/**
 * Pure rules of Sakip Desa accountability: the desa's operator and kepala desa report for their own desa, the
 * kecamatan (camat / kasi PMD) verifies the desa of its kecamatan, DPMD manages mandated results, bases and targets.
 */
import { ForbiddenError } from '../../shared/errors.ts';

/** A decision: allowed, or refused (403) with the message key saying why. */
export type AccountabilityDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const allow: AccountabilityDecision = { allowed: true };
const forbid = (reason: string): AccountabilityDecision => ({ allowed: false, reason });

/** What the policy knows about the actor (see village-actor.ts). */
export interface AccountabilityActor {
  /** Holds `performance.plan.read` (regency ASN): reads every desa. */
  readonly readsRegency: boolean;
  /** Holds `villages.report.submit` (operator desa, kepala desa). */
  readonly submits: boolean;
  /** Holds `villages.report.review` (camat, kasi PMD). */
  readonly reviews: boolean;
  /** Manages IDM/accountability in DPMD (villages.idm.manage in the village-affairs unit, or a tenant admin with it). */
  readonly manages: boolean;
  /** Desa (region ids) of the units where the actor holds a position today. */
  readonly desaIds: readonly string[];
  /** Kecamatan (region ids) of the units where the actor holds a position today. */
  readonly kecamatanIds: readonly string[];
}

/** The desa a decision is about. */
export interface DesaFacts {
  readonly id: string;
  readonly kecamatanId: string | null;
}

const reviewsDesa = (a: AccountabilityActor, d: DesaFacts) =>
  a.reviews && d.kecamatanId !== null && a.kecamatanIds.includes(d.kecamatanId);

/** SECURITY: reads one desa's accountability: regency staff, DPMD, its own reporters, its kecamatan's reviewers. */
export function mayReadDesa(a: AccountabilityActor, d: DesaFacts): AccountabilityDecision {
  if (a.readsRegency || a.manages) return allow;
  if (a.submits && a.desaIds.includes(d.id)) return allow;
  return reviewsDesa(a, d) ? allow : forbid('villages.accountability.notYourDesa');
}

/** SECURITY: submits realisasi and keeps own indicators: only a reporter (operator / kepala desa) of that desa. */
export function maySubmitForDesa(a: AccountabilityActor, d: DesaFacts): AccountabilityDecision {
  if (!a.submits) return forbid('villages.accountability.cannotSubmit');
  return a.desaIds.includes(d.id) ? allow : forbid('villages.accountability.notYourDesa');
}

/** SECURITY: verifies or returns realisasi: a reviewer holding a position in the desa's kecamatan. */
export function mayReviewDesa(a: AccountabilityActor, d: DesaFacts): AccountabilityDecision {
  if (!a.reviews) return forbid('villages.accountability.cannotReview');
  return reviewsDesa(a, d) ? allow : forbid('villages.accountability.notYourKecamatan');
}

/** SECURITY: mandated results, bases and target overrides belong to DPMD. */
export function mayManageAccountability(a: AccountabilityActor): AccountabilityDecision {
  return a.manages ? allow : forbid('villages.accountability.notVillageUnit');
}

/** Which kecamatan a verification queue shows: every one (DPMD), the reviewer's own, or none (403). */
export function queueScope(
  a: AccountabilityActor,
): { readonly all: true } | { readonly all: false; readonly kecamatanIds: readonly string[] } {
  if (a.manages) return { all: true };
  if (a.reviews) return { all: false, kecamatanIds: a.kecamatanIds };
  throw new ForbiddenError('villages.accountability.cannotReview');
}

/** Throws a refusal as a 403; returns when allowed. */
export function enforceAccountability(decision: AccountabilityDecision): void {
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}
