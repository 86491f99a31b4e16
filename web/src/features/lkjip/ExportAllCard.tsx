import { Alert, Anchor, Button, Card, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import type { UnitLite } from '../esakip/esakip.api.ts';
import { fetchJob } from '../jobs/jobs.api.ts';
import { type ExportResult, exportAll, lkjipKeys } from './lkjip.api.ts';

const POLL_MS = 1000;

/** The job's result summary: how many were exported (each linked) and which OPDs were skipped and why. */
function ExportSummary({ result, unitName }: { result: ExportResult; unitName: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" variant="light" role="status" title={t('lkjip.exportAll.doneTitle')} data-testid="lkjip-export-done">
      <Stack gap={4}>
        <Text size="sm">{t('lkjip.exportAll.exported', { count: result.exported.length })}</Text>
        <List size="sm">
          {result.exported.map((e) => (
            <List.Item key={e.reportId}>
              <Anchor component={Link} to={`/e-sakip/lkjip/${e.reportId}`} size="sm">
                {unitName(e.unitId)} — {t('lkjip.list.versionN', { n: e.number })}
              </Anchor>
            </List.Item>
          ))}
        </List>
        {result.skipped.length > 0 ? (
          <>
            <Text size="sm">{t('lkjip.exportAll.skipped', { count: result.skipped.length })}</Text>
            <List size="sm">
              {result.skipped.map((s) => (
                <List.Item key={s.unitId}>
                  {unitName(s.unitId)} — {t(`lkjip.exportAll.reasons.${s.reason}`, { defaultValue: s.reason })}
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Polls the export job: a progress bar while it runs, then the summary or the failure. */
export function ExportJobProgress({ jobId, year, opds }: { jobId: string; year: number; opds: UnitLite[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const job = useQuery({
    queryKey: ['job', jobId],
    queryFn: () => fetchJob(jobId),
    refetchInterval: (q) => (q.state.data && ['done', 'dead'].includes(q.state.data.status) ? false : POLL_MS),
  });
  const status = job.data?.status ?? 'pending';
  useEffect(() => {
    if (status === 'done') void client.invalidateQueries({ queryKey: lkjipKeys.list(year) });
  }, [status, client, year]);
  if (job.isError) return <ErrorAlert error={job.error} />;
  if (status === 'dead')
    return <ErrorAlert message={job.data?.error || t('lkjip.exportAll.failed')} title={t('lkjip.exportAll.failed')} />;
  if (status === 'done') {
    const unitName = (id: string) => opds.find((u) => u.id === id)?.name ?? id;
    return <ExportSummary result={job.data?.result as ExportResult} unitName={unitName} />;
  }
  const value = job.data?.progress ?? null;
  const label = value === null ? t('lkjip.exportAll.waiting') : t('lkjip.exportAll.running', { value });
  return (
    <Stack gap={6}>
      <Text size="sm" role="status" aria-live="polite" data-testid="lkjip-export-status">
        {label}
      </Text>
      <Progress
        value={value ?? 100}
        striped={value === null}
        animated={value === null}
        aria-label={t('lkjip.exportAll.progress')}
      />
    </Stack>
  );
}

/** "Ekspor semua OPD" (the coordinator): starts the background job and follows it. */
export function ExportAllCard({ year, opds }: { year: number; opds: UnitLite[] }) {
  const { t } = useTranslation();
  const start = useMutation({ mutationFn: () => exportAll(year) });
  return (
    <Card withBorder data-testid="lkjip-export-all">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('lkjip.exportAll.title')}
        </Title>
        <Text size="sm">{t('lkjip.exportAll.intro', { year })}</Text>
        <div>
          <Button variant="light" onClick={() => start.mutate()} loading={start.isPending}>
            {t('lkjip.exportAll.start')}
          </Button>
        </div>
        <ErrorAlert error={start.error} />
        {start.data ? <ExportJobProgress key={start.data} jobId={start.data} year={year} opds={opds} /> : null}
      </Stack>
    </Card>
  );
}
