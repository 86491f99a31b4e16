import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { notifyError } from './notify.ts';
import { useRequiredSession, useSession } from './session.tsx';

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return parts
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/** The header's user button: "Akun saya" and "Keluar". */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const { logout } = useSession();
  const navigate = useNavigate();
  const name = session.user.displayName;

  const onLogout = async () => {
    try {
      await logout();
    } catch (error) {
      notifyError(error, t);
    }
    navigate('/masuk', { replace: true });
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray" px={6} aria-label={t('shell.userMenu', { name })}>
          <Avatar size={28} radius="xl" color="teal" aria-hidden>
            {initials(name)}
          </Avatar>
          <Text component="span" ml={8} visibleFrom="sm" size="sm" maw={180} truncate>
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{name}</Menu.Label>
        <Menu.Item component={Link} to="/akun">
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => void onLogout()}>
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
