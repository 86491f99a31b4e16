import { Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../app/errors.ts';
import { notifySuccess } from '../../app/notify.ts';
import { SESSION_KEY } from '../../app/session.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { changePassword, MIN_PASSWORD_LENGTH } from './identity.api.ts';

/** Current password + new password (twice). */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationKey: ['auth.password'],
    mutationFn: changePassword,
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setRepeat('');
      notifySuccess(t('account.passwordChanged'));
      void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next.length < MIN_PASSWORD_LENGTH) return setLocalError(t('account.passwordTooShort', { count: MIN_PASSWORD_LENGTH }));
    if (next !== repeat) return setLocalError(t('account.passwordMismatch'));
    setLocalError(null);
    mutation.mutate({ currentPassword: current, newPassword: next });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-password-title">
      <Stack maw={420}>
        <PasswordInput
          label={t('account.currentPassword')}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
          required
          error={fieldError(mutation.error, 'currentPassword')}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.passwordRule', { count: MIN_PASSWORD_LENGTH })}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          autoComplete="new-password"
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
          required
          error={fieldError(mutation.error, 'newPassword')}
        />
        <PasswordInput
          label={t('account.repeatPassword')}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          autoComplete="new-password"
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
          required
        />
        <ErrorAlert message={localError} error={localError ? null : mutation.error} />
        <Button type="submit" loading={mutation.isPending} w="fit-content" disabled={!current || !next}>
          {t('account.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
