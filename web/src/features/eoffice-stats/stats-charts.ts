/** ECharts options of the e-Office statistics page (pure: data and labels in, option out). */
import type { EChartOption } from '../../ui/EChart.tsx';
import type { MonthStats, UnitStats } from './eoffice-stats.api.ts';

const COLORS = { incoming: '#1c7ed6', outgoing: '#2f9e44', onTime: '#74c0fc', overdue: '#e03131', median: '#7048e8' };

/** Short month names in the UI locale, January first. */
export function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
}

/** The number on each bar (zero bars stay unlabelled, so empty months do not read as a row of zeros). */
export function valueLabel(position: 'top' | 'inside') {
  return {
    show: true,
    position,
    formatter: (p: { value?: unknown }) => (typeof p.value === 'number' && p.value !== 0 ? String(p.value) : ''),
  };
}

const base = (categories: string[], rotate: number): EChartOption => ({
  grid: { left: 48, right: 16, top: 40, bottom: rotate ? 72 : 32, containLabel: false },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  legend: { top: 0 },
  xAxis: { type: 'category', data: categories, axisLabel: { rotate, interval: 0 } },
  yAxis: { type: 'value', minInterval: 1 },
});

/** Grouped bars: incoming and outgoing letters per month. */
export function lettersOption(months: readonly MonthStats[], names: string[], labels: { incoming: string; outgoing: string }) {
  return {
    ...base(names, 0),
    series: [
      {
        type: 'bar',
        name: labels.incoming,
        data: months.map((m) => m.incoming),
        label: valueLabel('top'),
        itemStyle: { color: COLORS.incoming },
      },
      {
        type: 'bar',
        name: labels.outgoing,
        data: months.map((m) => m.outgoing),
        label: valueLabel('top'),
        itemStyle: { color: COLORS.outgoing },
      },
    ],
  } satisfies EChartOption;
}

/** Stacked bars per unit: open within the deadline, and overdue (together: all open dispositions). */
export function dispositionsOption(units: readonly UnitStats[], labels: { onTime: string; overdue: string }) {
  return {
    ...base(
      units.map((u) => u.unitCode),
      units.length > 4 ? 30 : 0,
    ),
    series: [
      {
        type: 'bar',
        name: labels.onTime,
        stack: 'open',
        data: units.map((u) => u.open - u.overdue),
        label: valueLabel('inside'),
        itemStyle: { color: COLORS.onTime },
      },
      {
        type: 'bar',
        name: labels.overdue,
        stack: 'open',
        data: units.map((u) => u.overdue),
        label: valueLabel('inside'),
        itemStyle: { color: COLORS.overdue },
      },
    ],
  } satisfies EChartOption;
}

/** Bars per unit: the median response time in hours (units without a completed disposition are left out). */
export function responseOption(units: readonly UnitStats[], label: string) {
  const answered = units.filter((u) => u.medianResponseHours !== null);
  return {
    ...base(
      answered.map((u) => u.unitCode),
      answered.length > 4 ? 30 : 0,
    ),
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        name: label,
        data: answered.map((u) => u.medianResponseHours as number),
        label: valueLabel('top'),
        itemStyle: { color: COLORS.median },
      },
    ],
  } satisfies EChartOption;
}
