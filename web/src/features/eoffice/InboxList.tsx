import { Anchor, Badge, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COUNTER_CAP } from '../../../../src/modules/correspondence/correspondence.contract.ts';
import { currentLocale } from '../../app/i18n/index.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { useWorkQueues, type WorkQueueCounts } from '../../app/work-queues.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { formatLongDate } from '../verification/verification-format.ts';
import { eofficeKeys, fetchInbox, type InboxFilters, type InboxLine } from './eoffice.api.ts';
import { InboxFilterBar } from './InboxFilterBar.tsx';
import { LetterBadges } from './LetterBadges.tsx';

/** The subject as a link to the letter; unread lines are bold with a "Baru" badge. */
function HalCell({ line }: { line: InboxLine }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" miw="14rem">
      <Anchor component={Link} to={`/e-office/surat/${line.id}`} fw={line.unread ? 700 : 400} data-unread={line.unread}>
        {line.hal}
        {line.unread ? <VisuallyHidden component="span">{` ${t('eoffice.inbox.unreadHidden')}`}</VisuallyHidden> : null}
      </Anchor>
      {line.unread ? (
        <Badge size="sm" color="blue" variant="filled" aria-hidden style={{ textTransform: 'none', minWidth: 'max-content' }}>
          {t('eoffice.inbox.unread')}
        </Badge>
      ) : null}
      {line.role === 'tembusan' ? (
        <Badge size="sm" color="gray" variant="outline" style={{ textTransform: 'none', minWidth: 'max-content' }}>
          {t('eoffice.role.tembusan')}
        </Badge>
      ) : null}
    </Group>
  );
}

function useColumns(): Column<InboxLine>[] {
  const { t } = useTranslation();
  return [
    { key: 'hal', header: t('eoffice.inbox.columns.hal'), rowHeader: true, render: (line) => <HalCell line={line} /> },
    {
      key: 'sender',
      header: t('eoffice.inbox.columns.sender'),
      render: (line) => (
        <Stack gap={0}>
          <Text size="sm">{line.senderName ?? '—'}</Text>
          {line.senderOrganisation ? (
            <Text size="xs" c="dimmed">
              {line.senderOrganisation}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    { key: 'agenda', header: t('eoffice.inbox.columns.agenda'), render: (line) => line.agendaNumber ?? '—' },
    {
      key: 'received',
      header: t('eoffice.inbox.columns.received'),
      render: (line) => <span style={{ whiteSpace: 'nowrap' }}>{formatLongDate(line.receivedOn, currentLocale())}</span>,
    },
    {
      key: 'marks',
      header: t('eoffice.inbox.columns.marks'),
      render: (line) => <LetterBadges security={line.security} urgency={line.urgency} />,
    },
  ];
}

/**
 * The unread line above the list, from the work-queue counters (the chips and the navigation badge share them). Each
 * counter stops at 100 ("99+"), so a total with a stopped counter reads "more than".
 */
function unreadText(t: TFunction, counts: WorkQueueCounts): string {
  const total = counts.incomingUnread + counts.tembusanUnread;
  const stopped = counts.incomingUnread >= COUNTER_CAP || counts.tembusanUnread >= COUNTER_CAP;
  return stopped ? t('eoffice.inbox.unreadMany', { count: total - 1 }) : t('eoffice.inbox.unreadCount', { count: total });
}

/** "Surat masuk": letters addressed to my positions, filtered and ordered, paged with "Muat lagi" (keyset cursor). */
export function InboxList() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<InboxFilters>({ role: '', unread: false, order: 'newest' });
  const query = useInfiniteQuery({
    queryKey: [...eofficeKeys.inbox, filters],
    queryFn: ({ pageParam }) => fetchInbox(pageParam, filters),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const columns = useColumns();
  const lines = query.data?.pages.flatMap((page) => page.items) ?? [];
  const counts = useWorkQueues().data;
  return (
    <Stack>
      <InboxFilterBar value={filters} onChange={setFilters} />
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {query.data ? (
        <>
          {counts ? (
            <Text fw={500} data-testid="inbox-unread">
              {unreadText(t, counts)}
            </Text>
          ) : null}
          <SimpleTable
            caption={t('eoffice.inbox.caption')}
            columns={columns}
            rows={lines}
            rowKey={(line) => `${line.id}-${line.role}`}
            emptyText={t('eoffice.inbox.empty')}
            testId="inbox-table"
          />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('eoffice.inbox.shown', { count: lines.length })}
            </Text>
            {query.hasNextPage ? (
              <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('eoffice.inbox.loadMore')}
              </Button>
            ) : null}
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
