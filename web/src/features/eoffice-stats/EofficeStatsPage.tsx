import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../app/i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { eofficeStatsKey, fetchEofficeStats } from './eoffice-stats.api.ts';
import { DispositionsSection, LettersSection, ResponseSection } from './StatsSections.tsx';

const YEARS_SHOWN = 10;

/** The selectable years: the shown year and the nine before it (never past 2100 or before 2000). */
function yearOptions(latest: number): { value: string; label: string }[] {
  return Array.from({ length: YEARS_SHOWN }, (_, i) => latest - i)
    .filter((y) => y >= 2000 && y <= 2100)
    .map((y) => ({ value: String(y), label: String(y) }));
}

/** `/e-office/statistik`: letters per month and dispositions per unit, as charts with tables of the same numbers. */
export function EofficeStatsPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const stats = useQuery({ queryKey: eofficeStatsKey(year), queryFn: () => fetchEofficeStats(year) });
  const shownYear = stats.data?.year ?? year ?? new Date().getFullYear();
  const latest = Math.max(shownYear, new Date().getFullYear());
  const asOf = stats.data
    ? new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${stats.data.asOf}T00:00:00Z`),
      )
    : '';
  return (
    <>
      <PageHeader
        title={t('eofficeStats.title')}
        description={t('eofficeStats.description')}
        actions={
          <Button component={Link} to="/e-office" variant="default">
            {t('common.back')}
          </Button>
        }
      />
      <Group align="flex-end" mb="md" gap="md" wrap="wrap">
        <Select
          label={t('eofficeStats.year')}
          data={yearOptions(latest)}
          value={String(shownYear)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={140}
        />
        {stats.data ? (
          <Text size="sm" c="dimmed" maw={640}>
            {t(stats.data.scope === 'tenant' ? 'eofficeStats.scopeTenant' : 'eofficeStats.scopeHeaded', {
              date: asOf,
              zone: stats.data.timeZone,
            })}
          </Text>
        ) : null}
      </Group>
      <ErrorAlert error={stats.error} />
      {stats.isPending ? <Text>{t('common.loading')}</Text> : null}
      {stats.data ? (
        <Stack gap="xl">
          <LettersSection stats={stats.data} />
          <DispositionsSection stats={stats.data} />
          <ResponseSection stats={stats.data} />
        </Stack>
      ) : null}
    </>
  );
}
