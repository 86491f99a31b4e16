/** Pure rules of the correspondence module: who may see a letter, who may act on a disposition in which state. */
import type { DispositionStatus, IncomingLetterStatus, LetterSecurity } from '../../db/schema/correspondence.ts';
import { ConflictError, ForbiddenError } from '../../shared/errors.ts';

/** A policy decision: allowed, or refused with why (403 forbidden, or 409 conflict with the item's state). */
export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly kind: 'forbidden' | 'conflict'; readonly reason: string };

const allow: Decision = { allowed: true };
const forbid = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });

/** How the acting person relates to a letter. */
export interface LetterRelation {
  readonly security: LetterSecurity;
  /** The acting user registered the letter (pencatat). */
  readonly isRegistrar: boolean;
  /** The acting person holds one of the letter's kepada/tembusan positions today. */
  readonly holdsRecipientPosition: boolean;
  /** The acting person holds (or acted from) a position of the letter's disposition tree. */
  readonly inDispositionChain: boolean;
}

/**
 * SECURITY: a letter is visible only to its registrar, the holders of its recipient positions and the people in
 * its disposition chain. `correspondence.letter.read` alone shows nothing, so rahasia and sangat rahasia letters
 * never reach anyone else; if an oversight role is added later it may widen biasa/terbatas only.
 */
export function mayReadLetter(relation: LetterRelation): boolean {
  return relation.isRegistrar || relation.holdsRecipientPosition || relation.inDispositionChain;
}

/** Letter states from which the kepada may still dispose. */
const DISPOSABLE_LETTER: readonly IncomingLetterStatus[] = ['diterima', 'didistribusikan', 'dibaca', 'didisposisikan'];

/** Whether the acting person may dispose the letter itself (first-level dispositions): the kepada holder, while open. */
export function mayDisposeLetter(holdsKepadaPosition: boolean, status: IncomingLetterStatus): Decision {
  if (!holdsKepadaPosition) return forbid('correspondence.notAddressee');
  return DISPOSABLE_LETTER.includes(status) ? allow : conflict('correspondence.letterClosed');
}

/** The actions on one disposition. */
export type DispositionAction = 'open' | 'forward' | 'complete' | 'close' | 'cancel' | 'reject';

/** Who performs an action, the states it starts from and the state it leads to (null: no change). */
interface ActionRule {
  readonly by: 'recipient' | 'sender';
  readonly from: readonly DispositionStatus[];
  readonly to: DispositionStatus | null;
}

/** The disposition state machine (domain §3.2), one rule per action. */
export const DISPOSITION_RULES: Readonly<Record<DispositionAction, ActionRule>> = {
  open: { by: 'recipient', from: ['terkirim'], to: 'dibaca' },
  forward: { by: 'recipient', from: ['terkirim', 'dibaca', 'diteruskan'], to: 'diteruskan' },
  complete: { by: 'recipient', from: ['terkirim', 'dibaca', 'diteruskan'], to: 'ditindaklanjuti' },
  close: { by: 'recipient', from: ['terkirim', 'dibaca'], to: 'selesai' },
  cancel: { by: 'sender', from: ['terkirim'], to: 'dibatalkan' },
  reject: { by: 'recipient', from: ['terkirim', 'dibaca'], to: 'ditolak' },
};

/** States in which a disposition is finished for its recipient. */
export const CLOSED_STATES: readonly DispositionStatus[] = ['ditindaklanjuti', 'selesai', 'dibatalkan', 'ditolak'];

/** How the acting person relates to a disposition: holder of its recipient and/or its sender position. */
export interface DispositionRelation {
  readonly isRecipient: boolean;
  readonly isSender: boolean;
}

function stateConflict(action: DispositionAction, status: DispositionStatus): Decision {
  if (action === 'cancel' && status !== 'dibatalkan' && !CLOSED_STATES.includes(status))
    return conflict('correspondence.alreadyRead');
  return conflict('correspondence.wrongState');
}

/** Whether the acting person may perform the action on a disposition in its current state. */
export function mayActOnDisposition(
  action: DispositionAction,
  relation: DispositionRelation,
  status: DispositionStatus,
): Decision {
  const rule = DISPOSITION_RULES[action];
  const actorFits = rule.by === 'recipient' ? relation.isRecipient : relation.isSender;
  if (!actorFits) return forbid(rule.by === 'recipient' ? 'correspondence.notRecipient' : 'correspondence.notSender');
  if (action === 'open') return allow;
  return rule.from.includes(status) ? allow : stateConflict(action, status);
}

/** The state a disposition moves to (opening an already read disposition changes nothing). */
export function statusAfter(action: DispositionAction, status: DispositionStatus): DispositionStatus {
  const rule = DISPOSITION_RULES[action];
  return rule.from.includes(status) && rule.to ? rule.to : status;
}

/** A first-level disposition as the letter status needs it. */
export interface TopLevelDisposition {
  readonly leading: boolean;
  readonly status: DispositionStatus;
}

/** The letter's status after its first-level dispositions changed: selesai when every live leading one is closed. */
export function letterStatusAfter(current: IncomingLetterStatus, topLevel: readonly TopLevelDisposition[]): IncomingLetterStatus {
  const live = topLevel.filter((d) => d.status !== 'dibatalkan' && d.status !== 'ditolak');
  if (live.length === 0) return current === 'didisposisikan' ? 'dibaca' : current;
  const leading = live.filter((d) => d.leading);
  const done = leading.length > 0 && leading.every((d) => d.status === 'ditindaklanjuti' || d.status === 'selesai');
  return done ? 'selesai' : 'didisposisikan';
}

/** Whether an open disposition is past its deadline on `today` (dates as YYYY-MM-DD). */
export function isOverdue(deadline: string | null, status: DispositionStatus, today: string): boolean {
  return deadline !== null && !CLOSED_STATES.includes(status) && deadline < today;
}

/** Throws the decision's error (403 or 409) unless it allows. */
export function enforce(decision: Decision): void {
  if (decision.allowed) return;
  if (decision.kind === 'conflict') throw new ConflictError(decision.reason);
  throw new ForbiddenError(decision.reason);
}
