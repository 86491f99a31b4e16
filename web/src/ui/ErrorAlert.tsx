import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/errors.ts';

interface ErrorAlertProps {
  /** A thrown value (ApiError or other); its translated message is shown. */
  error?: unknown;
  /** A message to show instead, e.g. from client-side validation. */
  message?: string | null;
  title?: string;
}

/** Announces an error to screen readers (role=alert) and shows it inline. Renders nothing without an error. */
export function ErrorAlert({ error, message, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const text = message || (error ? errorMessage(error, t) : null);
  if (!text) return null;
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert">
      {text}
    </Alert>
  );
}
