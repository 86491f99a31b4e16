import { Alert, Loader, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { LkjipPanel } from '../lkjip/LkjipPanel.tsx';
import { AgreementsPanel } from './agreements/AgreementsPanel.tsx';
import { DashboardPanel } from './dashboard/DashboardPanel.tsx';
import { esakipKeys, fetchPeriods } from './esakip.api.ts';
import { PeriodsPanel } from './PeriodsPanel.tsx';
import { PlanPanel } from './PlanPanel.tsx';
import { ReportsPanel } from './ReportsPanel.tsx';
import { RealizationsPanel } from './realizations/RealizationsPanel.tsx';
import { MeasurementSettingsPanel } from './settings/MeasurementSettingsPanel.tsx';

/** The active period's title, with its years unless the title already names them. */
const periodLine = (p: { title: string; startYear: number; endYear: number }) =>
  p.title.includes(String(p.startYear)) ? p.title : `${p.title} (${p.startYear}–${p.endYear})`;

const TABS = ['dasbor', 'rencana', 'periode', 'laporan', 'pk', 'realisasi', 'lkjip', 'pengaturan'] as const;
type EsakipTab = (typeof TABS)[number];

/** `/e-sakip`: the plan of the active period (tree/table), the RPJMD periods and the reports. */
export function EsakipPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as EsakipTab | null;
  const tab: EsakipTab = requested && TABS.includes(requested) ? requested : 'rencana';
  const periods = useQuery({ queryKey: esakipKeys.periods, queryFn: fetchPeriods });
  const active = periods.data?.find((p) => p.status === 'active') ?? null;
  const needActive = (body: React.ReactNode) =>
    periods.isPending ? (
      <Loader size="sm" aria-label={t('common.loading')} />
    ) : active ? (
      body
    ) : (
      <Alert color="blue">{t('esakip.noActivePeriod')}</Alert>
    );
  return (
    <>
      <PageHeader title={t('esakip.title')} description={active ? periodLine(active) : t('esakip.description')} />
      <ErrorAlert error={periods.error} />
      <Tabs value={tab} onChange={(value) => setParams({ tab: value ?? 'rencana' }, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="dasbor">{t('esakipDashboard.tab')}</Tabs.Tab>
          <Tabs.Tab value="rencana">{t('esakip.tabs.plan')}</Tabs.Tab>
          <Tabs.Tab value="periode">{t('esakip.tabs.periods')}</Tabs.Tab>
          <Tabs.Tab value="laporan">{t('esakip.tabs.reports')}</Tabs.Tab>
          <Tabs.Tab value="pk">{t('esakipPk.tab')}</Tabs.Tab>
          <Tabs.Tab value="realisasi">{t('esakipRealizations.tab')}</Tabs.Tab>
          <Tabs.Tab value="lkjip">{t('lkjip.tab')}</Tabs.Tab>
          <Tabs.Tab value="pengaturan">{t('esakipSettings.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="dasbor">
          <DashboardPanel />
        </Tabs.Panel>
        <Tabs.Panel value="rencana">
          {active ? needActive(<PlanPanel key={params.toString()} period={active} initial={params} />) : needActive(null)}
        </Tabs.Panel>
        <Tabs.Panel value="periode">{periods.data ? <PeriodsPanel periods={periods.data} /> : null}</Tabs.Panel>
        <Tabs.Panel value="laporan">{active ? needActive(<ReportsPanel period={active} />) : needActive(null)}</Tabs.Panel>
        <Tabs.Panel value="pk">{periods.data ? <AgreementsPanel periods={periods.data} /> : null}</Tabs.Panel>
        <Tabs.Panel value="realisasi">{active ? needActive(<RealizationsPanel period={active} />) : needActive(null)}</Tabs.Panel>
        <Tabs.Panel value="lkjip">
          <LkjipPanel />
        </Tabs.Panel>
        <Tabs.Panel value="pengaturan">
          <MeasurementSettingsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
