import { Alert, Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { formatDecimal } from '../agreements/agreement-format.ts';
import type { DashboardIndicatorRowView, UnitDashboardView } from './dashboard.api.ts';

type Projected = Extract<DashboardIndicatorRowView['projection'], { state: 'projected' }>;

/** The indicators whose projected year-end capaian is below the threshold, each with its projection and a link. */
export function EarlyWarnings({ view, onOpenIndicator }: { view: UnitDashboardView; onOpenIndicator: (id: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const threshold = formatDecimal(view.earlyWarningBelow, locale);
  const warned = view.indicators.filter((r) => r.projection.state === 'projected' && r.projection.warning);
  const notProjected = view.indicators.filter((r) => r.projection.state === 'not_computable').length;
  return (
    <Stack gap="xs" component="section" aria-labelledby="dash-warnings-title" data-testid="dash-warnings">
      <Title order={2} size="h3" id="dash-warnings-title">
        {t('esakipDashboard.unit.warningTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('esakipDashboard.unit.warningIntro', { threshold })}
      </Text>
      {warned.length === 0 ? (
        <Alert color="green" variant="light">
          {t('esakipDashboard.unit.warningEmpty')}
        </Alert>
      ) : (
        <Alert color="red" variant="light" p="sm">
          <List spacing="xs" size="sm">
            {warned.map((row) => {
              const projection = row.projection as Projected;
              return (
                <List.Item key={row.indicatorId}>
                  <Anchor component="button" type="button" fz="sm" ta="left" onClick={() => onOpenIndicator(row.indicatorId)}>
                    {row.code ? `${row.code} · ${row.name}` : row.name}
                  </Anchor>
                  <Text size="sm">
                    {t('esakipDashboard.unit.warningItem', {
                      projected: formatDecimal(projection.capaian, locale),
                      threshold,
                      observed: projection.periodsObserved,
                      perYear: projection.periodsPerYear,
                    })}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        </Alert>
      )}
      {notProjected > 0 ? (
        <Text size="sm" c="dimmed">
          {t('esakipDashboard.unit.notProjected', { count: notProjected })}
        </Text>
      ) : null}
    </Stack>
  );
}
