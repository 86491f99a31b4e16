import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.ts';

/** For a 429 (too many checks from this address): how long to wait. Any other error shows `fallback`. */
export function WaitNotice({ error, fallback }: { error: unknown; fallback: ReactNode }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.status !== 429) return fallback;
  const seconds = error.retryAfterSeconds;
  return (
    <Alert color="yellow" variant="light" role="alert" title={t('verification.tooManyTitle')} data-testid="verification-wait">
      {seconds ? t('verification.tooManyWait', { count: seconds }) : t('verification.tooManyLater')}
    </Alert>
  );
}
