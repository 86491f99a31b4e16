import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../../src/modules/identity/identity.contract.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { verifyTotp } from './identity.api.ts';

/** Second login step: the 6-digit code from the authenticator app. */
export function TotpStep({ onSession, onBack }: { onSession: (session: SessionView) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const mutation = useMutation({ mutationKey: ['auth.totp'], mutationFn: verifyTotp, onSuccess: onSession });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(code.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('login.totpIntro')}</Text>
        <TextInput
          label={t('login.totpCode')}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          data-autofocus
          autoFocus
        />
        <ErrorAlert error={mutation.error} title={t('login.failed')} />
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            {t('common.back')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={code.length !== 6}>
            {t('login.verify')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
