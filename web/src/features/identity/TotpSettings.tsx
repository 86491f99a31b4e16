import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify.ts';
import { SESSION_KEY } from '../../app/session.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { disableTotp, enableTotp, setupTotp } from './identity.api.ts';

function CodeForm({ submitLabel, onSubmit, pending, error, color }: CodeFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(code);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={320}>
        <TextInput
          label={t('login.totpCode')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
        />
        <ErrorAlert error={error} />
        <Button type="submit" color={color} loading={pending} disabled={code.length !== 6} w="fit-content">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

interface CodeFormProps {
  submitLabel: string;
  onSubmit: (code: string) => void;
  pending: boolean;
  error: unknown;
  color?: string;
}

/** Two-step verification: set up (secret + URI as text, confirm with a code) or turn off. */
export function TotpSettings({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refreshSession = () => queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  const setup = useMutation({ mutationKey: ['auth.totp-setup'], mutationFn: setupTotp });
  const enable = useMutation({
    mutationKey: ['auth.totp-enable'],
    mutationFn: enableTotp,
    onSuccess: () => {
      setup.reset();
      notifySuccess(t('account.totpEnabled'));
      void refreshSession();
    },
  });
  const disable = useMutation({
    mutationKey: ['auth.totp-disable'],
    mutationFn: disableTotp,
    onSuccess: () => {
      notifySuccess(t('account.totpDisabled'));
      void refreshSession();
    },
  });

  if (enabled) {
    return (
      <Stack>
        <Alert color="teal" variant="light">
          {t('account.totpIsOn')}
        </Alert>
        <Text size="sm">{t('account.totpDisableHint')}</Text>
        <CodeForm
          submitLabel={t('account.totpDisable')}
          onSubmit={(code) => disable.mutate(code)}
          pending={disable.isPending}
          error={disable.error}
          color="red"
        />
      </Stack>
    );
  }
  if (!setup.data) {
    return (
      <Stack align="flex-start">
        <Text size="sm">{t('account.totpIsOff')}</Text>
        <ErrorAlert error={setup.error} />
        <Button onClick={() => setup.mutate()} loading={setup.isPending}>
          {t('account.totpSetup')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack>
      <Text size="sm">{t('account.totpScan')}</Text>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('account.totpSecret')}:
        </Text>
        <Code data-testid="totp-secret">{setup.data.secret}</Code>
      </Group>
      <Text size="sm" fw={600}>
        {t('account.totpUri')}:
      </Text>
      <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
        {setup.data.otpauthUri}
      </Code>
      <CodeForm
        submitLabel={t('account.totpEnable')}
        onSubmit={(code) => enable.mutate(code)}
        pending={enable.isPending}
        error={enable.error}
      />
    </Stack>
  );
}
