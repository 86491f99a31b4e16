import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { EChart } from '../../../ui/EChart.tsx';
import { SimpleTable } from '../../../ui/SimpleTable.tsx';
import { BandChip, BandLegend } from './BandChip.tsx';
import type { DashboardUnitSummaryView, RegencyDashboardView } from './dashboard.api.ts';
import { unitsChartHeight, unitsOption } from './dashboard-charts.ts';
import { formatPercent } from './dashboard-format.ts';
import { KpiCards } from './KpiCards.tsx';

const NARROW = 330;

/** The regency: headline numbers, capaian per OPD as coloured bars with the band legend, and the same as a table. */
export function RegencyView({ view, onOpenUnit }: { view: RegencyDashboardView; onOpenUnit: (unitId: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const pct = (v: string | null) => formatPercent(v, locale, t);
  const drawn = useMemo(() => view.units.filter((u) => u.meanCapaian !== null), [view.units]);
  const option = useMemo(
    () => unitsOption(drawn, view.bands, (n) => formatPercent(String(n), locale, t)),
    [drawn, view.bands, locale, t],
  );
  const count = new Intl.NumberFormat(locale);
  return (
    <Stack gap="lg">
      <KpiCards
        summary={view.regency}
        bands={view.bands}
        earlyWarnings={view.regency.earlyWarnings}
        threshold={view.earlyWarningBelow}
      />
      <Stack gap="xs" component="section" aria-labelledby="dash-units-title">
        <Title order={2} size="h3" id="dash-units-title">
          {t('esakipDashboard.regency.chartTitle')}
        </Title>
        {drawn.length > 0 ? (
          <>
            <Text size="sm" c="dimmed">
              {t('esakipDashboard.regency.chartHint')}
            </Text>
            <EChart
              option={option}
              testId="dash-units-chart"
              height={unitsChartHeight(drawn.length)}
              minWidth={NARROW}
              ariaLabel={t('esakipDashboard.regency.chartSummary', { count: drawn.length, year: view.year })}
              onClick={({ name }) => {
                const unit = drawn.find((u) => u.code === name);
                if (unit) onOpenUnit(unit.unitId);
              }}
            />
            <BandLegend bands={view.bands} />
          </>
        ) : null}
        <SimpleTable<DashboardUnitSummaryView>
          caption={t('esakipDashboard.regency.tableCaption', { year: view.year })}
          testId="dash-units-table"
          minWidth={640}
          rows={view.units}
          rowKey={(u) => u.unitId}
          emptyText={t('esakipDashboard.regency.empty')}
          columns={[
            {
              key: 'unit',
              header: t('esakipDashboard.regency.unit'),
              rowHeader: true,
              render: (u) => (
                <Anchor component="button" type="button" onClick={() => onOpenUnit(u.unitId)} ta="left" fz="sm">
                  {u.name} ({u.code})
                </Anchor>
              ),
            },
            { key: 'mean', header: t('esakipDashboard.regency.mean'), render: (u) => pct(u.meanCapaian) },
            {
              key: 'band',
              header: t('esakipDashboard.regency.category'),
              render: (u) => <BandChip bands={view.bands} code={u.band} />,
            },
            {
              key: 'indicators',
              header: t('esakipDashboard.regency.indicators'),
              render: (u) => `${count.format(u.computed)} / ${count.format(u.indicators)}`,
            },
            {
              key: 'warnings',
              header: t('esakipDashboard.regency.warnings'),
              render: (u) => count.format(u.earlyWarnings),
            },
            { key: 'serapan', header: t('esakipDashboard.regency.serapan'), render: (u) => pct(u.budget.serapan) },
            {
              key: 'efficiency',
              header: t('esakipDashboard.regency.efficiency'),
              render: (u) => (u.efficiency ? t(`esakipDashboard.efficiency.${u.efficiency.status}`) : t('esakipDashboard.none')),
            },
          ]}
        />
        {view.unassignedIndicators > 0 ? (
          <Text size="sm" c="dimmed">
            {t('esakipDashboard.regency.unassigned', { count: view.unassignedIndicators })}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}
