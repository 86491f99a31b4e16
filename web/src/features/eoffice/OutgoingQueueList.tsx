import { Alert, Anchor, Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OutgoingQueueView } from '../../../../src/modules/correspondence/work-queues.contract.ts';
import { api } from '../../app/api.ts';
import { currentLocale } from '../../app/i18n/index.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { WIB } from '../verification/verification-format.ts';
import { statusColor } from './outgoing/outgoing-draft.ts';

type QueueKind = 'verify' | 'sign' | 'mine';

const EMPTY: Record<QueueKind, string> = { verify: 'queues.emptyVerify', sign: 'queues.emptySign', mine: 'outgoing.emptyMine' };

/** The outgoing drafts waiting for my paraf (`verify`) or signature (`sign`), or my own drafts (`mine`); rows open the draft. */
export function OutgoingQueueList({ kind }: { kind: QueueKind }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['outgoing-queue', kind],
    queryFn: () => api<OutgoingQueueView>(`/api/letters/outgoing/queue?kind=${kind}`),
  });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <Alert color="red">{t('errors.pageFailed')}</Alert>;
  if (query.data.items.length === 0) return <Text c="dimmed">{t(EMPTY[kind])}</Text>;
  // Times in WIB like every other e-Office screen, whatever the browser's own time zone.
  const date = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: WIB });
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('queues.columns.hal')}</Table.Th>
            <Table.Th>{t('queues.columns.type')}</Table.Th>
            {kind === 'mine' ? <Table.Th>{t('outgoing.columns.status')}</Table.Th> : null}
            <Table.Th>{t('queues.columns.number')}</Table.Th>
            <Table.Th>{t('queues.columns.version')}</Table.Th>
            <Table.Th>{t('queues.columns.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data.items.map((item) => (
            <Table.Tr key={item.draftId}>
              <Table.Td>
                <Anchor component={Link} to={`/e-office/konsep/${item.draftId}`}>
                  {item.hal}
                </Anchor>
              </Table.Td>
              <Table.Td>{item.typeCode}</Table.Td>
              {kind === 'mine' ? (
                <Table.Td>
                  <Badge color={statusColor(item.status)} variant="light">
                    {t(`outgoing.status.${item.status}`)}
                  </Badge>
                </Table.Td>
              ) : null}
              <Table.Td>{item.number ?? '—'}</Table.Td>
              <Table.Td>{item.version}</Table.Td>
              <Table.Td>{`${date.format(new Date(item.updatedAt))} WIB`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
