/** One mutation of a PK: shows the success note, refreshes the PK and the lists, reloads on a 409 (stale version). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../app/api.ts';
import { notifySuccess } from '../../../app/notify.ts';
import { type AgreementView, agreementKeys } from './agreements.api.ts';

const isAgreement = (value: unknown): value is AgreementView =>
  typeof value === 'object' && value !== null && 'items' in value && 'budgets' in value;

/** A mutation whose answer (a PK view, or anything else) refreshes the PK `agreementId` and every PK list. */
export function useAgreementChange<Vars, Result>(
  agreementId: string,
  run: (vars: Vars) => Promise<Result>,
  options: { success?: (result: Result) => string; onDone?: (result: Result) => void } = {},
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      if (isAgreement(result)) client.setQueryData(agreementKeys.one(result.id), result);
      void client.invalidateQueries({ queryKey: agreementKeys.all });
      if (options.success) notifySuccess(options.success(result));
      options.onDone?.(result);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void client.invalidateQueries({ queryKey: agreementKeys.one(agreementId) });
    },
  });
}
