import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '../../../src/shared/permissions.ts';
import { useSession } from './session.tsx';
import { hasPermission } from './session-types.ts';

/** A centred spinner with an accessible name, for pages and lazy chunks being loaded. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** Renders its children only for a signed-in user; otherwise redirects to the login page and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageLoader />;
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/masuk' : `/masuk?next=${encodeURIComponent(next)}`} replace />;
  }
  if (session.user.mustChangePassword && location.pathname !== '/akun') return <Navigate to="/akun" replace />;
  return children;
}

/** Renders its children only when the user holds one of the permissions; otherwise a "no access" notice. */
export function RequirePermission({ anyOf, children }: { anyOf: Permission[]; children: ReactNode }) {
  const { session } = useSession();
  const { t } = useTranslation();
  if (anyOf.some((permission) => hasPermission(session, permission))) return children;
  return (
    <Center py="xl" role="alert">
      {t('errors.forbidden')}
    </Center>
  );
}
