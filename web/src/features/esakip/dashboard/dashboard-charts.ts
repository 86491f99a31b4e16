/** ECharts options of the e-SAKIP dashboard (pure: views and labels in, option out; numbers only for drawing). */
import type { EChartOption } from '../../../ui/EChart.tsx';
import type { BandView, DashboardIndicatorRowView, DashboardUnitSummaryView } from './dashboard.api.ts';
import { bandOf, chartNumber, NO_BAND_COLOR } from './dashboard-format.ts';

/** Formats a drawn number for a label or tooltip (the locale's percent text). */
export type PercentLabel = (value: number) => string;

const SERIES_COLORS = ['#1c7ed6', '#7048e8', '#0c8599', '#e8590c', '#5c940d', '#c2255c', '#495057', '#f08c00'];
const SERAPAN_COLOR = '#868e96';
const CAPAIAN_COLOR = '#1c7ed6';

/** Height of the OPD bar chart: one row of 36 px per OPD plus the axes. */
export const unitsChartHeight = (count: number) => Math.max(160, count * 36 + 60);

/** Horizontal bars: the mean capaian of each OPD, coloured by its band (OPDs without a mean have no bar). */
export function unitsOption(
  units: readonly DashboardUnitSummaryView[],
  bands: readonly BandView[],
  label: PercentLabel,
): EChartOption {
  const rows = [...units].reverse(); // ECharts draws the first category at the bottom
  return {
    grid: { left: 8, right: 64, top: 8, bottom: 24 },
    tooltip: { trigger: 'item', formatter: (p: unknown) => tooltip(p as { name: string; value: number | null }, label) },
    xAxis: { type: 'value', min: 0, max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max / 10) * 10) },
    yAxis: { type: 'category', data: rows.map((u) => u.code), axisLabel: { interval: 0 } },
    series: [
      {
        type: 'bar',
        cursor: 'pointer',
        barMaxWidth: 24,
        data: rows.map((u) => ({
          value: chartNumber(u.meanCapaian),
          itemStyle: { color: bandOf(bands, u.band)?.color ?? NO_BAND_COLOR },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? label(p.value) : ''),
        },
      },
    ],
  };
}

function tooltip(p: { name: string; value: number | null | { value: number | null } }, label: PercentLabel): string {
  const value = typeof p.value === 'object' && p.value !== null ? p.value.value : p.value;
  return value === null || value === undefined ? p.name : `${p.name}: ${label(value)}`;
}

/** The name an indicator goes by in a legend or on an axis: its code, else its name. */
export const indicatorShortName = (row: Pick<DashboardIndicatorRowView, 'code' | 'name'>) => row.code ?? row.name;

/** Lines: each indicator's capaian per quarter (gaps where there is none), with the early-warning threshold line. */
export function trendOption(
  rows: readonly DashboardIndicatorRowView[],
  quarters: readonly string[],
  threshold: { value: string; label: string },
  label: PercentLabel,
): EChartOption {
  const line = chartNumber(threshold.value);
  return {
    grid: { left: 8, right: 24, top: 56, bottom: 24 },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? label(v) : '—') },
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'category', data: [...quarters], boundaryGap: false },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => label(v) } },
    series: rows.map((row, index) => ({
      type: 'line' as const,
      name: indicatorShortName(row),
      connectNulls: false,
      symbolSize: 8,
      itemStyle: { color: SERIES_COLORS[index % SERIES_COLORS.length] },
      data: row.quarters.map((q) => chartNumber(q.value)),
      ...(index === 0 && line !== null
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: '#c92a2a', type: 'dashed' as const, width: 2 },
              label: { formatter: threshold.label, position: 'insideEndTop' as const },
              data: [{ yAxis: line }],
            },
          }
        : {}),
    })),
  };
}

/** Grouped bars per indicator with tagged budget: its capaian and its budget absorption (serapan), in percent. */
export function budgetOption(
  rows: readonly DashboardIndicatorRowView[],
  labels: { capaian: string; serapan: string },
  label: PercentLabel,
): EChartOption {
  const valueLabel = {
    show: true,
    position: 'top' as const,
    formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? label(p.value) : ''),
  };
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 24 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? label(v) : '—'),
    },
    legend: { top: 0 },
    xAxis: { type: 'category', data: rows.map(indicatorShortName), axisLabel: { interval: 0, rotate: rows.length > 4 ? 30 : 0 } },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => label(v) } },
    series: [
      {
        type: 'bar',
        name: labels.capaian,
        barMaxWidth: 48,
        data: rows.map((r) => chartNumber(r.shown?.value)),
        itemStyle: { color: CAPAIAN_COLOR },
        label: valueLabel,
      },
      {
        type: 'bar',
        name: labels.serapan,
        barMaxWidth: 48,
        data: rows.map((r) => chartNumber(r.budget.serapan)),
        itemStyle: { color: SERAPAN_COLOR },
        label: valueLabel,
      },
    ],
  };
}
