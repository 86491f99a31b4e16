/**
 * A small, reusable ECharts 6 wrapper (e-Office statistics, later the e-SAKIP dashboards).
 *
 * - Modular imports only (bar charts, grid, tooltip, legend, title; SVG renderer), so the chunk stays small;
 *   add a chart type to `echarts.use([...])` below when a dashboard needs one.
 * - The container has an explicit height (ECharts needs one) and a minimum width; on a narrow screen (375 px) the
 *   chart scrolls sideways inside its region instead of squeezing the bars.
 * - Accessibility: the chart is an image (`role="img"`) with an `aria-label` summary; always render the same
 *   numbers in a table next to it, which is what screen readers read.
 * - The chart is resized on window resize and disposed on unmount.
 */

import type { BarSeriesOption } from 'echarts/charts';
import { BarChart } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, SVGRenderer]);

/** The chart options this wrapper supports (bar series with grid, tooltip, legend and title). */
export type EChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | TitleComponentOption
>;

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
}

/** A bar-chart container backed by ECharts (SVG), with role="img" and a summary label; pair it with a table. */
export function EChart({ option, ariaLabel, height = 320, minWidth = 480, testId }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const instance = echarts.init(node, undefined, { renderer: 'svg' });
    chart.current = instance;
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

  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <div ref={element} role="img" aria-label={ariaLabel} data-testid={testId} style={{ height, minWidth, width: '100%' }} />
    </div>
  );
}
