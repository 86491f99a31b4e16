/**
 * Pure rules of the PK Kepala Desa: who prepares it (the desa's reporters), who reads it (whoever reads the desa's
 * accountability, and the two parties), who signs when (the kepala desa first, then the camat) and when it is revised.
 */
import { ConflictError, ForbiddenError } from '../../shared/errors.ts';
import { type AccountabilityActor, type DesaFacts, mayReadDesa, maySubmitForDesa } from './village-accountability.policy.ts';
import type { VillageAgreementStatus } from './village-agreements.contract.ts';

/** A decision: allowed, refused (403) or in the wrong state (409), with the message key saying why. */
export type AgreementDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly kind: 'forbidden' | 'conflict'; readonly reason: string };

const M = 'villages.agreement';
const allow: AgreementDecision = { allowed: true };
const forbid = (reason: string): AgreementDecision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): AgreementDecision => ({ allowed: false, kind: 'conflict', reason });

/** The two parties of a PK and how far signing went. */
export interface AgreementParties {
  readonly status: VillageAgreementStatus;
  readonly kadesEmployeeId: string;
  readonly camatEmployeeId: string;
  readonly kadesSignedAt: string | null;
  readonly camatSignedAt: string | null;
}

/** SECURITY: a PK is generated or revised only by a reporter (operator desa / kepala desa) of that desa. */
export function mayPrepareVillageAgreement(a: AccountabilityActor, d: DesaFacts): AgreementDecision {
  const decision = maySubmitForDesa(a, d);
  return decision.allowed ? allow : forbid(decision.reason);
}

/** SECURITY: whoever reads the desa's accountability reads its PK; so do the two named parties. */
export function mayReadVillageAgreement(
  a: AccountabilityActor,
  d: DesaFacts,
  actorEmployeeId: string | null,
  p: Pick<AgreementParties, 'kadesEmployeeId' | 'camatEmployeeId'>,
): AgreementDecision {
  if (actorEmployeeId !== null && [p.kadesEmployeeId, p.camatEmployeeId].includes(actorEmployeeId)) return allow;
  const decision = mayReadDesa(a, d);
  return decision.allowed ? allow : forbid(decision.reason);
}

/** Whose signature is due: the kepala desa (pihak pertama) first, then the camat (pihak kedua); null when none. */
export function nextVillageSigner(p: AgreementParties): 'kades' | 'camat' | null {
  if (p.status !== 'signing') return null;
  if (p.kadesSignedAt === null) return 'kades';
  return p.camatSignedAt === null ? 'camat' : null;
}

/**
 * SECURITY: only the named party whose turn it is signs (the kepala desa first, then the camat); never someone else,
 * never on a party's behalf (the documents module checks the same turn again against its own signer rows).
 */
export function maySignVillageAgreement(actorEmployeeId: string | null, p: AgreementParties): AgreementDecision {
  if (p.status === 'signed' || p.status === 'superseded') return conflict(`${M}.alreadySigned`);
  if (p.status !== 'signing') return conflict(`${M}.notSigning`);
  const next = nextVillageSigner(p);
  if (actorEmployeeId === null || ![p.kadesEmployeeId, p.camatEmployeeId].includes(actorEmployeeId))
    return forbid(`${M}.notAParty`);
  const due = next === 'kades' ? p.kadesEmployeeId : p.camatEmployeeId;
  return actorEmployeeId === due ? allow : forbid(next === 'kades' ? `${M}.kadesFirst` : `${M}.alreadySignedByYou`);
}

/** A year's PK is generated once; afterwards it changes only through a PK perubahan (revise). */
export function mayGenerateVillageAgreement(facts: {
  readonly existing: number;
  readonly items: number;
  readonly missingTargets: number;
}): AgreementDecision {
  if (facts.existing > 0) return conflict(`${M}.exists`);
  if (facts.items === 0) return conflict(`${M}.noItems`);
  return facts.missingTargets > 0 ? conflict(`${M}.missingTarget`) : allow;
}

/** A PK perubahan is made once from the signed PK in force. */
export function mayReviseVillageAgreement(facts: { status: VillageAgreementStatus; hasRevision: boolean }): AgreementDecision {
  if (facts.status !== 'signed') return conflict(`${M}.reviseOnlySigned`);
  return facts.hasRevision ? conflict(`${M}.alreadyRevised`) : allow;
}

/** Throws the refusal (403 or 409) with its message; returns when allowed. */
export function enforceAgreement(decision: AgreementDecision, params: Record<string, string | number> = {}): void {
  if (decision.allowed) return;
  if (decision.kind === 'conflict') throw new ConflictError(decision.reason, params);
  throw new ForbiddenError(decision.reason, params);
}
