import { Anchor, Badge, Card, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SimpleTable } from '../../ui/SimpleTable.tsx';
import { useMayPrepare } from '../esakip/agreements/use-may-prepare.ts';
import { esakipKeys, fetchOpds } from '../esakip/esakip.api.ts';
import { CreateReportForm } from './CreateReportForm.tsx';
import { ExportAllCard } from './ExportAllCard.tsx';
import { fetchCompleteness, fetchReports, lkjipKeys, type ReportSummaryView } from './lkjip.api.ts';
import { usePlannerScope } from './use-planner-scope.ts';

/** This year in Asia/Jakarta. */
const thisYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));

/** Years offered: this year and the ten before it; the report of last year is the one usually written. */
export const reportYears = (now: number) => Array.from({ length: 11 }, (_, i) => now - i);

/** The number of missing items of a draft (its own request); a final report shows its status only. */
function MissingCount({ report }: { report: ReportSummaryView }) {
  const { t } = useTranslation();
  const check = useQuery({
    queryKey: lkjipKeys.completeness(report.id),
    queryFn: () => fetchCompleteness(report.id),
    enabled: report.status === 'draft',
    staleTime: 60_000,
  });
  if (report.status === 'final') return <Text size="sm">—</Text>;
  if (!check.data) return check.isError ? <Text size="sm">—</Text> : <Loader size="xs" aria-label={t('common.loading')} />;
  const n = check.data.items.length;
  return (
    <Badge variant="light" color={n === 0 ? 'teal' : 'orange'} data-missing-count={n}>
      {n === 0 ? t('lkjip.list.complete') : t('lkjip.list.missingCount', { count: n })}
    </Badge>
  );
}

/** The year's reports: the regency first, then the OPDs, each opening the editor. */
function ReportTable({ year, rows }: { year: number; rows: ReportSummaryView[] }) {
  const { t } = useTranslation();
  const name = (r: ReportSummaryView) => (r.unitId === null ? t('lkjip.regency') : r.unitName);
  const ordered = [...rows].sort((a, b) =>
    a.unitId === null ? -1 : b.unitId === null ? 1 : a.unitName.localeCompare(b.unitName),
  );
  return (
    <SimpleTable<ReportSummaryView>
      caption={t('lkjip.list.caption', { year })}
      testId="lkjip-list"
      minWidth={520}
      rows={ordered}
      rowKey={(r) => r.id}
      emptyText={t('lkjip.list.empty', { year })}
      columns={[
        {
          key: 'scope',
          header: t('lkjip.list.scope'),
          rowHeader: true,
          render: (r) => (
            <Anchor component={Link} to={`/e-sakip/lkjip/${r.id}`} aria-label={t('lkjip.list.open', { name: name(r) })}>
              {name(r)}
            </Anchor>
          ),
        },
        {
          key: 'status',
          header: t('lkjip.list.status'),
          render: (r) => (
            <Badge variant="light" color={r.status === 'final' ? 'teal' : 'gray'}>
              {t(`lkjip.status.${r.status}`)}
            </Badge>
          ),
        },
        {
          key: 'version',
          header: t('lkjip.list.latestVersion'),
          render: (r) =>
            r.latestVersion === null ? t('lkjip.list.noVersion') : t('lkjip.list.versionN', { n: r.latestVersion }),
        },
        { key: 'missing', header: t('lkjip.list.missing'), render: (r) => <MissingCount report={r} /> },
      ]}
    />
  );
}

/** `/e-sakip?tab=lkjip`: the LKjIP of a year, creating a draft, and exporting every OPD (coordinator). */
export function LkjipPanel() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => thisYear() - 1);
  const mayPrepare = useMayPrepare();
  const scope = usePlannerScope(year, mayPrepare);
  const list = useQuery({ queryKey: lkjipKeys.list(year), queryFn: () => fetchReports(year) });
  const opds = useQuery({ queryKey: esakipKeys.units, queryFn: fetchOpds, enabled: mayPrepare });
  return (
    <Stack gap="md">
      <Text size="sm">{t('lkjip.intro')}</Text>
      <NativeSelect
        label={t('lkjip.year')}
        data={reportYears(thisYear()).map(String)}
        value={String(year)}
        onChange={(e) => setYear(Number(e.currentTarget.value))}
        w={160}
      />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <ReportTable year={year} rows={list.data ?? []} />
      )}
      {mayPrepare ? (
        <Card withBorder>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('lkjip.create.title')}
            </Title>
            <CreateReportForm key={year} year={year} opds={opds.data ?? []} scope={scope} />
          </Stack>
        </Card>
      ) : null}
      {mayPrepare && scope.coordinator ? <ExportAllCard key={year} year={year} opds={opds.data ?? []} /> : null}
    </Stack>
  );
}
