/** Whether the signed-in user prepares PKs (holds `performance.plan.manage`); the server still decides per OPD. */
import { useQueryClient } from '@tanstack/react-query';
import type { SessionView } from '../../../../../src/modules/identity/identity.contract.ts';
import { SESSION_KEY } from '../../../app/session.tsx';
import { hasPermission } from '../../../app/session-types.ts';

/**
 * True unless the loaded session lacks `performance.plan.manage` (e.g. a Bupati who only signs), so the editing
 * buttons are hidden from people the server would refuse. With no session loaded it stays true: the server decides.
 */
export function useMayPrepare(): boolean {
  const session = useQueryClient().getQueryData<SessionView | null>(SESSION_KEY);
  return session === undefined ? true : hasPermission(session, 'performance.plan.manage');
}
