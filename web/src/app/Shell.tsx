import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { SkipLink } from '../ui/SkipLink.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NavLinks } from './NavLinks.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { visibleNavItems } from './nav.ts';
import { PageLoader } from './RequireAuth.tsx';
import { useRequiredSession } from './session.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The signed-in layout: header (product, tenant, language, user menu), navigation and the page. */
export function Shell() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const shownPath = useRef(location.pathname);

  // After client-side navigation, move focus to the main region so screen readers start at the new page.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    document.getElementById('main-content')?.focus();
  }, [location.pathname]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <SkipLink target="main-content" label={t('shell.skipToContent')} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('shell.closeNav') : t('shell.openNav')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Text component={Link} to="/" fw={800} fz="lg" c="teal.8" style={{ textDecoration: 'none' }}>
              Pamong
            </Text>
            <Text c="dimmed" size="sm" truncate visibleFrom="xs" data-testid="tenant-name">
              {session.tenant.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="main-navigation" aria-label={t('shell.navigation')} p="sm" inert={isPhone && !opened}>
        <Text size="xs" c="dimmed" hiddenFrom="xs" mb="xs">
          {session.tenant.name}
        </Text>
        <NavLinks items={visibleNavItems(session)} pathname={location.pathname} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <ErrorBoundary
          key={location.pathname}
          title={t('errors.title')}
          body={t('errors.pageFailed')}
          retryLabel={t('errors.reload')}
        >
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
