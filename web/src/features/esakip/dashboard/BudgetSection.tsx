import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { EChart } from '../../../ui/EChart.tsx';
import { SimpleTable } from '../../../ui/SimpleTable.tsx';
import { formatDecimal, formatRupiah } from '../agreements/agreement-format.ts';
import type { DashboardIndicatorRowView, UnitDashboardView } from './dashboard.api.ts';
import { budgetOption, indicatorShortName } from './dashboard-charts.ts';
import { formatPercent } from './dashboard-format.ts';

const NARROW = 330;

/** Budget absorption against capaian: the OPD's totals, grouped bars per indicator with tagged budget, and a table. */
export function BudgetSection({ view }: { view: UnitDashboardView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const pct = (v: string | null | undefined) => formatPercent(v, locale, t);
  const rows = useMemo(() => view.indicators.filter((r) => r.budget.lines > 0), [view.indicators]);
  const capaian = t('esakipDashboard.unit.capaian');
  const serapan = t('esakipDashboard.unit.serapan');
  const option = useMemo(
    () => budgetOption(rows, { capaian, serapan }, (n) => formatPercent(String(n), locale, t)),
    [rows, capaian, serapan, locale, t],
  );
  const { budget } = view.unit;
  return (
    <Stack gap="xs" component="section" aria-labelledby="dash-budget-title">
      <Title order={2} size="h3" id="dash-budget-title">
        {t('esakipDashboard.unit.budgetTitle')}
      </Title>
      <Text size="sm">
        {budget.lines > 0
          ? t('esakipDashboard.unit.budgetIntro', {
              serapan: pct(budget.serapan),
              realisasi: formatRupiah(budget.realisasi, locale),
              pagu: formatRupiah(budget.pagu, locale),
              lines: budget.lines,
            })
          : t('esakipDashboard.unit.budgetIntroNone')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('esakipDashboard.unit.budgetEmpty')}
        </Text>
      ) : (
        <>
          <EChart
            option={option}
            testId="dash-budget-chart"
            minWidth={NARROW}
            ariaLabel={t('esakipDashboard.unit.budgetSummary', { count: rows.length })}
          />
          <SimpleTable<DashboardIndicatorRowView>
            caption={t('esakipDashboard.unit.budgetCaption', { year: view.year })}
            testId="dash-budget-table"
            minWidth={640}
            rows={rows}
            rowKey={(r) => r.indicatorId}
            emptyText=""
            columns={[
              { key: 'indicator', header: t('esakipDashboard.unit.indicator'), rowHeader: true, render: indicatorShortName },
              { key: 'capaian', header: capaian, render: (r) => pct(r.shown?.value) },
              { key: 'serapan', header: serapan, render: (r) => pct(r.budget.serapan) },
              { key: 'pagu', header: t('esakipDashboard.unit.pagu'), render: (r) => formatRupiah(r.budget.pagu, locale) },
              {
                key: 'realisasi',
                header: t('esakipDashboard.unit.realisasi'),
                render: (r) => formatRupiah(r.budget.realisasi, locale),
              },
              {
                key: 'efficiency',
                header: t('esakipDashboard.unit.efficiency'),
                render: (r) =>
                  r.efficiency
                    ? `${t(`esakipDashboard.efficiency.${r.efficiency.status}`)} (${formatDecimal(r.efficiency.delta, locale)})`
                    : t('esakipDashboard.none'),
              },
            ]}
          />
        </>
      )}
    </Stack>
  );
}
