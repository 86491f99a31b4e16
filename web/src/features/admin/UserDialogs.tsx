import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserListItem } from '../../../../src/modules/identity/identity.contract.ts';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { adminKeys, resetUserPassword, resetUserTotp, updateUserRoles } from './admin.api.ts';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';

/** Edits one user's roles. */
export function EditRolesForm({ user, onDone }: { user: UserListItem; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<string[]>(user.roles);
  const mutation = useMutation({
    mutationFn: () => updateUserRoles(user.id, roles),
    onSuccess: () => {
      notifySuccess(t('admin.rolesSaved', { name: user.displayName }));
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      onDone();
    },
  });
  return (
    <Stack>
      <RoleCheckboxes value={roles} onChange={setRoles} />
      <ErrorAlert error={mutation.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => mutation.mutate()} loading={mutation.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Confirms and performs a password reset; shows the temporary password exactly once. */
export function ResetPasswordForm({ user, onDone }: { user: UserListItem; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useMutation({ mutationFn: () => resetUserPassword(user.id) });
  if (mutation.data) {
    const password = mutation.data.temporaryPassword;
    return (
      <Stack>
        <Alert color="orange" variant="light" role="status" title={t('admin.tempPasswordTitle')}>
          {t('admin.tempPasswordOnce')}
        </Alert>
        <Group gap="xs">
          <Code fz="lg" data-testid="temporary-password">
            {password}
          </Code>
          <CopyButton value={password}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button onClick={onDone}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <ConfirmStep
      text={t('admin.resetConfirm', { name: user.displayName })}
      confirmLabel={t('admin.resetPassword')}
      mutation={mutation}
      onCancel={onDone}
    />
  );
}

/** Confirms and switches off a user's authenticator; they set it up again after their next login. */
export function ResetTotpForm({ user, onDone }: { user: UserListItem; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => resetUserTotp(user.id),
    onSuccess: () => {
      notifySuccess(t('admin.totpResetDone', { name: user.displayName }));
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      onDone();
    },
  });
  return (
    <ConfirmStep
      text={t('admin.totpResetConfirm', { name: user.displayName })}
      confirmLabel={t('admin.totpReset')}
      mutation={mutation}
      onCancel={onDone}
    />
  );
}

/** A question, the error of the last try, and Cancel / confirm buttons for a risky admin action. */
function ConfirmStep(props: {
  text: string;
  confirmLabel: string;
  mutation: { mutate: () => void; isPending: boolean; error: unknown };
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text>{props.text}</Text>
      <ErrorAlert error={props.mutation.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color="orange" onClick={() => props.mutation.mutate()} loading={props.mutation.isPending}>
          {props.confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
