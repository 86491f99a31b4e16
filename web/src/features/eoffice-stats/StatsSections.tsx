import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { EChart } from '../../ui/EChart.tsx';
import { SimpleTable } from '../../ui/SimpleTable.tsx';
import type { EofficeStats, UnitStats } from './eoffice-stats.api.ts';
import { dispositionsOption, lettersOption, monthNames, responseOption } from './stats-charts.ts';

/** Widths that fit a 375 px phone: twelve months of bars, and tables of a name and a few numbers. */
const NARROW_CHART = 330;
const NARROW_TABLE = 330;
const sum = (values: number[]) => values.reduce((n, v) => n + v, 0);

/** Letters in/out per month: a grouped bar chart and the same numbers as a table. */
export function LettersSection({ stats }: { stats: EofficeStats }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const names = useMemo(() => monthNames(locale), [locale]);
  const incoming = t('eofficeStats.incoming');
  const outgoing = t('eofficeStats.outgoing');
  const option = useMemo(
    () => lettersOption(stats.months, names, { incoming, outgoing }),
    [stats.months, names, incoming, outgoing],
  );
  const format = new Intl.NumberFormat(locale);
  return (
    <Stack gap="xs" component="section" aria-labelledby="stats-letters">
      <Title order={2} size="h3" id="stats-letters">
        {t('eofficeStats.lettersTitle')}
      </Title>
      <EChart
        option={option}
        testId="stats-letters-chart"
        minWidth={NARROW_CHART}
        ariaLabel={t('eofficeStats.lettersSummary', {
          year: stats.year,
          incoming: sum(stats.months.map((m) => m.incoming)),
          outgoing: sum(stats.months.map((m) => m.outgoing)),
        })}
      />
      <SimpleTable
        caption={t('eofficeStats.lettersCaption', { year: stats.year })}
        testId="stats-letters-table"
        minWidth={NARROW_TABLE}
        rows={stats.months}
        rowKey={(m) => String(m.month)}
        emptyText=""
        columns={[
          { key: 'month', header: t('eofficeStats.month'), rowHeader: true, render: (m) => names[m.month - 1] },
          { key: 'incoming', header: incoming, render: (m) => format.format(m.incoming) },
          { key: 'outgoing', header: outgoing, render: (m) => format.format(m.outgoing) },
        ]}
      />
    </Stack>
  );
}

/** Open and overdue dispositions per unit: a stacked bar chart and a table with completed too. */
export function DispositionsSection({ stats }: { stats: EofficeStats }) {
  const { t } = useTranslation();
  const format = new Intl.NumberFormat(currentLocale());
  const onTime = t('eofficeStats.onTime');
  const overdue = t('eofficeStats.overdue');
  const option = useMemo(() => dispositionsOption(stats.units, { onTime, overdue }), [stats.units, onTime, overdue]);
  return (
    <Stack gap="xs" component="section" aria-labelledby="stats-dispositions">
      <Title order={2} size="h3" id="stats-dispositions">
        {t('eofficeStats.dispositionsTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('eofficeStats.dispositionsNote', { year: stats.year })}
      </Text>
      {stats.units.length > 0 ? (
        <EChart
          option={option}
          testId="stats-dispositions-chart"
          minWidth={stats.units.length > 4 ? undefined : NARROW_CHART}
          ariaLabel={t('eofficeStats.dispositionsSummary', {
            open: sum(stats.units.map((u) => u.open)),
            overdue: sum(stats.units.map((u) => u.overdue)),
            units: stats.units.length,
          })}
        />
      ) : null}
      <SimpleTable<UnitStats>
        caption={t('eofficeStats.dispositionsCaption', { year: stats.year })}
        testId="stats-dispositions-table"
        minWidth={NARROW_TABLE}
        rows={stats.units}
        rowKey={(u) => u.unitId}
        emptyText={t('eofficeStats.empty')}
        columns={[
          { key: 'unit', header: t('eofficeStats.unit'), rowHeader: true, render: (u) => `${u.unitName} (${u.unitCode})` },
          { key: 'open', header: t('eofficeStats.open'), render: (u) => format.format(u.open) },
          { key: 'overdue', header: overdue, render: (u) => format.format(u.overdue) },
          { key: 'completed', header: t('eofficeStats.completed'), render: (u) => format.format(u.completed) },
        ]}
      />
    </Stack>
  );
}

/** Median response time per unit: a bar chart, the definition, and a table with the count it is based on. */
export function ResponseSection({ stats }: { stats: EofficeStats }) {
  const { t } = useTranslation();
  const format = new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 2 });
  const label = t('eofficeStats.medianHours');
  const option = useMemo(() => responseOption(stats.units, label), [stats.units, label]);
  const answered = stats.units.filter((u) => u.medianResponseHours !== null).length;
  return (
    <Stack gap="xs" component="section" aria-labelledby="stats-response">
      <Title order={2} size="h3" id="stats-response">
        {t('eofficeStats.responseTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('eofficeStats.responseNote')}
      </Text>
      {answered > 0 ? (
        <EChart
          option={option}
          testId="stats-response-chart"
          minWidth={stats.units.length > 4 ? undefined : NARROW_CHART}
          ariaLabel={t('eofficeStats.responseSummary', { units: answered })}
        />
      ) : null}
      <SimpleTable<UnitStats>
        caption={t('eofficeStats.responseCaption', { year: stats.year })}
        testId="stats-response-table"
        minWidth={NARROW_TABLE}
        rows={stats.units}
        rowKey={(u) => u.unitId}
        emptyText={t('eofficeStats.empty')}
        columns={[
          { key: 'unit', header: t('eofficeStats.unit'), rowHeader: true, render: (u) => `${u.unitName} (${u.unitCode})` },
          {
            key: 'median',
            header: label,
            render: (u) => (u.medianResponseHours === null ? t('eofficeStats.noMedian') : format.format(u.medianResponseHours)),
          },
          { key: 'count', header: t('eofficeStats.basedOn'), render: (u) => format.format(u.responseCount) },
        ]}
      />
    </Stack>
  );
}
