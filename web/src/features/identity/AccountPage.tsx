import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifyError } from '../../app/notify.ts';
import { useRequiredSession, useSession } from '../../app/session.tsx';
import { hasPermission } from '../../app/session-types.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { DelegationPanel } from './DelegationPanel.tsx';
import { TotpSettings } from './TotpSettings.tsx';

function LogoutEverywhere() {
  const { t } = useTranslation();
  const { logout } = useSession();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [pending, setPending] = useState(false);
  const confirm = async () => {
    setPending(true);
    try {
      await logout(true);
      navigate('/masuk', { replace: true });
    } catch (error) {
      notifyError(error, t);
      setPending(false);
    }
  };
  return (
    <>
      <Text size="sm">{t('account.logoutAllHint')}</Text>
      <Button color="red" variant="light" onClick={open} w="fit-content">
        {t('account.logoutAll')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('account.logoutAll')} centered>
        <Stack>
          <Text>{t('account.logoutAllConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirm()} loading={pending}>
              {t('account.logoutAllYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack>
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** `/akun`: the user's profile, password, two-step verification and "log out everywhere". */
export function AccountPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const { user } = session;
  return (
    <>
      <PageHeader title={t('account.title')} description={`${user.displayName} · ${user.email ?? user.nip ?? ''}`} />
      <Stack>
        {user.mustChangePassword ? (
          <Alert color="orange" role="alert" title={t('account.mustChangeTitle')}>
            {t('account.mustChange')}
          </Alert>
        ) : null}
        <Section id="change-password-title" title={t('account.changePassword')}>
          <ChangePasswordForm />
        </Section>
        <Section id="totp-title" title={t('account.totpTitle')}>
          <TotpSettings enabled={user.totpEnabled} />
        </Section>
        {hasPermission(session, 'organization.read') ? (
          <Section id="delegation-title" title={t('delegation.title')}>
            <DelegationPanel />
          </Section>
        ) : null}
        <Section id="sessions-title" title={t('account.sessionsTitle')}>
          <LogoutEverywhere />
        </Section>
      </Stack>
    </>
  );
}
