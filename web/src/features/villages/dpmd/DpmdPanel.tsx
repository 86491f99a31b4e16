import { Button, Card, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { BasesTable } from './BasesTable.tsx';
import { addDefaults, dpmdKeys, fetchBases, fetchMandatoryResults, type MandatoryResultView, recompute } from './dpmd.api.ts';
import { TargetCard } from './TargetCard.tsx';

/** Years offered, newest first (next year included, so DPMD can prepare it). */
function yearOptions(now: number): string[] {
  return Array.from({ length: now + 1 - 2019 + 1 }, (_, i) => String(now + 1 - i));
}

/** The base keys the mandatory results' percent-of-base rules use, in order of first use. */
export function baseKeysOf(results: readonly MandatoryResultView[]): string[] {
  return [...new Set(results.flatMap((r) => (r.rule.kind === 'percent_of_base' ? [r.rule.baseKey] : [])))];
}

/** The year's mandatory results with "add defaults" and "recompute targets". */
function MandatoryResultsCard({ year, items }: { year: number; items: MandatoryResultView[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: dpmdKeys.all });
  const defaults = useMutation({ mutationFn: () => addDefaults(year), onSuccess: refresh });
  const derive = useMutation({ mutationFn: () => recompute(year), onSuccess: refresh });
  const columns: Column<MandatoryResultView>[] = [
    { key: 'code', header: t('villagesDpmd.results.code'), render: (r) => r.code },
    { key: 'name', header: t('villagesDpmd.results.name'), render: (r) => r.name, rowHeader: true },
    { key: 'unit', header: t('villagesDpmd.results.unit'), render: (r) => r.unit },
    { key: 'rule', header: t('villagesDpmd.results.rule'), render: (r) => r.ruleText },
    {
      key: 'evidence',
      header: t('villagesDpmd.results.evidence'),
      render: (r) => t(`villagesDpmd.evidenceKind.${r.evidenceKind}`),
    },
  ];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('villagesDpmd.results.title', { year })}
        </Title>
        <SimpleTable
          caption={t('villagesDpmd.results.caption', { year })}
          columns={columns}
          rows={items}
          rowKey={(r) => r.id}
          emptyText={t('villagesDpmd.results.empty')}
        />
        <ErrorAlert error={defaults.error ?? derive.error} />
        {derive.data ? (
          <Text size="sm" role="status">
            {t('villagesDpmd.results.recomputed', derive.data)}
          </Text>
        ) : null}
        <Group wrap="wrap">
          <Button size="md" variant="light" onClick={() => defaults.mutate()} loading={defaults.isPending}>
            {t('villagesDpmd.results.defaults')}
          </Button>
          <Button size="md" onClick={() => derive.mutate()} loading={derive.isPending} disabled={!items.length}>
            {t('villagesDpmd.results.recompute')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** "Hasil wajib & target" (DPMD): the year's mandatory results, base numbers per desa and target overrides. */
export function DpmdPanel() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const results = useQuery({ queryKey: dpmdKeys.results(year), queryFn: () => fetchMandatoryResults(year) });
  const bases = useQuery({ queryKey: dpmdKeys.bases(year), queryFn: () => fetchBases(year) });
  const items = results.data?.items ?? [];
  return (
    <Stack gap="md">
      <NativeSelect
        label={t('villagesDpmd.year')}
        data={yearOptions(thisYear)}
        value={String(year)}
        onChange={(e) => setYear(Number(e.currentTarget.value))}
        maw={200}
      />
      {results.data ? (
        <MandatoryResultsCard year={year} items={items} />
      ) : results.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <ErrorAlert error={results.error} />
      )}
      {bases.data && items.length ? <TargetCard year={year} desa={bases.data.items} results={items} /> : null}
      {bases.data ? <BasesTable view={bases.data} keys={baseKeysOf(items)} /> : <ErrorAlert error={bases.error} />}
    </Stack>
  );
}
