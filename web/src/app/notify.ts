import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorMessage } from './errors.ts';

/** Shows a short green confirmation. */
export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'green', autoClose: 4000 });
}

/** Shows a red notification carrying the server's message for the error. */
export function notifyError(error: unknown, t: TFunction): void {
  notifications.show({ title: t('errors.title'), message: errorMessage(error, t), color: 'red', autoClose: 8000 });
}
