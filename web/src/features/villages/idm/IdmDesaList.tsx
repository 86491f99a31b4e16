import { Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import type { IdmListView, IdmStatusView } from '../villages.api.ts';
import { StatusBadge } from './StatusBadge.tsx';

type Row = IdmListView['items'][number];

/** The desa of the year: a table on wide screens, one card per desa on a phone; each opens the desa's detail. */
export function IdmDesaList({
  rows,
  statuses,
  year,
  onOpen,
}: {
  rows: Row[];
  statuses: readonly IdmStatusView[];
  year: number;
  onOpen: (regionId: string) => void;
}) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const openButton = (r: Row) => (
    <Button
      variant="subtle"
      size="compact-sm"
      onClick={() => onOpen(r.regionId)}
      aria-label={t('villagesIdm.open', { name: r.name })}
    >
      {r.name}
    </Button>
  );
  if (isPhone)
    return (
      <Stack gap="xs" data-testid="idm-cards">
        {rows.map((r) => (
          <Card key={r.regionId} withBorder component="article" padding="sm">
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={0} miw={0}>
                {openButton(r)}
                <Text size="xs" c="dimmed">
                  {r.kecamatanName ?? '—'} · {r.code}
                </Text>
              </Stack>
              <StatusBadge statuses={statuses} code={r.result?.statusCode} />
            </Group>
            <SimpleGrid cols={4} spacing={4} mt={4}>
              {(['iks', 'ike', 'ikl', 'idm'] as const).map((k) => (
                <Stack key={k} gap={0}>
                  <Text size="xs" c="dimmed">
                    {k.toUpperCase()}
                  </Text>
                  <Text size="sm" fw={k === 'idm' ? 700 : 400}>
                    {r.result?.[k] ?? '—'}
                  </Text>
                </Stack>
              ))}
            </SimpleGrid>
          </Card>
        ))}
      </Stack>
    );
  const value = (k: 'iks' | 'ike' | 'ikl' | 'idm') => (r: Row) => r.result?.[k] ?? '—';
  const columns: Column<Row>[] = [
    { key: 'kecamatan', header: t('villagesIdm.kecamatan'), render: (r) => r.kecamatanName ?? '—' },
    { key: 'desa', header: t('villagesIdm.desa'), render: openButton, rowHeader: true },
    { key: 'iks', header: 'IKS', render: value('iks') },
    { key: 'ike', header: 'IKE', render: value('ike') },
    { key: 'ikl', header: 'IKL', render: value('ikl') },
    { key: 'idm', header: 'IDM', render: value('idm') },
    {
      key: 'status',
      header: t('villagesIdm.status'),
      render: (r) => <StatusBadge statuses={statuses} code={r.result?.statusCode} />,
    },
  ];
  return (
    <SimpleTable
      caption={t('villagesIdm.tableCaption', { year })}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.regionId}
      emptyText={t('villagesIdm.empty')}
      testId="idm-table"
    />
  );
}
