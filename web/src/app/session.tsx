import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { SessionView } from '../../../src/modules/identity/identity.contract.ts';
import { ApiError, api, csrfTokenSetterFromNow, setCsrfToken } from './api.ts';

/** Query key of the current session. */
export const SESSION_KEY = ['session'] as const;

interface SessionContextValue {
  session: SessionView | null;
  loading: boolean;
  /** Stores a session received from login/TOTP so the app switches to the signed-in state. */
  acceptSession: (session: SessionView) => void;
  /** Ends this session on the server (or everywhere) and forgets all cached data. */
  logout: (everywhere?: boolean) => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * Asks the server who is signed in and remembers that session's CSRF token. The probe may answer after a login, a
 * TOTP step or a logout that began later; its token then stays out, or a late "signed out" would strip the new
 * session's token and every change after it would be refused. A cancelled probe (forgetSessionProbes) is aborted.
 */
async function fetchSession(signal: AbortSignal): Promise<SessionView | null> {
  const setTokenUnlessChanged = csrfTokenSetterFromNow();
  try {
    const session = await api<SessionView>('/api/auth/session', { signal });
    setTokenUnlessChanged(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setTokenUnlessChanged(null);
      return null;
    }
    throw error;
  }
}

/**
 * Cancels a session probe still on its way, so its answer cannot undo what just happened: a probe sent before the
 * login (e.g. the refetch when the service worker takes over a first visit) would answer "signed out" after it.
 * The cancel restores the state the probe started from at once; the value set next is the one that stays.
 */
function forgetSessionProbes(queryClient: QueryClient): void {
  void queryClient.cancelQueries({ queryKey: SESSION_KEY });
}

/** Loads the session once and shares it with the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
    retry: 1,
  });

  const acceptSession = useCallback(
    (session: SessionView) => {
      setCsrfToken(session.csrfToken);
      forgetSessionProbes(queryClient);
      queryClient.setQueryData(SESSION_KEY, session);
    },
    [queryClient],
  );

  const logout = useCallback(
    async (everywhere = false) => {
      try {
        await api<void>(everywhere ? '/api/auth/logout-all' : '/api/auth/logout', { method: 'POST' });
      } finally {
        setCsrfToken(null);
        forgetSessionProbes(queryClient);
        // Keep the session query itself (its observer would otherwise hold the stale user) and set it to
        // "signed out"; drop everything else so the next user sees no cached data.
        queryClient.setQueryData(SESSION_KEY, null);
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      }
    },
    [queryClient],
  );

  const value = useMemo<SessionContextValue>(
    () => ({ session: query.data ?? null, loading: query.isPending, acceptSession, logout }),
    [query.data, query.isPending, acceptSession, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session state and actions; must be used inside SessionProvider. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in session; only for pages rendered behind RequireAuth. */
export function useRequiredSession(): SessionView {
  const { session } = useSession();
  if (!session) throw new Error('useRequiredSession without a session');
  return session;
}
