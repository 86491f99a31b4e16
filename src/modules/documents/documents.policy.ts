import type { Actor } from '../../platform/access/context.ts';
import { ForbiddenError } from '../../shared/errors.ts';
import type { SecurityClass } from './documents.contract.ts';

/** A policy decision: allowed, or refused with the message key that says why. */
export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

/**
 * Unit kinds that may carry their own kop: Permendagri 1/2023 gives a kop to perangkat daerah, UPT and
 * BLUD; kecamatan and kelurahan sign their own letters. Sub-units (bidang, bagian, seksi) use their OPD's kop.
 */
export const UNIT_KINDS_WITH_OWN_KOP: readonly string[] = [
  'dinas',
  'badan',
  'inspektorat',
  'sekretariat',
  'satpol_pp',
  'upt',
  'blud',
  'rsud',
  'kecamatan',
  'kelurahan',
];

/** Whether a unit of this kind may have its own kop. */
export function mayHaveOwnLetterhead(unitKind: string): Decision {
  return UNIT_KINDS_WITH_OWN_KOP.includes(unitKind) ? allow : deny('documents.kopNotAllowedForUnit');
}

/** The signing state a decision needs: the document's status and the next pending signer. */
export interface SigningTurn {
  readonly documentStatus: 'draft' | 'signing' | 'final' | 'withdrawn';
  readonly signerEmployeeIds: readonly string[];
  readonly nextSignerEmployeeId: string | undefined;
}

/**
 * SECURITY: who may apply a signature now. Only the named signer whose turn it is, logged in as the
 * user linked to that pegawai; never an admin on someone's behalf; never twice; never on a final document.
 */
export function maySignNow(actorEmployeeId: string | null, turn: SigningTurn): Decision {
  if (turn.documentStatus === 'final') return deny('documents.alreadyFinal');
  if (turn.documentStatus === 'withdrawn') return deny('documents.withdrawn');
  if (!actorEmployeeId || !turn.signerEmployeeIds.includes(actorEmployeeId)) return deny('documents.notASigner');
  if (turn.nextSignerEmployeeId !== actorEmployeeId) return deny('documents.notYourTurn');
  return allow;
}

/** Whether an actor may see a document: its creator, one of its signers, or a holder of the manage permission. */
export function mayReadDocument(
  actor: Actor,
  actorEmployeeId: string | null,
  doc: { readonly createdBy: string | null; readonly signerEmployeeIds: readonly string[] },
): Decision {
  if (actor.permissions.has('documents.manage')) return allow;
  if (actor.userId && doc.createdBy === actor.userId) return allow;
  if (actorEmployeeId && doc.signerEmployeeIds.includes(actorEmployeeId)) return allow;
  return deny('errors.forbidden');
}

/** SECURITY: the public page discloses only existence and validity of rahasia and sangat rahasia documents. */
export function publicDisclosure(security: SecurityClass): 'full' | 'existence_only' {
  return security === 'rahasia' || security === 'sangat_rahasia' ? 'existence_only' : 'full';
}

/** Kop settings, certificates and every document of the tenant are the admin's (documents.manage). */
export function mayManageDocuments(actor: Actor): Decision {
  return actor.permissions.has('documents.manage') ? allow : deny('errors.forbidden');
}

/** Throws ForbiddenError with the decision's reason unless it allows. */
export function enforce(decision: Decision): void {
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}
