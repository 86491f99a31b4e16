import { Button, Card, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../ui/DateTime.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { RealizationDrawer } from './RealizationDrawer.tsx';
import { fetchQueue, type VerificationQueueItem, verificationKeys } from './verification.api.ts';

/** Years offered, newest first. */
function yearOptions(now: number): string[] {
  return Array.from({ length: now - 2019 + 1 }, (_, i) => String(now - i));
}

/** The kecamatan present in the queue, for the filter. */
function kecamatanOf(items: readonly VerificationQueueItem[]): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const i of items) if (i.kecamatan) seen.set(i.kecamatan.id, i.kecamatan.name);
  return [...seen].map(([value, label]) => ({ value, label }));
}

/** The queue as cards (phones): desa, indicator, quarter, value, submitted at, and an open button. */
function QueueCards({ items, onOpen }: { items: VerificationQueueItem[]; onOpen: (i: VerificationQueueItem) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {items.map((i) => (
        <Card key={i.id} withBorder padding="sm">
          <Text fw={700}>{i.desa.name}</Text>
          <Text size="sm">{`${i.indicator.name} · ${i.quarter}`}</Text>
          <Text size="sm">{t('villagesVerification.valueOf', { value: i.value, unit: i.indicator.unit })}</Text>
          {i.submittedAt ? (
            <Text size="xs" c="dimmed">
              <DateTime iso={i.submittedAt} />
            </Text>
          ) : null}
          <Button mt="xs" size="md" variant="light" onClick={() => onOpen(i)}>
            {t('villagesVerification.open')}
          </Button>
        </Card>
      ))}
    </Stack>
  );
}

/** "Verifikasi": submitted realisasi of the year waiting for the kecamatan (DPMD sees every kecamatan). */
export function VerificationPanel() {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [kecamatanId, setKecamatanId] = useState('');
  const [open, setOpen] = useState<VerificationQueueItem | null>(null);
  const all = useQuery({ queryKey: verificationKeys.queue(year, ''), queryFn: () => fetchQueue(year, '') });
  const queue = useQuery({ queryKey: verificationKeys.queue(year, kecamatanId), queryFn: () => fetchQueue(year, kecamatanId) });
  const items = queue.data?.items ?? [];
  const columns: Column<VerificationQueueItem>[] = [
    { key: 'desa', header: t('villagesVerification.desa'), render: (i) => i.desa.name, rowHeader: true },
    { key: 'indicator', header: t('villagesVerification.indicator'), render: (i) => i.indicator.name },
    { key: 'quarter', header: t('villagesVerification.quarter'), render: (i) => i.quarter },
    { key: 'value', header: t('villagesVerification.value'), render: (i) => `${i.value} ${i.indicator.unit}` },
    {
      key: 'at',
      header: t('villagesVerification.submittedAt'),
      render: (i) => (i.submittedAt ? <DateTime iso={i.submittedAt} /> : '—'),
    },
    {
      key: 'open',
      header: t('common.actions'),
      render: (i) => (
        <Button
          size="xs"
          variant="light"
          onClick={() => setOpen(i)}
          aria-label={`${t('villagesVerification.open')} ${i.desa.name} ${i.quarter}`}
        >
          {t('villagesVerification.open')}
        </Button>
      ),
    },
  ];
  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('villagesVerification.year')}
          data={yearOptions(thisYear)}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
        />
        <NativeSelect
          label={t('villagesVerification.kecamatan')}
          data={[{ value: '', label: t('villagesVerification.allKecamatan') }, ...kecamatanOf(all.data?.items ?? [])]}
          value={kecamatanId}
          onChange={(e) => setKecamatanId(e.currentTarget.value)}
        />
      </Group>
      {queue.data ? (
        isPhone ? (
          items.length ? (
            <QueueCards items={items} onOpen={setOpen} />
          ) : (
            <Text c="dimmed">{t('villagesVerification.empty')}</Text>
          )
        ) : (
          <SimpleTable
            caption={t('villagesVerification.caption', { year })}
            columns={columns}
            rows={items}
            rowKey={(i) => i.id}
            emptyText={t('villagesVerification.empty')}
          />
        )
      ) : queue.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <ErrorAlert error={queue.error} />
      )}
      <RealizationDrawer item={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
