import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { EChart, type EChartOption } from '../../../ui/EChart.tsx';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { type PlansSummaryView, rupiah } from './plans.api.ts';

type Row = PlansSummaryView['bidang'][number];

/** APBDes belanja and RKPDes biaya per bidang as paired bars (numbers parsed only for drawing). */
function comparisonOption(rows: readonly Row[], apbdes: string, rkp: string, millions: (value: number) => string): EChartOption {
  return {
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: rows.map((r) => `${r.bidang}`) },
    yAxis: { type: 'value', axisLabel: { formatter: millions } },
    series: [
      { name: apbdes, type: 'bar', barMaxWidth: 28, data: rows.map((r) => Number(r.apbdes)), itemStyle: { color: '#1c7ed6' } },
      { name: rkp, type: 'bar', barMaxWidth: 28, data: rows.map((r) => Number(r.rkp)), itemStyle: { color: '#f08c00' } },
    ],
  };
}

/** The desa-year's APBDes belanja against RKPDes biaya per bidang: a bar chart and the exact figures as a table. */
export function BidangChart({ view }: { view: PlansSummaryView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const apbdes = t('villagesPlans.chart.apbdes');
  const rkp = t('villagesPlans.chart.rkp');
  // The axis in millions of rupiah, grouped the reader's way.
  const grouping = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const millions = (value: number) => t('villagesPlans.chart.millions', { value: grouping.format(value / 1_000_000) });
  const columns: Column<Row>[] = [
    {
      key: 'bidang',
      header: t('villagesPlans.bidang'),
      render: (r) => (r.bidang === 0 ? r.name : `${r.bidang}. ${r.name}`),
      rowHeader: true,
    },
    { key: 'apbdes', header: apbdes, render: (r) => rupiah(r.apbdes, locale) },
    { key: 'rkp', header: rkp, render: (r) => rupiah(r.rkp, locale) },
    { key: 'difference', header: t('villagesPlans.chart.difference'), render: (r) => rupiah(r.difference, locale) },
  ];
  const total: Row = { bidang: 0, name: t('villagesPlans.chart.total'), ...view.totals };
  const summary = view.bidang.map((r) => `${r.bidang}: ${rupiah(r.apbdes, locale)} / ${rupiah(r.rkp, locale)}`).join('; ');
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('villagesPlans.chart.title')}
        </Title>
        <EChart
          option={comparisonOption(view.bidang, apbdes, rkp, millions)}
          ariaLabel={`${t('villagesPlans.chart.label')}: ${summary}`}
          height={260}
          minWidth={300}
          testId="plans-bidang-chart"
        />
        <SimpleTable
          caption={t('villagesPlans.chart.caption', { year: view.year })}
          columns={columns}
          rows={[...view.bidang, total]}
          rowKey={(r) => String(r.bidang)}
          emptyText="—"
          testId="plans-bidang-table"
          minWidth={560}
        />
      </Stack>
    </Card>
  );
}
