import { Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { EChart } from '../../ui/EChart.tsx';
import uiClasses from '../../ui/ui.module.css';
import { formatDecimal } from '../esakip/agreements/agreement-format.ts';
import type { OutlineBlock } from './lkjip.api.ts';
import { chartHeight, chartOption } from './lkjip-outline.ts';

type Of<K extends OutlineBlock['kind']> = Extract<OutlineBlock, { kind: K }>;

/** A chapter (h2), part (h3) or analysis (h4) heading; focusable so the table of contents can move the focus to it. */
export function OutlineHeading({ block, id }: { block: Of<'heading'>; id: string }) {
  const order = (block.level + 1) as 2 | 3 | 4;
  return (
    <Title order={order} size={order === 2 ? 'h3' : order === 3 ? 'h4' : 'h5'} id={id} tabIndex={-1} mt="md">
      {block.text}
    </Title>
  );
}

/** A generated table as in the document: numbers as the server formatted them; scrolls sideways on a phone. */
export function OutlineTable({ block, n }: { block: Of<'table'>; n: number }) {
  const { t } = useTranslation();
  const caption = t('lkjip.table.caption', { n });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be reachable by keyboard (WCAG 2.1.1)
    <section className={uiClasses.tableScroll} tabIndex={0} aria-label={caption} data-outline="table">
      <Table withTableBorder withColumnBorders striped miw={Math.min(640, 140 * block.header.length)} fz="sm">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {block.header.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: headers are fixed per table and may repeat
              <Table.Th key={i} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {block.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity besides their position
            <Table.Tr key={r}>
              {row.map((cell, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity besides their position
                <Table.Td key={c}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** A capaian chart: ECharts bars coloured by band, and the same numbers as a table for screen readers. */
export function OutlineChart({ block }: { block: Of<'chart'> }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const label = (value: string | null) => (value === null ? t('lkjip.chart.none') : formatDecimal(value, locale));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `label` changes with the locale, which is a dependency
  const option = useMemo(() => chartOption(block.bars, label), [block.bars, locale]);
  return (
    <figure style={{ margin: 0 }} data-outline="chart">
      <Text component="figcaption" size="sm" fw={500}>
        {block.title}
      </Text>
      <EChart
        option={option}
        ariaLabel={t('lkjip.chart.summary', { title: block.title, count: block.bars.length })}
        height={chartHeight(block.bars.length)}
        minWidth={320}
      />
      <VisuallyHidden>
        <table>
          <caption>{t('lkjip.chart.caption', { title: block.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lkjip.chart.indicator')}</th>
              <th scope="col">{t('lkjip.chart.capaian')}</th>
            </tr>
          </thead>
          <tbody>
            {block.bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{label(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
