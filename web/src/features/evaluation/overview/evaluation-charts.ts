/** ECharts options of the evaluation overview (pure: rows and bands in, option out; numbers only for drawing). */
import type { EChartOption } from '../../../ui/EChart.tsx';
import type { EvaluationSummary, PredikatBandView } from '../evaluation.api.ts';
import { bandsDescending, drawNumber, predikatHex } from '../evaluation-format.ts';

/** Formats a drawn score for a label or tooltip. */
export type ScoreLabel = (value: number) => string;

/** Height of the OPD bar chart: one row of 36 px per OPD plus the axes. */
export const totalsChartHeight = (count: number) => Math.max(180, count * 36 + 70);

/** Dashed lines at the lower limit of every band above the lowest, labelled with the band's code. */
function bandLines(bands: readonly PredikatBandView[], axis: 'xAxis' | 'yAxis') {
  const lines = bandsDescending(bands).filter((b) => Number(b.lo) > 0);
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { type: 'dashed' as const, width: 1, color: '#adb5bd' },
    label: { formatter: '{b}', position: axis === 'xAxis' ? ('end' as const) : ('insideEndTop' as const), fontSize: 10 },
    data: lines.map((b) => ({ name: b.code, [axis]: Number(b.lo) })),
  };
}

/** Horizontal bars: each OPD's final total coloured by its predikat, with the band limits as lines. */
export function totalsOption(
  rows: readonly EvaluationSummary[],
  bands: readonly PredikatBandView[],
  label: ScoreLabel,
): EChartOption {
  const drawn = [...rows].reverse(); // ECharts draws the first category at the bottom
  return {
    grid: { left: 8, right: 56, top: 24, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: (v: unknown) => (typeof v === 'number' ? label(v) : '—') },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: drawn.map((r) => r.unitName), axisLabel: { interval: 0, width: 120, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 24,
        data: drawn.map((r) => ({ value: drawNumber(r.total), itemStyle: { color: predikatHex(r.predikat, bands) } })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? label(p.value) : ''),
        },
        markLine: bandLines(bands, 'xAxis'),
      },
    ],
  };
}

/** A line of one OPD's final totals across years (gaps for unfinished years), with the band limits as lines. */
export function trendOption(
  rows: readonly EvaluationSummary[],
  bands: readonly PredikatBandView[],
  label: ScoreLabel,
): EChartOption {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const totalOf = (year: number) => rows.find((r) => r.year === year && r.total !== null) ?? null;
  return {
    grid: { left: 8, right: 40, top: 24, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? label(v) : '—') },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        type: 'line',
        connectNulls: false,
        symbolSize: 10,
        data: years.map((y) => {
          const row = totalOf(y);
          return { value: drawNumber(row?.total), itemStyle: { color: predikatHex(row?.predikat, bands) } };
        }),
        label: {
          show: true,
          position: 'top',
          formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? label(p.value) : ''),
        },
        lineStyle: { color: '#495057' },
        markLine: bandLines(bands, 'yAxis'),
      },
    ],
  };
}
