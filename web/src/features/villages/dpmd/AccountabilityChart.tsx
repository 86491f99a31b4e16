import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../../ui/EChart.tsx';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import type { VillageDashboardView } from '../evaluation/village-evaluation.api.ts';

type Row = VillageDashboardView['accountability'][number];

/** Households lifted (bars) against the target (second bars) per kecamatan; numbers parsed only for drawing. */
function liftedOption(rows: readonly Row[], lifted: string, target: string): EChartOption {
  return {
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: lifted,
        type: 'bar',
        barMaxWidth: 32,
        data: rows.map((r) => Number(r.householdsLifted)),
        itemStyle: { color: '#2f9e44' },
      },
      {
        name: target,
        type: 'bar',
        barMaxWidth: 32,
        data: rows.map((r) => (r.householdsTarget === null ? null : Number(r.householdsTarget))),
        itemStyle: { color: '#adb5bd' },
      },
    ],
  };
}

/** The dashboard's mandatory results per kecamatan: households lifted vs target (chart + table), stunting and IKM means. */
export function AccountabilityChart({ view }: { view: VillageDashboardView }) {
  const { t } = useTranslation();
  const rows = view.accountability;
  const lifted = t('villagesDpmd.dashboard.lifted');
  const target = t('villagesDpmd.dashboard.target');
  const reported = (value: string | null, count: number) =>
    value === null ? '—' : t('villagesDpmd.dashboard.reported', { value, count });
  const columns: Column<Row>[] = [
    { key: 'name', header: t('villagesDpmd.dashboard.kecamatan'), render: (r) => r.name, rowHeader: true },
    { key: 'lifted', header: lifted, render: (r) => r.householdsLifted },
    { key: 'target', header: target, render: (r) => r.householdsTarget ?? '—' },
    {
      key: 'stunting',
      header: t('villagesDpmd.dashboard.stunting'),
      render: (r) => reported(r.stuntingPrevalence, r.stuntingDesa),
    },
    { key: 'ikm', header: t('villagesDpmd.dashboard.ikm'), render: (r) => reported(r.ikm, r.ikmDesa) },
  ];
  const summary = rows.map((r) => `${r.name} ${r.householdsLifted}/${r.householdsTarget ?? '—'}`).join(', ');
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('villagesDpmd.dashboard.title', { year: view.year })}
        </Title>
        {rows.length ? (
          <EChart
            option={liftedOption(rows, lifted, target)}
            ariaLabel={`${t('villagesDpmd.dashboard.chartLabel')}: ${summary}`}
            height={260}
            minWidth={320}
            testId="village-accountability-chart"
          />
        ) : (
          <Text c="dimmed">{t('villagesDpmd.dashboard.empty')}</Text>
        )}
        <SimpleTable
          caption={t('villagesDpmd.dashboard.caption', { year: view.year })}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.kecamatanId}
          emptyText={t('villagesDpmd.dashboard.empty')}
          minWidth={520}
        />
      </Stack>
    </Card>
  );
}
