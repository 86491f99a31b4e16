import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../../ui/EChart.tsx';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { type IdmListView, statusColor } from '../villages.api.ts';

const MANTINE_HEX: Record<string, string> = {
  red: '#e03131',
  orange: '#e8590c',
  yellow: '#f08c00',
  teal: '#0c8599',
  green: '#2f9e44',
  gray: '#868e96',
};

interface StatusCount {
  code: string;
  label: string;
  count: number;
}

/** The year's status counts, lowest status first, then the desa without scores. */
export function statusCounts(view: IdmListView, noScoresLabel: string): StatusCount[] {
  return [
    ...view.statuses.map((s) => ({ code: s.code, label: s.label, count: view.statusCounts[s.code] ?? 0 })),
    { code: 'none', label: noScoresLabel, count: view.statusCounts.none ?? 0 },
  ];
}

/** Vertical bars: number of desa per status, each in its status colour. */
export function statusChartOption(view: IdmListView, rows: readonly StatusCount[], countLabel: string): EChartOption {
  return {
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, name: countLabel },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        data: rows.map((r) => ({ value: r.count, itemStyle: { color: MANTINE_HEX[statusColor(view.statuses, r.code)] } })),
        label: { show: true, position: 'top' },
      },
    ],
  };
}

/** The status-count chart with the same numbers as a table (what screen readers read). */
export function IdmStatusChart({ view }: { view: IdmListView }) {
  const { t } = useTranslation();
  const rows = statusCounts(view, t('villagesIdm.noScores'));
  const summary = rows.map((r) => `${r.label} ${r.count}`).join(', ');
  const columns: Column<StatusCount>[] = [
    { key: 'status', header: t('villagesIdm.status'), render: (r) => r.label, rowHeader: true },
    { key: 'count', header: t('villagesIdm.chart.count'), render: (r) => r.count },
  ];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('villagesIdm.chart.title')}
        </Title>
        <EChart
          option={statusChartOption(view, rows, t('villagesIdm.chart.count'))}
          ariaLabel={t('villagesIdm.chart.aria', { year: view.year, summary })}
          height={260}
          minWidth={320}
          testId="idm-status-chart"
        />
        <SimpleTable
          caption={t('villagesIdm.chart.caption', { year: view.year })}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.code}
          emptyText="—"
          minWidth={280}
        />
      </Stack>
    </Card>
  );
}
