import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserListItem } from '../../../../src/modules/identity/identity.contract.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { adminKeys, fetchUsers } from './admin.api.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { EditRolesForm, ResetPasswordForm, ResetTotpForm } from './UserDialogs.tsx';

type Dialog =
  | { kind: 'create' }
  | { kind: 'roles'; user: UserListItem }
  | { kind: 'reset'; user: UserListItem }
  | { kind: 'totp'; user: UserListItem }
  | null;

function useColumns(open: (dialog: Dialog) => void): Column<UserListItem>[] {
  const { t } = useTranslation();
  return [
    { key: 'name', header: t('admin.displayName'), render: (u) => u.displayName, rowHeader: true },
    { key: 'login', header: t('admin.login'), render: (u) => [u.email, u.nip].filter(Boolean).join(' · ') || '—' },
    {
      key: 'roles',
      header: t('admin.roles'),
      // Plain text wraps where badges would be cut short in a narrow column.
      render: (u) => u.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ') || '—',
    },
    { key: 'status', header: t('admin.status'), render: (u) => t(`admin.userStatus.${u.status}`, { defaultValue: u.status }) },
    { key: 'totp', header: t('admin.totp'), render: (u) => (u.totpEnabled ? t('common.yes') : t('common.no')) },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (u) => (
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="default"
            onClick={() => open({ kind: 'roles', user: u })}
            aria-label={t('admin.editRolesOf', { name: u.displayName })}
          >
            {t('admin.editRoles')}
          </Button>
          <Button
            size="compact-xs"
            variant="default"
            color="orange"
            onClick={() => open({ kind: 'reset', user: u })}
            aria-label={t('admin.resetPasswordOf', { name: u.displayName })}
          >
            {t('admin.resetPassword')}
          </Button>
          {u.totpEnabled ? (
            <Button
              size="compact-xs"
              variant="default"
              color="orange"
              onClick={() => open({ kind: 'totp', user: u })}
              aria-label={t('admin.totpResetOf', { name: u.displayName })}
            >
              {t('admin.totpReset')}
            </Button>
          ) : null}
        </Group>
      ),
    },
  ];
}

function dialogTitle(dialog: Dialog, t: (key: string, options?: Record<string, string>) => string): string {
  if (!dialog) return '';
  if (dialog.kind === 'create') return t('admin.newUser');
  if (dialog.kind === 'roles') return t('admin.editRolesOf', { name: dialog.user.displayName });
  if (dialog.kind === 'totp') return t('admin.totpResetOf', { name: dialog.user.displayName });
  return t('admin.resetPasswordOf', { name: dialog.user.displayName });
}

/** "Pengguna" tab: the tenant's users, with create, edit roles and reset password. */
export function UsersPanel() {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useQuery({ queryKey: adminKeys.users, queryFn: fetchUsers });
  const columns = useColumns(setDialog);
  const close = () => setDialog(null);

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('admin.usersIntro')}
        </Text>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('admin.newUser')}</Button>
      </Group>
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {query.data ? (
        <SimpleTable
          caption={t('admin.usersCaption')}
          columns={columns}
          rows={query.data}
          rowKey={(u) => u.id}
          emptyText={t('admin.noUsers')}
          testId="users-table"
        />
      ) : null}
      <Modal opened={dialog !== null} onClose={close} title={dialogTitle(dialog, t)} size="lg">
        {dialog?.kind === 'create' ? <CreateUserForm onDone={close} /> : null}
        {dialog?.kind === 'roles' ? <EditRolesForm user={dialog.user} onDone={close} /> : null}
        {dialog?.kind === 'reset' ? <ResetPasswordForm user={dialog.user} onDone={close} /> : null}
        {dialog?.kind === 'totp' ? <ResetTotpForm user={dialog.user} onDone={close} /> : null}
      </Modal>
    </Stack>
  );
}
