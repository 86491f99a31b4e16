import { Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../../ui/EChart.tsx';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { statusColor } from '../villages.api.ts';
import { bandColor, type VillageDashboardView } from './village-evaluation.api.ts';

const MANTINE_HEX: Record<string, string> = {
  red: '#e03131',
  orange: '#e8590c',
  yellow: '#f08c00',
  teal: '#0c8599',
  green: '#2f9e44',
  gray: '#868e96',
};

interface CountRow {
  code: string;
  label: string;
  count: number;
  color: string;
}

/** Desa per band (top band first) and per IDM status (lowest first), each followed by "not evaluated / no IDM". */
export function dashboardCounts(view: VillageDashboardView, noneLabel: { band: string; idm: string }) {
  const statuses = view.idmStatuses.map((s) => ({ ...s, upTo: null, alias: '' }));
  const bands: CountRow[] = [
    ...view.bands.map((b) => ({
      code: b.code,
      label: b.label,
      count: view.bandCounts[b.code] ?? 0,
      color: bandColor(view.bands, b.code),
    })),
    { code: 'none', label: noneLabel.band, count: view.bandCounts.none ?? 0, color: 'gray' },
  ];
  const idm: CountRow[] = [
    ...view.idmStatuses.map((s) => ({
      code: s.code,
      label: s.label,
      count: view.idmCounts[s.code] ?? 0,
      color: statusColor(statuses, s.code),
    })),
    { code: 'none', label: noneLabel.idm, count: view.idmCounts.none ?? 0, color: 'gray' },
  ];
  return { bands, idm };
}

function barOption(rows: readonly CountRow[], countLabel: string): EChartOption {
  return {
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, name: countLabel },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        data: rows.map((r) => ({ value: r.count, itemStyle: { color: MANTINE_HEX[r.color] } })),
        label: { show: true, position: 'top' },
      },
    ],
  };
}

function CountChart({ title, rows, testId, caption }: { title: string; rows: CountRow[]; testId: string; caption: string }) {
  const { t } = useTranslation();
  const summary = rows.map((r) => `${r.label} ${r.count}`).join(', ');
  const columns: Column<CountRow>[] = [
    { key: 'label', header: title, render: (r) => r.label, rowHeader: true },
    { key: 'count', header: t('villagesEvaluation.chart.count'), render: (r) => r.count },
  ];
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      <EChart
        option={barOption(rows, t('villagesEvaluation.chart.count'))}
        ariaLabel={`${caption}: ${summary}`}
        height={240}
        minWidth={300}
        testId={testId}
      />
      <SimpleTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.code} emptyText="—" minWidth={260} />
    </Stack>
  );
}

/** The year's desa per category band and per IDM status, as charts with the same numbers as tables. */
export function BandChart({ view }: { view: VillageDashboardView }) {
  const { t } = useTranslation();
  const { bands, idm } = dashboardCounts(view, {
    band: t('villagesEvaluation.notEvaluated'),
    idm: t('villagesEvaluation.noIdm'),
  });
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('villagesEvaluation.chart.title', { year: view.year })}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <CountChart
            title={t('villagesEvaluation.chart.perBand')}
            rows={bands}
            testId="village-band-chart"
            caption={t('villagesEvaluation.chart.bandCaption', { year: view.year })}
          />
          <CountChart
            title={t('villagesEvaluation.chart.perIdm')}
            rows={idm}
            testId="village-idm-chart"
            caption={t('villagesEvaluation.chart.idmCaption', { year: view.year })}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
