/** Pure rules of who may prepare, change, sign and revise a Perjanjian Kinerja, and in which state. */
import type { AgreementStatus } from './agreements.contract.ts';
import type { Decision, Planner } from './performance.policy.ts';

const allow: Decision = { allowed: true };
const forbid = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });

/**
 * SECURITY: a PK is prepared (created, filled, generated, revised) by the planners of its OPD, and by the
 * coordinator of planning (a planner of the planning unit, or an admin who is also a planner).
 */
export function mayPrepareAgreement(p: Planner, unitId: string): Decision {
  if (!p.managesPlans) return forbid('performance.agreement.notPlanner');
  if (p.inPlanningUnit || p.isAdmin) return allow;
  return p.opdIds.includes(unitId) ? allow : forbid('performance.agreement.notPlanner');
}

/** Items, budgets and parties change only while the PK is a draft. */
export function mayEditContent(status: AgreementStatus): Decision {
  return status === 'draft' ? allow : conflict('performance.agreement.notDraft');
}

/** The document is generated once, from a draft that has at least one item and every item a target. */
export function mayGenerate(facts: { status: AgreementStatus; items: number; itemsWithoutTarget: number }): Decision {
  if (facts.status !== 'draft') return conflict('performance.agreement.notDraft');
  if (facts.items === 0) return conflict('performance.agreement.noItems');
  return facts.itemsWithoutTarget > 0 ? conflict('performance.agreement.itemWithoutTarget') : allow;
}

/**
 * SECURITY: only one of the two named parties may sign, and only while the PK is out for signature; the documents
 * module then decides whose turn it is (pihak kedua first, then pihak pertama) and refuses anyone else.
 */
export function maySign(
  actorEmployeeId: string | null,
  facts: { status: AgreementStatus; firstPartyEmployeeId: string | null; secondPartyEmployeeId: string | null },
): Decision {
  if (facts.status === 'signed' || facts.status === 'superseded') return conflict('performance.agreement.alreadySigned');
  if (facts.status !== 'signing') return conflict('performance.agreement.notGenerated');
  const parties = [facts.firstPartyEmployeeId, facts.secondPartyEmployeeId];
  return actorEmployeeId !== null && parties.includes(actorEmployeeId) ? allow : forbid('performance.agreement.notAParty');
}

/** A PK perubahan is made from the signed PK in force, once. */
export function mayRevise(facts: { status: AgreementStatus; hasRevision: boolean }): Decision {
  if (facts.status !== 'signed') return conflict('performance.agreement.reviseOnlySigned');
  return facts.hasRevision ? conflict('performance.agreement.alreadyRevised') : allow;
}

/** Rencana aksi may be planned while the PK is draft, out for signature or signed, never once superseded. */
export function mayChangeActionPlans(status: AgreementStatus): Decision {
  return status === 'superseded' ? conflict('performance.agreement.superseded') : allow;
}

/** Deleting a PK is possible only while it is a draft (nothing was signed or generated). */
export function mayDeleteAgreement(status: AgreementStatus): Decision {
  return status === 'draft' ? allow : conflict('performance.agreement.notDraft');
}
