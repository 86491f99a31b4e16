import { Alert, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OutgoingQueueView } from '../../../../src/modules/correspondence/work-queues.contract.ts';
import { api } from '../../app/api.ts';
import { currentLocale } from '../../app/i18n/index.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';

/** The outgoing drafts waiting for my paraf (`verify`) or signature (`sign`). */
export function OutgoingQueueList({ kind }: { kind: 'verify' | 'sign' }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['outgoing-queue', kind],
    queryFn: () => api<OutgoingQueueView>(`/api/letters/outgoing/queue?kind=${kind}`),
  });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <Alert color="red">{t('errors.pageFailed')}</Alert>;
  if (query.data.items.length === 0)
    return <Text c="dimmed">{kind === 'verify' ? t('queues.emptyVerify') : t('queues.emptySign')}</Text>;
  const date = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('queues.columns.hal')}</Table.Th>
            <Table.Th>{t('queues.columns.type')}</Table.Th>
            <Table.Th>{t('queues.columns.number')}</Table.Th>
            <Table.Th>{t('queues.columns.version')}</Table.Th>
            <Table.Th>{t('queues.columns.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data.items.map((item) => (
            <Table.Tr key={item.draftId}>
              <Table.Td>{item.hal}</Table.Td>
              <Table.Td>{item.typeCode}</Table.Td>
              <Table.Td>{item.number ?? '—'}</Table.Td>
              <Table.Td>{item.version}</Table.Td>
              <Table.Td>{date.format(new Date(item.updatedAt))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
