import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countText, useWorkQueues, type WorkQueueCounts } from '../../app/work-queues.ts';

type CountKey = 'toSign' | 'toVerify' | 'incomingUnread' | 'tembusanUnread' | 'dispositionsToAct' | 'overdue';

/** Each chip: the counter it shows and the e-Office tab it opens. */
const CHIPS: { key: CountKey; tab: string; color: string }[] = [
  { key: 'toSign', tab: 'tandatangan', color: 'teal' },
  { key: 'toVerify', tab: 'verifikasi', color: 'teal' },
  { key: 'incomingUnread', tab: 'masuk', color: 'blue' },
  { key: 'tembusanUnread', tab: 'masuk', color: 'gray' },
  { key: 'dispositionsToAct', tab: 'disposisi', color: 'blue' },
  { key: 'overdue', tab: 'disposisi', color: 'red' },
];

/** The row of queue chips at the top of the e-Office page, each linking to its tab. */
export function QueueChips() {
  const { t } = useTranslation();
  const { data } = useWorkQueues();
  const counts: Partial<WorkQueueCounts> = data ?? {};
  return (
    <Group gap="xs" mb="md" component="nav" aria-label={t('queues.chipsLabel')} data-testid="queue-chips">
      {CHIPS.map(({ key, tab, color }) => {
        const count = counts[key] ?? 0;
        const label = t(`queues.chip.${key}`);
        return (
          <Badge
            key={key}
            component={Link}
            to={`/e-office?tab=${tab}`}
            variant={count > 0 ? 'filled' : 'light'}
            color={count > 0 ? color : 'gray'}
            size="lg"
            style={{ cursor: 'pointer', textTransform: 'none' }}
            aria-label={t('queues.chipAria', { label, count: countText(count) })}
          >
            {label} · {countText(count)}
          </Badge>
        );
      })}
    </Group>
  );
}
