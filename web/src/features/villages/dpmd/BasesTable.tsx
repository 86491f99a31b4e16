import { Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { type BasesView, decimalOrNull, dpmdKeys, saveBases } from './dpmd.api.ts';

type BasesRow = BasesView['items'][number];

/** One desa's base numbers, edited inline and saved together (each with the version seen). */
function BasesEditor({ row, year, keys }: { row: BasesRow; year: number; keys: string[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const stored = (key: string) => row.values.find((v) => v.key === key);
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(keys.map((k) => [k, stored(k)?.value ?? ''])),
  );
  const changed = keys.filter((k) => draft[k]?.trim() && draft[k] !== (stored(k)?.value ?? ''));
  const invalid = changed.some((k) => decimalOrNull(draft[k] ?? '') === null);
  const save = useMutation({
    mutationFn: () =>
      saveBases(row.regionId, year, {
        values: changed.map((k) => ({ key: k, value: decimalOrNull(draft[k] ?? '')!, version: stored(k)?.version ?? null })),
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: dpmdKeys.all }),
  });
  return (
    <Stack gap={4}>
      {keys.map((k) => (
        <TextInput
          key={k}
          size="xs"
          label={t('villagesDpmd.bases.valueOf', { key: k, desa: row.name })}
          inputMode="decimal"
          value={draft[k] ?? ''}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setDraft((d) => ({ ...d, [k]: next }));
          }}
          error={draft[k]?.trim() && decimalOrNull(draft[k] ?? '') === null ? t('villagesDpmd.bases.notNumber') : undefined}
        />
      ))}
      <ErrorAlert error={save.error} />
      <Button
        size="xs"
        variant="light"
        onClick={() => save.mutate()}
        loading={save.isPending}
        disabled={!changed.length || invalid}
      >
        {t('villagesDpmd.bases.save')}
      </Button>
    </Stack>
  );
}

/** Base numbers per desa of a year (e.g. DTKS households), for the keys the mandatory results' rules use. */
export function BasesTable({ view, keys }: { view: BasesView; keys: string[] }) {
  const { t } = useTranslation();
  const columns: Column<BasesRow>[] = [
    { key: 'desa', header: t('villagesDpmd.bases.desa'), render: (r) => r.name, rowHeader: true },
    { key: 'kecamatan', header: t('villagesDpmd.bases.kecamatan'), render: (r) => r.kecamatanName ?? '—' },
    {
      key: 'values',
      header: keys.join(', '),
      render: (r) => (
        <BasesEditor key={r.values.map((v) => `${v.key}:${v.version}`).join(',')} row={r} year={view.year} keys={keys} />
      ),
    },
  ];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('villagesDpmd.bases.title', { year: view.year })}
        </Title>
        {keys.length ? (
          <SimpleTable
            caption={t('villagesDpmd.bases.caption', { year: view.year })}
            columns={columns}
            rows={view.items}
            rowKey={(r) => r.regionId}
            emptyText={t('villagesDpmd.bases.empty')}
            minWidth={480}
          />
        ) : (
          <Text c="dimmed">{t('villagesDpmd.bases.noKeys')}</Text>
        )}
      </Stack>
    </Card>
  );
}
