import { Button, Group, Loader, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { fetchIdmList, villagesKeys } from '../villages.api.ts';
import { IdmDesaDetail } from './IdmDesaDetail.tsx';
import { IdmDesaList } from './IdmDesaList.tsx';
import { IdmStatusChart } from './IdmStatusChart.tsx';
import { IdmXlsxCard } from './IdmXlsxCard.tsx';

/** Years offered: IDM exists from 2016 up to this year (newest first). */
function yearOptions(now: number): string[] {
  return Array.from({ length: now - 2016 + 1 }, (_, i) => String(now - i));
}

/** The year's IDM: filters, the status chart, the desa (table or cards, paged), XLSX and the desa detail. */
export function IdmPanel() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const [kecamatanId, setKecamatanId] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useInfiniteQuery({
    queryKey: villagesKeys.list(year, kecamatanId),
    queryFn: ({ pageParam }) => fetchIdmList(year, kecamatanId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextAfter ?? undefined,
  });
  const first = list.data?.pages[0];
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('villagesIdm.year')}
          data={yearOptions(thisYear)}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
        />
        <NativeSelect
          label={t('villagesIdm.kecamatan')}
          data={[
            { value: '', label: t('villagesIdm.allKecamatan') },
            ...(first?.kecamatan ?? []).map((k) => ({ value: k.id, label: k.name })),
          ]}
          value={kecamatanId}
          onChange={(e) => setKecamatanId(e.currentTarget.value)}
        />
      </Group>
      {first ? (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <IdmStatusChart view={first} />
            <IdmXlsxCard year={year} canManage={first.canManage} />
          </SimpleGrid>
          <Text size="sm" c="dimmed" role="status">
            {t('villagesIdm.total', { total: first.total })}
          </Text>
          <IdmDesaList rows={rows} statuses={first.statuses} year={year} onOpen={setOpenId} />
          {list.hasNextPage ? (
            <Group>
              <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t('villagesIdm.loadMore')}
              </Button>
            </Group>
          ) : null}
        </>
      ) : list.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <ErrorAlert error={list.error} />
      )}
      <IdmDesaDetail regionId={openId} year={year} onClose={() => setOpenId(null)} />
    </Stack>
  );
}
