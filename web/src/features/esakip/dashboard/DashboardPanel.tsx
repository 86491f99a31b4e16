import { Anchor, Breadcrumbs, Group, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { dashboardKeys, fetchIndicatorDashboard, fetchRegencyDashboard, fetchUnitDashboard } from './dashboard.api.ts';
import { IndicatorView } from './IndicatorView.tsx';
import { RegencyView } from './RegencyView.tsx';
import { UnitView } from './UnitView.tsx';

/** Search parameters of the dashboard (so a drill-down is a link, and Back goes up a level). */
const YEAR = 'tahun';
const UNIT = 'opd';
const INDICATOR = 'indikator';

/** Selectable years: next year and the ten before it, around the shown year (2000–2100). */
function yearOptions(shown: number): { value: string; label: string }[] {
  const latest = Math.max(shown, new Date().getFullYear()) + 1;
  return Array.from({ length: 11 }, (_, i) => latest - i)
    .filter((y) => y >= 2000 && y <= 2100)
    .map((y) => ({ value: String(y), label: String(y) }));
}

/** Reads and changes the drill-down state kept in the URL. */
function useDrillDown() {
  const [params, setParams] = useSearchParams();
  const requestedYear = Number(params.get(YEAR));
  const change = (values: Record<string, string | null>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(values)) value === null ? next.delete(key) : next.set(key, value);
      return next;
    });
  return {
    year: Number.isInteger(requestedYear) && requestedYear >= 2000 && requestedYear <= 2100 ? requestedYear : null,
    unitId: params.get(UNIT),
    indicatorId: params.get(INDICATOR),
    setYear: (year: string) => change({ [YEAR]: year }),
    openRegency: () => change({ [UNIT]: null, [INDICATOR]: null }),
    openUnit: (unitId: string) => change({ [UNIT]: unitId, [INDICATOR]: null }),
    openIndicator: (indicatorId: string) => change({ [INDICATOR]: indicatorId }),
  };
}

/** The "Dasbor" tab: the regency's capaian per OPD, drilling down to an OPD's indicators and to one indicator. */
export function DashboardPanel() {
  const { t } = useTranslation();
  const drill = useDrillDown();
  const regency = useQuery({ queryKey: dashboardKeys.regency(drill.year), queryFn: () => fetchRegencyDashboard(drill.year) });
  // The year of the server's answer, so the OPD and indicator views share the cache with the regency view.
  const year = drill.year ?? regency.data?.year ?? (regency.isError ? null : undefined);
  const unit = useQuery({
    queryKey: dashboardKeys.unit(drill.unitId ?? '', year ?? null),
    queryFn: () => fetchUnitDashboard(drill.unitId ?? '', year ?? null),
    enabled: drill.unitId !== null && year !== undefined,
    staleTime: 60_000,
  });
  const indicator = useQuery({
    queryKey: dashboardKeys.indicator(drill.indicatorId ?? '', year ?? null),
    queryFn: () => fetchIndicatorDashboard(drill.indicatorId ?? '', year ?? null),
    enabled: drill.indicatorId !== null && year !== undefined,
  });
  const level = drill.indicatorId ? indicator : drill.unitId ? unit : regency;
  const shownYear = year ?? new Date().getFullYear();
  const unitName = unit.data?.unit.name ?? indicator.data?.indicator.unitName ?? '…';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <nav aria-label={t('esakipDashboard.breadcrumb')}>
          <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap' }}>
            {drill.unitId || drill.indicatorId ? (
              <Anchor component="button" type="button" onClick={drill.openRegency}>
                {t('esakipDashboard.regencyCrumb')}
              </Anchor>
            ) : (
              <Text aria-current="page">{t('esakipDashboard.regencyCrumb')}</Text>
            )}
            {drill.unitId && drill.indicatorId ? (
              <Anchor component="button" type="button" onClick={() => drill.openUnit(drill.unitId ?? '')}>
                {unitName}
              </Anchor>
            ) : null}
            {drill.unitId && !drill.indicatorId ? <Text aria-current="page">{unitName}</Text> : null}
            {drill.indicatorId ? (
              <Text aria-current="page" lineClamp={1} maw={360}>
                {indicator.data?.indicator.code ?? indicator.data?.indicator.name ?? '…'}
              </Text>
            ) : null}
          </Breadcrumbs>
        </nav>
        <Select
          label={t('esakipDashboard.year')}
          data={yearOptions(shownYear)}
          value={String(shownYear)}
          onChange={(value) => value && drill.setYear(value)}
          allowDeselect={false}
          w={120}
        />
      </Group>
      <ErrorAlert error={level.error} />
      {regency.isLoading || level.isLoading ? <Text>{t('esakipDashboard.loading')}</Text> : null}
      {drill.indicatorId ? (
        indicator.data ? (
          <IndicatorView view={indicator.data} />
        ) : null
      ) : drill.unitId ? (
        unit.data ? (
          <UnitView view={unit.data} onOpenIndicator={drill.openIndicator} />
        ) : null
      ) : regency.data ? (
        <RegencyView view={regency.data} onOpenUnit={drill.openUnit} />
      ) : null}
    </Stack>
  );
}
