/** State of the worksheet: unsaved answer changes, saving with the version, lifecycle actions and their outcomes. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../../../app/api.ts';
import { notifySuccess } from '../../../app/notify.ts';
import {
  type AnswerChange,
  type Basis,
  type Criterion,
  type EvaluationView,
  type EvidenceLink,
  evaluationKeys,
  reopenEvaluation,
  runAction,
  saveAnswers,
  type VersionAction,
} from '../evaluation.api.ts';

/** An unsaved change of one criterion: only what the user touched. */
export interface DraftChange {
  answer?: string | null;
  note?: string;
  evidence?: EvidenceLink[];
}

/** The stored answer, note and evidence of a criterion on a basis. */
export const storedOf = (c: Criterion, basis: Basis) => ({
  answer: basis === 'self' ? c.selfAnswer : c.finalAnswer,
  note: (basis === 'self' ? c.selfNote : c.evaluatorNote) ?? '',
  evidence: c.evidence,
});

/** The request body's answers for the draft: the answer always (stored when untouched), note and evidence when changed. */
export function answersOfDraft(view: EvaluationView, basis: Basis, draft: Record<string, DraftChange>): AnswerChange[] {
  const criteria = new Map(view.worksheet.flatMap((c) => c.subComponents.flatMap((s) => s.criteria)).map((k) => [k.id, k]));
  return Object.entries(draft).flatMap(([criterionId, change]) => {
    const criterion = criteria.get(criterionId);
    if (!criterion) return [];
    const stored = storedOf(criterion, basis);
    return [
      {
        criterionId,
        answer: change.answer === undefined ? stored.answer : change.answer,
        ...(change.note === undefined ? {} : { note: change.note.trim() === '' ? null : change.note.trim() }),
        ...(change.evidence === undefined ? {} : { evidence: change.evidence }),
      },
    ];
  });
}

const isStale = (error: unknown) => error instanceof ApiError && error.status === 409 && error.fields.length === 0;

/** The worksheet's draft, save and actions for one loaded evaluation; `basis` is the one the user edits (or null). */
export function useWorksheet(view: EvaluationView, basis: Basis | null) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Record<string, DraftChange>>({});
  const [stale, setStale] = useState(false);
  const [blockers, setBlockers] = useState<FieldError[]>([]);
  const reload = () => void client.invalidateQueries({ queryKey: evaluationKeys.one(view.id) });
  const accept = (saved: EvaluationView) => {
    client.setQueryData(evaluationKeys.one(saved.id), saved);
    void client.invalidateQueries({ queryKey: ['evaluation', 'list'] });
    setStale(false);
  };
  const onError = (error: unknown) => {
    if (isStale(error)) {
      setStale(true);
      reload();
    }
  };
  const save = useMutation({
    mutationFn: () => saveAnswers(view.id, basis ?? 'self', view.version, answersOfDraft(view, basis ?? 'self', draft)),
    onSuccess: (saved) => {
      accept(saved);
      setDraft({});
      notifySuccess(t('evaluation.worksheet.saved'));
    },
    onError,
  });
  const action = useMutation({
    mutationFn: (a: VersionAction) => runAction(view.id, a, view.version),
    onMutate: () => setBlockers([]),
    onSuccess: (saved, a) => {
      accept(saved);
      notifySuccess(t(`evaluation.actions.done.${a}`));
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.fields.length > 0) setBlockers(error.fields);
      onError(error);
    },
  });
  const reopen = useMutation({
    mutationFn: (reason: string) => reopenEvaluation(view.id, view.version, reason),
    onSuccess: (saved) => {
      accept(saved);
      notifySuccess(t('evaluation.actions.done.reopen'));
    },
    onError,
  });
  const change = (criterionId: string, patch: DraftChange) =>
    setDraft((d) => ({ ...d, [criterionId]: { ...d[criterionId], ...patch } }));
  return { draft, change, discard: () => setDraft({}), save, action, reopen, stale, blockers, dirty: Object.keys(draft).length };
}

/** What `useWorksheet` returns. */
export type Worksheet = ReturnType<typeof useWorksheet>;
