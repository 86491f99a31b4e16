import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxItem, OutboxState } from './outbox-core.ts';
import { pendingItems } from './outbox-core.ts';

const STATE_COLOR: Record<OutboxState, string> = {
  waiting: 'yellow',
  sending: 'blue',
  sent: 'green',
  conflict: 'red',
  rejected: 'red',
};

/** What the user can do about the queue. */
export interface PendingActions {
  onSendNow: () => void;
  onDiscard: (clientId: string) => void;
  onResendAsNew: (clientId: string) => void;
  onEdit: (item: OutboxItem) => void;
}

/** A readable name of a field path: `evidence.households.2.noKk` → "KK 3 · No KK". */
function useFieldLabel() {
  const { t } = useTranslation();
  return (path: string) => {
    const row = /^evidence\.(households|children)\.(\d+)\.(\w+)$/.exec(path);
    if (row)
      return `${t(`villagesDesa.evidence.${row[1]}Row`, { n: Number(row[2]) + 1 })} · ${t(`villagesDesa.evidence.${row[3]}`)}`;
    const ikm = /^evidence\.ikm\.(\w+)$/.exec(path);
    if (ikm) return t(`villagesDesa.evidence.${ikm[1]}`);
    return t(`villagesDesa.form.${path}`, { defaultValue: path });
  };
}

function ItemActions({ item, actions }: { item: OutboxItem; actions: PendingActions }) {
  const { t } = useTranslation();
  const name = `${item.label.indicatorCode} ${item.body.quarter}`;
  return (
    <Group gap="xs" mt={4}>
      {item.state === 'conflict' ? (
        <Button size="sm" variant="light" onClick={() => actions.onResendAsNew(item.clientId)}>
          {t('villagesDesa.pending.resendAsNew')}
        </Button>
      ) : null}
      {item.state === 'rejected' ? (
        <Button size="sm" variant="light" onClick={() => actions.onEdit(item)}>
          {t('villagesDesa.pending.edit')}
        </Button>
      ) : null}
      <Button
        size="sm"
        variant="subtle"
        color="red"
        onClick={() => actions.onDiscard(item.clientId)}
        aria-label={t('villagesDesa.pending.discardAria', { name })}
      >
        {t('villagesDesa.pending.discard')}
      </Button>
    </Group>
  );
}

function PendingRow({ item, userId, actions }: { item: OutboxItem; userId: string; actions: PendingActions }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const mine = item.userId === userId;
  const stopped = item.state === 'conflict' || item.state === 'rejected';
  return (
    <List.Item>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={500}>
          {t('villagesDesa.pending.itemTitle', {
            code: item.label.indicatorCode,
            quarter: item.body.quarter,
            year: item.body.year,
          })}
          <Text span size="sm" c="dimmed" display="block">
            {item.label.indicatorName} · {item.label.desaName} · {t('villagesDesa.pending.value', { value: item.body.value })}
            {item.photos.length > 0 ? ` · ${t('villagesDesa.pending.photos', { count: item.photos.length })}` : ''}
          </Text>
        </Text>
        <Badge color={STATE_COLOR[item.state]} variant="light" style={{ flexShrink: 0 }}>
          {t(`villagesDesa.state.${item.state}`)}
        </Badge>
      </Group>
      {!mine ? (
        <Text size="xs" c="dimmed">
          {t('villagesDesa.pending.otherAccount')}
        </Text>
      ) : null}
      {item.lastError ? (
        <Text size="xs" c={stopped ? 'red' : 'dimmed'}>
          {t(`villagesDesa.problem.${item.lastError}`)}
        </Text>
      ) : null}
      {item.fieldErrors.length > 0 ? (
        <List size="xs" c="red" withPadding>
          {item.fieldErrors.map((f) => (
            <List.Item key={`${f.field}:${f.message}`}>
              {fieldLabel(f.field)}: {f.message}
            </List.Item>
          ))}
        </List>
      ) : null}
      {mine && item.state !== 'sending' && item.state !== 'sent' ? <ItemActions item={item} actions={actions} /> : null}
    </List.Item>
  );
}

/**
 * "Menunggu dikirim: N" with every entry still on the phone, its state and what went wrong, and "Kirim sekarang".
 * Entries accepted by the server stay listed as "Terkirim" for a day.
 */
export function PendingPanel(props: { items: readonly OutboxItem[]; userId: string; online: boolean } & PendingActions) {
  const { t } = useTranslation();
  const { items, userId, online, ...actions } = props;
  const pending = pendingItems(items);
  const sendable = pending.some((i) => i.userId === userId && i.state === 'waiting');
  const sending = pending.some((i) => i.state === 'sending');
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="desa-pending-title">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text id="desa-pending-title" fw={600} role="status" aria-live="polite">
            {t('villagesDesa.pending.count', { count: pending.length })}
          </Text>
          <Badge color={online ? 'green' : 'gray'} variant="dot" size="lg">
            {online ? t('villagesDesa.online') : t('villagesDesa.offline')}
          </Badge>
        </Group>
        {pending.length > 0 ? (
          <Button size="md" fullWidth onClick={actions.onSendNow} disabled={!sendable} loading={sending}>
            {t('villagesDesa.pending.sendNow')}
          </Button>
        ) : null}
        {items.length > 0 ? (
          <List spacing="sm" listStyleType="none" aria-label={t('villagesDesa.pending.listLabel')}>
            {items.map((item) => (
              <PendingRow key={item.clientId} item={item} userId={userId} actions={actions} />
            ))}
          </List>
        ) : null}
      </Stack>
    </Paper>
  );
}
