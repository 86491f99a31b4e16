import { Anchor, Badge, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { SimpleTable } from '../../../ui/SimpleTable.tsx';
import { BandChip, NoWrap } from './BandChip.tsx';
import type { DashboardIndicatorRowView, UnitDashboardView } from './dashboard.api.ts';
import { formatPercent, periodName } from './dashboard-format.ts';

type Row = DashboardIndicatorRowView;

/** The capaian cell: the value, "not computable" with its reason, or "no data". */
function CapaianCell({ row }: { row: Row }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!row.shown)
    return (
      <Text size="sm" c="dimmed">
        {t('esakipDashboard.unit.noData')}
      </Text>
    );
  if (row.shown.state === 'not_computable')
    return (
      <Stack gap={0}>
        <Text size="sm">{t('esakipDashboard.unit.notComputable')}</Text>
        {row.shown.reasonMessage ? (
          <Text size="xs" c="dimmed">
            {row.shown.reasonMessage}
          </Text>
        ) : null}
      </Stack>
    );
  return <Text size="sm">{formatPercent(row.shown.value, locale, t)}</Text>;
}

/** The projection cell: projected capaian with a "warning" badge, or why there is none. */
function ProjectionCell({ row }: { row: Row }) {
  const { t } = useTranslation();
  const { projection } = row;
  if (projection.state === 'not_computable')
    return (
      <Text size="xs" c="dimmed">
        {projection.message}
      </Text>
    );
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm">{formatPercent(projection.capaian, currentLocale(), t)}</Text>
      {projection.warning ? (
        <Badge color="red" variant="light" size="sm">
          {t('esakipDashboard.unit.warningBadge')}
        </Badge>
      ) : null}
    </Stack>
  );
}

/** The OPD's indicators as traffic lights: capaian, band (colour and text), projection and serapan; each opens its detail. */
export function IndicatorLights({ view, onOpenIndicator }: { view: UnitDashboardView; onOpenIndicator: (id: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="xs" component="section" aria-labelledby="dash-lights-title">
      <Title order={2} size="h3" id="dash-lights-title">
        {t('esakipDashboard.unit.indicatorsTitle')}
      </Title>
      <SimpleTable<Row>
        caption={t('esakipDashboard.unit.indicatorsCaption', { unit: view.unit.name, year: view.year })}
        testId="dash-indicators-table"
        minWidth={720}
        rows={view.indicators}
        rowKey={(r) => r.indicatorId}
        emptyText={t('esakipDashboard.unit.empty')}
        columns={[
          {
            key: 'indicator',
            header: t('esakipDashboard.unit.indicator'),
            rowHeader: true,
            render: (r) => (
              <Stack gap={2} align="flex-start">
                <Anchor component="button" type="button" fz="sm" ta="left" onClick={() => onOpenIndicator(r.indicatorId)}>
                  {r.code ? `${r.code} · ${r.name}` : r.name}
                </Anchor>
                {r.isIku ? (
                  <Badge size="xs" variant="outline">
                    {t('esakipDashboard.unit.iku')}
                  </Badge>
                ) : null}
              </Stack>
            ),
          },
          {
            key: 'period',
            header: t('esakipDashboard.unit.period'),
            render: (r) => (r.shown ? <NoWrap>{periodName(r.shown.period, locale, t)}</NoWrap> : t('esakipDashboard.none')),
          },
          { key: 'capaian', header: t('esakipDashboard.unit.capaian'), render: (r) => <CapaianCell row={r} /> },
          {
            key: 'band',
            header: t('esakipDashboard.unit.category'),
            render: (r) =>
              r.shown?.state === 'computed' ? <BandChip bands={view.bands} code={r.shown.band} /> : t('esakipDashboard.none'),
          },
          { key: 'projection', header: t('esakipDashboard.unit.projection'), render: (r) => <ProjectionCell row={r} /> },
          {
            key: 'serapan',
            header: t('esakipDashboard.unit.serapan'),
            render: (r) => formatPercent(r.budget.serapan, locale, t),
          },
        ]}
      />
    </Stack>
  );
}
