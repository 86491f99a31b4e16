/** Pure rules of the records module: who keeps the daftar berkas, who files a letter, when a berkas takes letters. */
import { ConflictError, ForbiddenError } from '../../shared/errors.ts';
import type { CaseFileStatus } from './records.contract.ts';

/** A policy decision: allowed, or refused with why (403 forbidden, or 409 conflict with the berkas's state). */
export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly kind: 'forbidden' | 'conflict'; readonly reason: string };

const allow: Decision = { allowed: true };
const forbid = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });

/** How the acting person relates to the records of a letter. */
export interface FilerRelation {
  /** Holds `archive.record.manage` (the arsiparis of the Unit Kearsipan). */
  readonly managesRecords: boolean;
  /** Registered the letter (the pencatat who put it on the agenda). */
  readonly isRegistrar: boolean;
}

/**
 * Opening, closing and reopening berkas is the arsiparis's work: the daftar berkas is an archival instrument
 * (SRIKANDI's Unit Kearsipan keeps it), so one role keeps it free of duplicates and stray KKA codes.
 */
export function mayManageCaseFiles(managesRecords: boolean): Decision {
  return managesRecords ? allow : forbid('records.notArchivist');
}

/**
 * SECURITY: filing a letter (add, move, remove) is allowed to the arsiparis and to the pencatat who registered the
 * letter. The caller must also see the letter (checked before this rule; otherwise 404), so filing never reveals
 * a letter outside its chain.
 */
export function mayFileLetter(filer: FilerRelation): Decision {
  return filer.managesRecords || filer.isRegistrar ? allow : forbid('records.notFiler');
}

/** A closed berkas takes no letters and gives none away (its contents are fixed for the retention clock). */
function openBerkas(status: CaseFileStatus): Decision {
  return status === 'open' ? allow : conflict('records.caseFileClosed');
}

/** Putting an unfiled letter into a berkas. */
export function mayAddLetter(filer: FilerRelation, target: CaseFileStatus): Decision {
  const who = mayFileLetter(filer);
  return who.allowed ? openBerkas(target) : who;
}

/** Moving a letter from one berkas to another: both must be open. */
export function mayMoveLetter(filer: FilerRelation, from: CaseFileStatus, to: CaseFileStatus): Decision {
  const who = mayFileLetter(filer);
  if (!who.allowed) return who;
  const source = openBerkas(from);
  return source.allowed ? openBerkas(to) : source;
}

/** Taking a letter out of its berkas (it becomes unfiled). */
export function mayRemoveLetter(filer: FilerRelation, from: CaseFileStatus): Decision {
  const who = mayFileLetter(filer);
  return who.allowed ? openBerkas(from) : who;
}

/** Closing (open → closed) or reopening (closed → open) a berkas. */
export function mayChangeStatus(managesRecords: boolean, current: CaseFileStatus, to: CaseFileStatus): Decision {
  const who = mayManageCaseFiles(managesRecords);
  if (!who.allowed) return who;
  if (current === to) return conflict(to === 'closed' ? 'records.alreadyClosed' : 'records.alreadyOpen');
  return allow;
}

/** Throws the refusal as a 403 or 409 DomainError; returns when allowed. */
export function enforce(decision: Decision): void {
  if (decision.allowed) return;
  if (decision.kind === 'conflict') throw new ConflictError(decision.reason);
  throw new ForbiddenError(decision.reason);
}

/** The top-level class of a KKA code (`000.1.5` → `000`). */
export function topLevelKka(code: string): string {
  return code.split('.')[0] ?? code;
}

/**
 * A letter whose KKA lies under another top-level class than the berkas's is filed anyway (one case often gathers
 * letters classified by their senders), but the answer carries this warning key so the filer can check.
 */
export function kkaFilingWarning(caseFileKka: string, letterKka: string): 'records.kkaOtherClass' | null {
  return topLevelKka(caseFileKka) === topLevelKka(letterKka) ? null : 'records.kkaOtherClass';
}

/** The number of a berkas: `B-<year>-<seq, 4 digits>`, unique per unit and year. */
export function caseFileNumber(year: number, seq: number): string {
  return `B-${year}-${String(seq).padStart(4, '0')}`;
}
