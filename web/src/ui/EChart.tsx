/**
 * A small, reusable ECharts 6 wrapper (e-Office statistics, later the e-SAKIP dashboards).
 *
 * - Modular imports only (bar, line and scatter charts, grid, tooltip, legend, title, mark lines; SVG renderer), so
 *   the chunk stays small; add a chart type to `echarts.use([...])` below when a dashboard needs one.
 * - The container has an explicit height (ECharts needs one) and a minimum width; on a narrow screen (375 px) the
 *   chart scrolls sideways inside its region instead of squeezing the bars.
 * - Accessibility: the chart is an image (`role="img"`) with an `aria-label` summary; always render the same
 *   numbers in a table next to it, which is what screen readers read.
 * - The chart is resized on window resize and disposed on unmount.
 * - `onClick` receives the clicked data item (series and data index); always offer the same action as a button or
 *   link next to the chart, since a chart click is neither keyboard nor screen-reader reachable.
 */

import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import type { ComposeOption, ECElementEvent } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  MarkLineComponent,
  SVGRenderer,
]);

/** The chart options this wrapper supports (bar, line and scatter series with grid, tooltip, legend, title, mark lines). */
export type EChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | MarkLineComponentOption
>;

/** What a click on a data item reports: its series, its index in the series' data and its category name. */
export interface EChartClick {
  seriesIndex: number;
  dataIndex: number;
  name: string;
}

interface EChartProps {
  /** The full ECharts option; replaced (not merged) whenever it changes. */
  option: EChartOption;
  /** Text alternative of the chart: a one-sentence summary of what it shows. */
  ariaLabel: string;
  /** Height in pixels (required by ECharts; default 320). */
  height?: number;
  /** Below this width the region scrolls horizontally (default 480 px). */
  minWidth?: number;
  testId?: string;
  /** Called when a data item (bar, point) is clicked; pair it with a keyboard-reachable control. */
  onClick?: (click: EChartClick) => void;
}

/** A chart container backed by ECharts (SVG), with role="img" and a summary label; pair it with a table. */
export function EChart({ option, ariaLabel, height = 320, minWidth = 480, testId, onClick }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickHandler = useRef(onClick);

  useEffect(() => {
    clickHandler.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const instance = echarts.init(node, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (event: ECElementEvent) =>
      clickHandler.current?.({ seriesIndex: event.seriesIndex ?? 0, dataIndex: event.dataIndex, name: event.name }),
    );
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new height or width must resize the drawn chart
  useEffect(() => {
    chart.current?.resize();
  }, [height, minWidth]);

  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <div ref={element} role="img" aria-label={ariaLabel} data-testid={testId} style={{ height, minWidth, width: '100%' }} />
    </div>
  );
}
