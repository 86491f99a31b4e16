import { Button, Group, Loader, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.tsx';
import { hasPermission } from '../../app/session-types.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { esakipKeys, fetchOpds } from '../esakip/esakip.api.ts';
import { evaluationKeys, fetchTemplates, fetchYearEvaluations } from './evaluation.api.ts';
import { EvaluationList } from './overview/EvaluationList.tsx';
import { TotalsChart, TrendChart } from './overview/OverviewCharts.tsx';
import { StartEvaluationDialog } from './overview/StartEvaluationDialog.tsx';
import { OverdueFollowupsCard } from './recommendations/OverdueFollowupsCard.tsx';

/** This year in Asia/Jakarta. */
const thisYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));

/** Years offered: next year and the ten before it, newest first. */
export const evaluationYears = (now: number) => Array.from({ length: 11 }, (_, i) => now + 1 - i);

/**
 * `/evaluasi-sakip`: the LKE evaluations of a year (evaluators see every OPD, planners their own, readers the final
 * ones; the server decides), opening one, the totals per OPD and one OPD's trend.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [year, setYear] = useState(thisYear);
  const [trendUnit, setTrendUnit] = useState('');
  const [starting, setStarting] = useState(false);
  const mayStart = hasPermission(session, 'evaluation.assess') || hasPermission(session, 'performance.plan.manage');
  const years = evaluationYears(thisYear());
  const list = useQuery({ queryKey: evaluationKeys.list(year), queryFn: () => fetchYearEvaluations(year) });
  const templates = useQuery({ queryKey: evaluationKeys.templates, queryFn: fetchTemplates, staleTime: 300_000 });
  const opds = useQuery({ queryKey: esakipKeys.units, queryFn: fetchOpds });
  const bands = templates.data?.[0]?.predikat ?? [];
  const rows = list.data ?? [];
  return (
    <>
      <PageHeader title={t('evaluation.title')} description={t('evaluation.description')} />
      <Stack gap="md">
        <Group align="flex-end" wrap="wrap" gap="sm">
          <NativeSelect
            label={t('evaluation.year')}
            data={years.map(String)}
            value={String(year)}
            onChange={(e) => setYear(Number(e.currentTarget.value))}
            w={120}
          />
          {mayStart ? <Button onClick={() => setStarting(true)}>{t('evaluation.start.open')}</Button> : null}
          {hasPermission(session, 'evaluation.assess') ? (
            <Button component={Link} to="/evaluasi-sakip/templat" variant="default">
              {t('evaluationTemplates.open')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {hasPermission(session, 'evaluation.assess') ? t('evaluation.scopeEvaluator') : t('evaluation.scopeOthers')}
        </Text>
        <ErrorAlert error={list.error ?? templates.error} />
        {list.isPending ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : (
          <EvaluationList year={year} rows={rows} bands={bands} onTrend={setTrendUnit} />
        )}
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <TotalsChart year={year} rows={rows} bands={bands} />
          <TrendChart units={opds.data ?? uniqueUnits(rows)} unitId={trendUnit} onUnit={setTrendUnit} bands={bands} />
        </SimpleGrid>
        <OverdueFollowupsCard />
      </Stack>
      {starting ? <StartEvaluationDialog year={year} years={years} onClose={() => setStarting(false)} /> : null}
    </>
  );
}

/** The OPDs named in the list (when the organisation list is not readable). */
function uniqueUnits(rows: { unitId: string; unitName: string }[]) {
  return [...new Map(rows.map((r) => [r.unitId, { id: r.unitId, name: r.unitName }])).values()];
}
