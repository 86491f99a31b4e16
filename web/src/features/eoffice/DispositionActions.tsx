import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DispositionView } from './eoffice.api.ts';

/** Any action a user can pick on a disposition. */
export type DispositionAction = 'forward' | 'complete' | 'close' | 'reject' | 'cancel';

const RECIPIENT_FROM: Record<Exclude<DispositionAction, 'cancel'>, DispositionView['status'][]> = {
  forward: ['terkirim', 'dibaca', 'diteruskan'],
  complete: ['terkirim', 'dibaca', 'diteruskan'],
  close: ['terkirim', 'dibaca'],
  reject: ['terkirim', 'dibaca'],
};

/** The actions to offer (the server decides again): the recipient's by state, and cancel for the sender while unread. */
export function actionsOffered(d: DispositionView, isRecipient: boolean, isSender: boolean): DispositionAction[] {
  const offered: DispositionAction[] = [];
  if (isRecipient)
    for (const [action, from] of Object.entries(RECIPIENT_FROM))
      if (from.includes(d.status)) offered.push(action as DispositionAction);
  if (isSender && d.status === 'terkirim') offered.push('cancel');
  return offered;
}

const LABEL: Record<DispositionAction, string> = {
  forward: 'eoffice.actions.forward',
  complete: 'eoffice.actions.complete',
  close: 'eoffice.actions.close',
  reject: 'eoffice.actions.reject',
  cancel: 'eoffice.actions.cancel',
};

interface DispositionActionsProps {
  disposition: DispositionView;
  offered: DispositionAction[];
  onPick: (action: DispositionAction, disposition: DispositionView) => void;
}

/** Buttons for the offered actions, each named with the disposition it acts on. */
export function DispositionActions({ disposition, offered, onPick }: DispositionActionsProps) {
  const { t } = useTranslation();
  if (offered.length === 0) return null;
  return (
    <Group gap="xs" wrap="wrap">
      {offered.map((action) => (
        <Button
          key={action}
          size="compact-sm"
          variant={action === 'forward' || action === 'complete' ? 'filled' : 'default'}
          color={action === 'reject' || action === 'cancel' ? 'red' : undefined}
          onClick={() => onPick(action, disposition)}
          aria-label={t('eoffice.actions.of', { action: t(LABEL[action]), to: disposition.toPosition.name })}
        >
          {t(LABEL[action])}
        </Button>
      ))}
    </Group>
  );
}
