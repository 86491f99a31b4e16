import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { EChart } from '../../../ui/EChart.tsx';
import { SimpleTable } from '../../../ui/SimpleTable.tsx';
import { formatDecimal } from '../agreements/agreement-format.ts';
import type { DashboardIndicatorRowView, UnitDashboardView } from './dashboard.api.ts';
import { indicatorShortName, trendOption } from './dashboard-charts.ts';
import { formatPercent, quarterNames } from './dashboard-format.ts';

const NARROW = 330;

/** The quarterly trend of the OPD's indicators: a line chart with the early-warning line, and the same as a table. */
export function TrendSection({ view }: { view: UnitDashboardView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = useMemo(() => view.indicators.filter((r) => r.quarters.some((q) => q.value !== null)), [view.indicators]);
  const quarters = useMemo(() => quarterNames(t), [t]);
  const thresholdText = formatDecimal(view.earlyWarningBelow, locale);
  const option = useMemo(
    () =>
      trendOption(
        rows,
        quarters,
        { value: view.earlyWarningBelow, label: t('esakipDashboard.unit.threshold', { threshold: thresholdText }) },
        (n) => formatPercent(String(n), locale, t),
      ),
    [rows, quarters, view.earlyWarningBelow, thresholdText, locale, t],
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="dash-trend-title">
      <Title order={2} size="h3" id="dash-trend-title">
        {t('esakipDashboard.unit.trendTitle')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('esakipDashboard.unit.trendEmpty')}
        </Text>
      ) : (
        <>
          <EChart
            option={option}
            testId="dash-trend-chart"
            minWidth={NARROW}
            ariaLabel={t('esakipDashboard.unit.trendSummary', { count: rows.length, year: view.year, threshold: thresholdText })}
          />
          <SimpleTable<DashboardIndicatorRowView>
            caption={t('esakipDashboard.unit.trendCaption', { year: view.year })}
            testId="dash-trend-table"
            minWidth={NARROW}
            rows={rows}
            rowKey={(r) => r.indicatorId}
            emptyText=""
            columns={[
              { key: 'indicator', header: t('esakipDashboard.unit.indicator'), rowHeader: true, render: indicatorShortName },
              ...quarters.map((name, index) => ({
                key: `q${index + 1}`,
                header: name,
                render: (r: DashboardIndicatorRowView) => formatPercent(r.quarters[index]?.value, locale, t),
              })),
            ]}
          />
        </>
      )}
    </Stack>
  );
}
