/** One PK Kepala Desa mutation: shows the success note and refreshes every PK list of the page. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifySuccess } from '../../../app/notify.ts';
import { villageAgreementKeys } from './agreement.api.ts';

/** A mutation that refreshes the PK lists when it succeeds (and after a 409, so the page shows the current state). */
export function usePkChange<Vars, Result>(
  run: (vars: Vars) => Promise<Result>,
  options: { success: string; onDone?: (result: Result) => void },
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: villageAgreementKeys.all });
      notifySuccess(options.success);
      options.onDone?.(result);
    },
    onError: () => void client.invalidateQueries({ queryKey: villageAgreementKeys.all }),
  });
}
