import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { currentLocale } from '../../app/i18n/index.ts';
import { isPlatformOperator } from '../../app/nav.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { useRequiredSession } from '../../app/session.tsx';
import { hasPermission } from '../../app/session-types.ts';
import { BarChart } from '../../ui/BarChart.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { StatCard } from '../../ui/StatCard.tsx';
import { fetchOrgSummary, orgKeys } from '../organization/org.api.ts';

function Summary() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const query = useQuery({ queryKey: orgKeys.summary, queryFn: fetchOrgSummary });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const summary = query.data;
  const bars = [
    { label: t('dashboard.kecamatan'), value: summary.kecamatan },
    { label: t('dashboard.desa'), value: summary.desa },
    { label: t('dashboard.kelurahan'), value: summary.kelurahan },
  ];
  return (
    <Stack>
      <section aria-labelledby="org-stats-title">
        <Title order={2} size="h4" id="org-stats-title" mb="sm">
          {t('dashboard.orgTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <StatCard label={t('dashboard.units')} value={summary.units} locale={locale} />
          <StatCard label={t('dashboard.positions')} value={summary.positions} locale={locale} />
          <StatCard label={t('dashboard.employees')} value={summary.employees} locale={locale} />
        </SimpleGrid>
      </section>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="region-chart-title">
        <Title order={2} size="h4" id="region-chart-title" mb="sm">
          {t('dashboard.regionTitle')}
        </Title>
        <BarChart
          title={t('dashboard.regionTitle')}
          bars={bars}
          locale={locale}
          tableCaption={t('dashboard.regionTable')}
          labelHeader={t('dashboard.regionKind')}
          valueHeader={t('dashboard.count')}
        />
      </Paper>
    </Stack>
  );
}

/** `/`: Beranda — organisation counts and territorial units at a glance; the platform super-admin lands on `/platform`. */
export function DashboardPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  if (isPlatformOperator(session)) return <Navigate to="/platform" replace />;
  const canSeeOrg = hasPermission(session, 'organization.read') || hasPermission(session, 'organization.manage');
  return (
    <>
      <PageHeader title={t('dashboard.title')} description={t('dashboard.welcome', { name: session.user.displayName })} />
      {canSeeOrg ? <Summary /> : <Text>{t('dashboard.noOrgAccess')}</Text>}
    </>
  );
}
