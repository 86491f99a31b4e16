import { Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { EChart } from '../../../ui/EChart.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { SimpleTable } from '../../../ui/SimpleTable.tsx';
import { type EvaluationSummary, evaluationKeys, fetchUnitEvaluations, type PredikatBandView } from '../evaluation.api.ts';
import { formatScore } from '../evaluation-format.ts';
import { PredikatBadge } from '../PredikatBadge.tsx';
import { totalsChartHeight, totalsOption, trendOption } from './evaluation-charts.ts';

const NARROW = 330;

/** The year's final totals per OPD as bars coloured by predikat, with the band limits (the list is the table). */
export function TotalsChart({
  year,
  rows,
  bands,
}: {
  year: number;
  rows: EvaluationSummary[];
  bands: readonly PredikatBandView[];
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const finals = useMemo(() => rows.filter((r) => r.total !== null), [rows]);
  const option = useMemo(() => totalsOption(finals, bands, (n) => formatScore(String(n), locale)), [finals, bands, locale]);
  return (
    <Stack gap="xs" component="section" aria-labelledby="eval-totals-title">
      <Title order={2} size="h4" id="eval-totals-title">
        {t('evaluation.charts.totalsTitle', { year })}
      </Title>
      {finals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('evaluation.charts.noFinal')}
        </Text>
      ) : (
        <EChart
          option={option}
          testId="eval-totals-chart"
          height={totalsChartHeight(finals.length)}
          minWidth={NARROW}
          ariaLabel={t('evaluation.charts.totalsSummary', { count: finals.length, year })}
        />
      )}
    </Stack>
  );
}

/** One OPD's final totals across years: the OPD picker, a line with the band limits, and the same as a table. */
export function TrendChart({
  units,
  unitId,
  onUnit,
  bands,
}: {
  units: { id: string; name: string }[];
  unitId: string;
  onUnit: (unitId: string) => void;
  bands: readonly PredikatBandView[];
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const trend = useQuery({
    queryKey: evaluationKeys.trend(unitId),
    queryFn: () => fetchUnitEvaluations(unitId),
    enabled: unitId !== '',
  });
  const rows = useMemo(() => [...(trend.data ?? [])].sort((a, b) => a.year - b.year), [trend.data]);
  const option = useMemo(() => trendOption(rows, bands, (n) => formatScore(String(n), locale)), [rows, bands, locale]);
  const name = units.find((u) => u.id === unitId)?.name ?? '';
  return (
    <Stack gap="xs" component="section" aria-labelledby="eval-trend-title">
      <Title order={2} size="h4" id="eval-trend-title">
        {t('evaluation.charts.trendTitle')}
      </Title>
      <NativeSelect
        label={t('evaluation.charts.trendUnit')}
        data={[{ value: '', label: t('evaluation.start.chooseUnit') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        value={unitId}
        onChange={(e) => onUnit(e.currentTarget.value)}
        maw={420}
      />
      <ErrorAlert error={trend.error} />
      {unitId === '' ? null : trend.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : rows.some((r) => r.total !== null) ? (
        <>
          <EChart
            option={option}
            testId="eval-trend-chart"
            height={260}
            minWidth={NARROW}
            ariaLabel={t('evaluation.charts.trendSummary', { name, count: rows.length })}
          />
          <SimpleTable<EvaluationSummary>
            caption={t('evaluation.charts.trendCaption', { name })}
            minWidth={NARROW}
            rows={rows}
            rowKey={(r) => r.id}
            emptyText=""
            columns={[
              { key: 'year', header: t('evaluation.year'), rowHeader: true, render: (r) => r.year },
              { key: 'total', header: t('evaluation.list.total'), render: (r) => formatScore(r.total, locale) },
              {
                key: 'predikat',
                header: t('evaluation.list.predikat'),
                render: (r) => <PredikatBadge code={r.predikat} label={r.predikatLabel} bands={bands} size="sm" />,
              },
            ]}
          />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('evaluation.charts.trendEmpty', { name })}
        </Text>
      )}
    </Stack>
  );
}
