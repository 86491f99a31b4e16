import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MfaRequiredView, SessionView } from '../../../../src/modules/identity/identity.contract.ts';
import { ApiError } from '../../app/api.ts';
import { errorMessage, fieldError } from '../../app/errors.ts';
import { isMfaRequired, login } from './identity.api.ts';
import { TenantPicker } from './TenantPicker.tsx';
import { useCountdown } from './useCountdown.ts';

interface LoginFormProps {
  tenant: string;
  onTenantChange: (slug: string) => void;
  onSession: (session: SessionView) => void;
  onMfa: (answer: MfaRequiredView) => void;
}

/** First login step: tenant, NIP or e-mail, password. Announces failures and rate-limit waits. */
export function LoginForm({ tenant, onTenantChange, onSession, onMfa }: LoginFormProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const [blockedFor, setBlockedFor] = useState(0);
  const wait = useCountdown(blockedUntil);
  const mutation = useMutation({
    mutationKey: ['auth.login'],
    mutationFn: login,
    onSuccess: (answer) => (isMfaRequired(answer) ? onMfa(answer) : onSession(answer)),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 429) {
        const seconds = error.retryAfterSeconds ?? 60;
        setBlockedFor(seconds);
        setBlockedUntil(Date.now() + seconds * 1000);
      }
    },
  });
  const error = mutation.error;
  const rateLimited = error instanceof ApiError && error.status === 429;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ tenant, username: username.trim(), password });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('login.formLabel')}>
      <Stack>
        <TenantPicker value={tenant} onChange={onTenantChange} error={fieldError(error, 'tenant')} />
        <TextInput
          label={t('login.username')}
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          autoComplete="username"
          required
          error={fieldError(error, 'username')}
        />
        <PasswordInput
          label={t('login.password')}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          autoComplete="current-password"
          required
          error={fieldError(error, 'password')}
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        {error ? (
          <Alert color="red" variant="light" role="alert" title={t('login.failed')}>
            {errorMessage(error, t)}
            {rateLimited ? ` ${t('login.waitSeconds', { count: blockedFor })}` : ''}
          </Alert>
        ) : null}
        <Button type="submit" loading={mutation.isPending} disabled={!tenant || !username || !password || wait > 0}>
          {wait > 0 ? t('login.submitWait', { count: wait }) : t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
