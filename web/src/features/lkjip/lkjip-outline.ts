/** Pure helpers of the LKjIP editor: anchors of the outline, its table of contents, where a missing item is fixed. */
import type { EChartOption } from '../../ui/EChart.tsx';
import type { CompletenessItem, OutlineBlock } from './lkjip.api.ts';

/** The element id of the heading block at `index`. */
export const headingId = (index: number) => `lkjip-h-${index}`;

/** The element id of a narrative section's text box. */
export const sectionId = (key: string) => `lkjip-s-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

/** One entry of the table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  level: 1 | 2 | 3;
}

/** The chapters (level 1) and their parts (level 2) in reading order; level-3 headings stay out to keep it short. */
export function tableOfContents(blocks: readonly OutlineBlock[]): TocEntry[] {
  return blocks.flatMap((b, index) =>
    b.kind === 'heading' && b.level <= 2 ? [{ id: headingId(index), text: b.text, level: b.level }] : [],
  );
}

/** Where a missing item is fixed: a section of this report (scroll), or another e-SAKIP tab (link). */
export type FixTarget = { kind: 'section'; key: string } | { kind: 'tab'; tab: 'realisasi' | 'pk' | 'rencana'; hint: string };

/** The place to fix a completeness item, from its field key. */
export function fixTarget(item: CompletenessItem): FixTarget {
  if (item.field.startsWith('sections.')) return { kind: 'section', key: item.field.slice('sections.'.length) };
  if (item.field.startsWith('realisasi.')) return { kind: 'tab', tab: 'realisasi', hint: 'realisasi' };
  if (item.field === 'agreement') return { kind: 'tab', tab: 'pk', hint: 'agreement' };
  if (item.field === 'budget') return { kind: 'tab', tab: 'pk', hint: 'budget' };
  return { kind: 'tab', tab: 'rencana', hint: 'indicators' };
}

/** A capaian value as drawn (percent); null stays a gap. Numbers are only for drawing, the table shows the text. */
const drawn = (value: string | null) => (value === null ? null : Number(value));

type Bar = Extract<OutlineBlock, { kind: 'chart' }>['bars'][number];

/** Horizontal bars of capaian per indicator, coloured by band, labelled with the server's formatted value. */
export function chartOption(bars: readonly Bar[], label: (value: string | null) => string): EChartOption {
  const shown = [...bars].reverse(); // ECharts draws the first category at the bottom
  return {
    grid: { left: 8, right: 64, top: 16, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', min: 0 },
    yAxis: { type: 'category', data: shown.map((b) => b.label), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: shown.map((b) => ({ value: drawn(b.value), itemStyle: { color: b.color } })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex?: number }) => label(shown[p.dataIndex ?? 0]?.value ?? null),
        },
      },
    ],
  };
}

/** Chart height: one 34-px row per bar plus the axes. */
export const chartHeight = (count: number) => Math.max(140, count * 34 + 60);
