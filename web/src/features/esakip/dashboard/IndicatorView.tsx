import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { formatDecimal } from '../agreements/agreement-format.ts';
import { BandChip } from './BandChip.tsx';
import type { IndicatorDashboardView } from './dashboard.api.ts';
import { formatRounded } from './dashboard-format.ts';
import { RealisasiTable, ResultsTable, TargetsTable } from './IndicatorTables.tsx';

/** One fact of the indicator: a label over its value. */
function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}

/** The year-end projection: projected capaian with its band and method, or why it cannot be made. */
function ProjectionLine({ view }: { view: IndicatorDashboardView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { projection } = view;
  if (projection.state === 'not_computable')
    return <Alert color="gray">{t('esakipDashboard.indicator.notProjected', { reason: projection.message })}</Alert>;
  return (
    <Alert color={projection.warning ? 'red' : 'green'} title={t('esakipDashboard.indicator.projection')}>
      <Group gap="sm">
        <Text size="sm">
          {t('esakipDashboard.indicator.projected', {
            capaian: formatDecimal(projection.capaian, locale),
            realisasi: formatRounded(projection.projectedRealisasi, locale),
            method: t(`esakipDashboard.method.${projection.method}`, { defaultValue: projection.method }),
          })}
        </Text>
        <BandChip bands={view.bands} code={projection.band} />
        {projection.warning ? (
          <Badge color="red" variant="light">
            {t('esakipDashboard.unit.warningBadge')}
          </Badge>
        ) : null}
      </Group>
    </Alert>
  );
}

/** One indicator: its facts, the projection, every stored result with its engine version, targets and realisasi. */
export function IndicatorView({ view }: { view: IndicatorDashboardView }) {
  const { t } = useTranslation();
  const { indicator } = view;
  const k = (key: string) => t(`esakipDashboard.indicator.${key}`);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={2} size="h3">
            {indicator.code ? `${indicator.code} · ${indicator.name}` : indicator.name}
          </Title>
          {indicator.isIku ? <Badge variant="outline">{t('esakipDashboard.unit.iku')}</Badge> : null}
        </Group>
        <Paper withBorder p="sm" radius="md">
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm" component="dl" m={0} aria-label={k('facts')}>
            <Fact label={k('unit')} value={indicator.unitName ?? t('esakipDashboard.none')} />
            <Fact label={k('unitOfMeasure')} value={indicator.unitOfMeasure || t('esakipDashboard.none')} />
            <Fact
              label={k('polarity')}
              value={t(`esakip.polarity.${indicator.polarity}`, { defaultValue: indicator.polarity })}
            />
            <Fact
              label={k('aggregation')}
              value={t(`esakip.aggregation.${indicator.aggregation}`, { defaultValue: indicator.aggregation })}
            />
            <Fact
              label={k('frequency')}
              value={t(`esakip.frequency.${indicator.frequency}`, { defaultValue: indicator.frequency })}
            />
          </SimpleGrid>
        </Paper>
      </Stack>
      <ProjectionLine view={view} />
      <ResultsTable view={view} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <TargetsTable view={view} />
        <RealisasiTable view={view} />
      </SimpleGrid>
    </Stack>
  );
}
