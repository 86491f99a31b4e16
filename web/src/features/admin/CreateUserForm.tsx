import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateUserInput } from '../../../../src/modules/identity/identity.contract.ts';
import { fieldError } from '../../app/errors.ts';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { MIN_PASSWORD_LENGTH } from '../identity/identity.api.ts';
import { adminKeys, createUser } from './admin.api.ts';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';

/** Form for a new user: name, e-mail and/or NIP, initial password, roles. */
export function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [nip, setNip] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<CreateUserInput['roles']>(['staf']);
  const [localError, setLocalError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: () => {
      notifySuccess(t('admin.userCreated', { name: displayName }));
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      onDone();
    },
  });
  const error = mutation.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() && !nip.trim()) return setLocalError(t('admin.emailOrNip'));
    if (password.length < MIN_PASSWORD_LENGTH)
      return setLocalError(t('account.passwordTooShort', { count: MIN_PASSWORD_LENGTH }));
    setLocalError(null);
    mutation.mutate({
      displayName: displayName.trim(),
      email: email.trim() || undefined,
      nip: nip.trim() || undefined,
      password,
      roles,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('admin.displayName')}
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          required
          error={fieldError(error, 'displayName')}
          data-autofocus
        />
        <TextInput
          label={t('admin.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError(error, 'email')}
        />
        <TextInput
          label={t('admin.nip')}
          value={nip}
          onChange={(e) => setNip(e.currentTarget.value)}
          inputMode="numeric"
          error={fieldError(error, 'nip')}
        />
        <PasswordInput
          label={t('admin.initialPassword')}
          description={t('account.passwordRule', { count: MIN_PASSWORD_LENGTH })}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="new-password"
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
          required
          error={fieldError(error, 'password')}
        />
        <RoleCheckboxes value={roles} onChange={setRoles} error={fieldError(error, 'roles')} />
        <ErrorAlert message={localError} error={localError ? null : error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={!displayName.trim()}>
            {t('admin.createUser')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
