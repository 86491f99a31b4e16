import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { formatDecimal, formatRupiah } from '../agreements/agreement-format.ts';
import { BandChip } from './BandChip.tsx';
import type { BandView, RegencyDashboardView } from './dashboard.api.ts';
import { formatPercent } from './dashboard-format.ts';

type Summary = RegencyDashboardView['regency'];

/** One card: a label, a big value and an optional line under it. */
function Card({ label, value, note, testId }: { label: string; value: ReactNode; note?: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.25}>
        {value}
      </Text>
      {note ? (
        <Text size="sm" c="dimmed" component="div">
          {note}
        </Text>
      ) : null}
    </Paper>
  );
}

interface KpiCardsProps {
  summary: Summary;
  bands: readonly BandView[];
  /** Early warnings of the scope; null while they are being counted. */
  earlyWarnings: number | null;
  threshold: string;
}

/** The headline numbers of a scope (regency or OPD): mean with its band, computed/not computable/no data, warnings. */
export function KpiCards({ summary, bands, earlyWarnings, threshold }: KpiCardsProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const count = new Intl.NumberFormat(locale);
  const { budget } = summary;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, xl: 6 }} spacing="sm" component="section" aria-label={t('esakipDashboard.kpi.title')}>
      <Card
        testId="kpi-mean"
        label={t('esakipDashboard.kpi.mean')}
        value={summary.meanCapaian === null ? t('esakipDashboard.none') : formatPercent(summary.meanCapaian, locale, t)}
        note={summary.meanCapaian === null ? t('esakipDashboard.kpi.meanEmpty') : <BandChip bands={bands} code={summary.band} />}
      />
      <Card
        testId="kpi-computed"
        label={t('esakipDashboard.kpi.computed')}
        value={count.format(summary.computed)}
        note={t('esakipDashboard.kpi.computedOf', { total: count.format(summary.indicators) })}
      />
      <Card
        testId="kpi-not-computable"
        label={t('esakipDashboard.kpi.notComputable')}
        value={count.format(summary.notComputable)}
      />
      <Card testId="kpi-no-data" label={t('esakipDashboard.kpi.noData')} value={count.format(summary.noData)} />
      <Card
        testId="kpi-warnings"
        label={t('esakipDashboard.kpi.earlyWarnings')}
        value={earlyWarnings === null ? '…' : count.format(earlyWarnings)}
        note={t('esakipDashboard.kpi.earlyWarningsHint', { threshold: formatDecimal(threshold, locale) })}
      />
      <Card
        testId="kpi-serapan"
        label={t('esakipDashboard.kpi.serapan')}
        value={formatPercent(budget.serapan, locale, t)}
        note={
          budget.lines > 0
            ? t('esakipDashboard.kpi.serapanHint', {
                realisasi: formatRupiah(budget.realisasi, locale),
                pagu: formatRupiah(budget.pagu, locale),
              })
            : undefined
        }
      />
    </SimpleGrid>
  );
}
