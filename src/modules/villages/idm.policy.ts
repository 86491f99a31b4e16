/** Pure rules of who may read and who may change village IDM scores. */
import { ForbiddenError } from '../../shared/errors.ts';

/** A policy decision: allowed, or refused (403) with the message key saying why. */
export type IdmDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const allow: IdmDecision = { allowed: true };
const forbid = (reason: string): IdmDecision => ({ allowed: false, reason });

/** What the policy knows about the actor. */
export interface IdmViewer {
  /** Holds `performance.plan.read` (every ASN of the regency): reads every desa. */
  readonly readsRegency: boolean;
  /** Holds `villages.report.submit` (operator desa): reads the desa linked to them. */
  readonly submitsForDesa: boolean;
  /** The desa (region ids) of the units in which the actor holds a position today. */
  readonly linkedDesaIds: readonly string[];
  /** Holds `villages.idm.manage` (granted to the perencana role). */
  readonly managesIdm: boolean;
  /** Has the tenant admin role. */
  readonly isAdmin: boolean;
  /** Holds a position today in the village-affairs unit (DPMD). */
  readonly inVillageUnit: boolean;
}

/** Which desa a viewer may see: all of them, or only the listed ones (possibly none). */
export type DesaScope = { readonly all: true } | { readonly all: false; readonly desaIds: readonly string[] };

/** SECURITY: regency staff see every desa; a desa operator only the desa their position's unit belongs to. */
export function desaScope(v: IdmViewer): DesaScope {
  if (v.readsRegency) return { all: true };
  return { all: false, desaIds: v.submitsForDesa ? v.linkedDesaIds : [] };
}

/** SECURITY: the IDM pages are for regency staff and desa operators; anyone else is refused. */
export function mayReadIdm(v: IdmViewer): IdmDecision {
  return v.readsRegency || v.submitsForDesa ? allow : forbid('villages.idm.cannotRead');
}

/** SECURITY: one desa's IDM: regency staff, or the desa's own operator. */
export function mayReadDesaIdm(v: IdmViewer, desaId: string): IdmDecision {
  const read = mayReadIdm(v);
  if (!read.allowed) return read;
  const scope = desaScope(v);
  return scope.all || scope.desaIds.includes(desaId) ? allow : forbid('villages.idm.notYourDesa');
}

/** SECURITY: scores are entered by the kabupaten: an IDM manager working in DPMD, or a tenant admin who manages IDM. */
export function mayManageIdm(v: IdmViewer): IdmDecision {
  return v.managesIdm && (v.inVillageUnit || v.isAdmin) ? allow : forbid('villages.idm.notVillageUnit');
}

/** Throws the refusal as a 403; returns when allowed. */
export function enforceIdm(decision: IdmDecision): void {
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}

/**
 * The village-affairs unit (Dinas Pemberdayaan Masyarakat dan Desa) among the OPD-level units: the one whose code
 * contains `DPMD`, else the one whose name contains "Pemberdayaan Masyarakat dan Desa" (case-insensitive); null when none.
 */
export function pickVillageUnit(opds: readonly { id: string; code: string; name: string }[]): string | null {
  const byCode = opds.find((o) => o.code.toUpperCase().includes('DPMD'));
  if (byCode) return byCode.id;
  return opds.find((o) => o.name.toLowerCase().includes('pemberdayaan masyarakat dan desa'))?.id ?? null;
}
