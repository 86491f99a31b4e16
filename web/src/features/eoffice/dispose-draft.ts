import type { DisposeBody } from './eoffice.api.ts';

/** The dispose dialog as filled in. */
export interface DisposeDraft {
  positionIds: string[];
  /** The leading recipient; needed when there are several. */
  leadingId: string | null;
  instructions: string[];
  note: string;
  deadline: string;
}

/** An empty dialog. */
export const emptyDisposeDraft = (): DisposeDraft => ({
  positionIds: [],
  leadingId: null,
  instructions: [],
  note: '',
  deadline: '',
});

/** Which field a problem belongs to and its i18n key. */
export interface DisposeProblem {
  field: 'recipients' | 'leading' | 'deadline';
  key: string;
}

/** What the browser refuses before sending: no recipient, several without one leading, a deadline in the past. */
export function disposeProblems(draft: DisposeDraft, today: string): DisposeProblem[] {
  const problems: DisposeProblem[] = [];
  if (draft.positionIds.length === 0) problems.push({ field: 'recipients', key: 'eoffice.dispose.noRecipient' });
  const leadingChosen = draft.leadingId !== null && draft.positionIds.includes(draft.leadingId);
  if (draft.positionIds.length > 1 && !leadingChosen) problems.push({ field: 'leading', key: 'eoffice.dispose.needLeading' });
  if (draft.deadline && draft.deadline < today) problems.push({ field: 'deadline', key: 'eoffice.dispose.pastDeadline' });
  return problems;
}

/** The request body: one recipient is leading by itself; optional fields are left out when empty. */
export function draftToDisposeBody(draft: DisposeDraft): DisposeBody {
  const single = draft.positionIds.length === 1;
  return {
    to: draft.positionIds.map((positionId) => ({ positionId, leading: single || positionId === draft.leadingId })),
    instructions: draft.instructions,
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    ...(draft.deadline ? { deadline: draft.deadline } : {}),
  };
}
