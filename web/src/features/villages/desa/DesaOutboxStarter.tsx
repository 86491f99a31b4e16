import { useEffect } from 'react';
import { useSession } from '../../../app/session.tsx';
import { hasPermission } from '../../../app/session-types.ts';

/**
 * Starts the village outbox when a desa operator opens the app on any page, so entries saved offline are sent as
 * soon as possible. It renders nothing; the outbox code is a separate small chunk loaded only for such users.
 */
export function DesaOutboxStarter() {
  const { session } = useSession();
  const userId = session && hasPermission(session, 'villages.report.submit') ? session.user.id : null;
  const csrfToken = session?.csrfToken ?? null;
  useEffect(() => {
    if (!userId) return;
    void import('./outbox-runtime.ts').then((runtime) => runtime.desaOutbox({ userId, csrfToken }));
  }, [userId, csrfToken]);
  return null;
}
