/** The ECharts wrapper: line/scatter series and mark lines are registered, and a data-item click reaches onClick. */
import { type ECElementEvent, getInstanceByDom } from 'echarts/core';
import { describe, expect, it, vi } from 'vitest';
import { mountPoint } from '../test-support/dom.ts';
import { EChart, type EChartOption } from './EChart.tsx';

const mount = mountPoint();

const option: EChartOption = {
  xAxis: { type: 'category', data: ['Q1', 'Q2'] },
  yAxis: { type: 'value' },
  series: [
    { type: 'line', data: [70, 80], markLine: { data: [{ yAxis: 85 }] } },
    { type: 'scatter', data: [[1, 2]] },
    { type: 'bar', data: [1, 2] },
  ],
};

/** The event ECharts emits for a click on a data item (only the fields the wrapper reads matter). */
const clickOn = (seriesIndex: number, dataIndex: number, name: string) =>
  ({ type: 'click', componentType: 'series', seriesIndex, dataIndex, name }) as unknown as ECElementEvent;

const chartOf = () => {
  const node = mount.container.querySelector<HTMLDivElement>('[role="img"]');
  const chart = node ? getInstanceByDom(node) : undefined;
  if (!chart) throw new Error('no chart');
  return chart;
};

describe('EChart', () => {
  it('draws line, scatter and bar series with a mark line under one labelled image', async () => {
    await mount.render(<EChart option={option} ariaLabel="Tren capaian" />);
    const chart = chartOf();
    const types = (chart.getOption().series as { type: string }[]).map((s) => s.type);
    expect(types).toEqual(['line', 'scatter', 'bar']);
    // The option gets a top-level markLine component only when MarkLineComponent is registered.
    expect(chart.getOption().markLine).toHaveLength(1);
    expect(mount.container.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Tren capaian');
  });

  it('reports a clicked data item to the latest onClick', async () => {
    const first = vi.fn();
    const second = vi.fn();
    await mount.render(<EChart option={option} ariaLabel="x" onClick={first} />);
    await mount.render(<EChart option={option} ariaLabel="x" onClick={second} />);
    chartOf().trigger('click', clickOn(2, 1, 'Q2'));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ seriesIndex: 2, dataIndex: 1, name: 'Q2' });
  });

  it('renders without onClick (existing users)', async () => {
    await mount.render(<EChart option={option} ariaLabel="x" />);
    expect(() => chartOf().trigger('click', clickOn(0, 0, 'Q1'))).not.toThrow();
  });
});
