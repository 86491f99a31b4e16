/**
 * Pure rules of village planning documents: the desa's own operator and kepala desa keep its RPJMDes, RKPDes and
 * APBDes; the kecamatan's reviewers read the desa of their kecamatan; DPMD and regency readers read every desa.
 */
import {
  type AccountabilityActor,
  type AccountabilityDecision,
  type DesaFacts,
  enforceAccountability,
} from './village-accountability.policy.ts';

const allow: AccountabilityDecision = { allowed: true };
const forbid = (reason: string): AccountabilityDecision => ({ allowed: false, reason });

/** SECURITY: reads a desa's plans: regency readers, DPMD, the desa's own reporters, its kecamatan's reviewers. */
export function mayReadPlans(a: AccountabilityActor, d: DesaFacts): AccountabilityDecision {
  if (a.readsRegency || a.manages) return allow;
  if (a.submits && a.desaIds.includes(d.id)) return allow;
  if (a.reviews && d.kecamatanId !== null && a.kecamatanIds.includes(d.kecamatanId)) return allow;
  return forbid('villages.plans.notYourDesa');
}

/** SECURITY: edits a desa's plans (and imports its APBDes): only a reporter (operator / kepala desa) of that desa. */
export function mayEditPlans(a: AccountabilityActor, d: DesaFacts): AccountabilityDecision {
  if (!a.submits) return forbid('villages.plans.cannotEdit');
  return a.desaIds.includes(d.id) ? allow : forbid('villages.plans.notYourDesa');
}

/** Throws a refusal as a 403; returns when allowed. */
export const enforcePlans = enforceAccountability;
