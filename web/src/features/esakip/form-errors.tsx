import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

/** The server's message for one body field (`title`, `targets.2.min`), if it sent one. */
export function bodyFieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.find((f) => f.field === `body.${field}` || f.field === field)?.message;
}

/**
 * The request's error as an alert (a 403 shows the server's reason), listing the field messages that no input on
 * the form shows (`shown` are the body fields that have an input).
 */
export function FormError({ error, shown = [] }: { error: unknown; shown?: readonly string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const others = error instanceof ApiError ? error.fields.filter((f) => !shown.includes(f.field.replace(/^body\./, ''))) : [];
  if (others.length === 0) return <ErrorAlert error={error} />;
  return <ErrorAlert error={error} message={`${errorMessage(error, t)} ${others.map((f) => f.message).join(' ')}`} />;
}

/** Shows a list of plain messages (used by client-side checks). */
export function MessageList({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <List size="sm" c="red" role="alert">
      {messages.map((m) => (
        <List.Item key={m}>{m}</List.Item>
      ))}
    </List>
  );
}
