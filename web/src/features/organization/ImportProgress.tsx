import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { fetchJob } from '../jobs/jobs.api.ts';
import { ImportProblems } from './ImportProblems.tsx';
import { readImportOutcome } from './import-counts.ts';
import { orgKeys } from './org.api.ts';

const POLL_MS = 1000;

/** Polls an import job and shows its progress, then the outcome. */
export function ImportProgress({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['job', jobId],
    queryFn: () => fetchJob(jobId),
    refetchInterval: (q) => (q.state.data && ['done', 'dead'].includes(q.state.data.status) ? false : POLL_MS),
  });
  const job = query.data;
  const finished = useRef(false);

  const outcome = job?.status === 'done' ? readImportOutcome(job.result) : null;
  useEffect(() => {
    if (!outcome?.ok || finished.current) return;
    finished.current = true;
    void queryClient.invalidateQueries({ queryKey: orgKeys.all });
    notifySuccess(t('org.import.done'));
  }, [outcome?.ok, queryClient, t]);

  if (query.isError) return <ErrorAlert error={query.error} />;
  const status = job?.status ?? 'pending';
  if (status === 'dead') {
    return <ErrorAlert message={job?.error || t('org.import.failed')} title={t('org.import.failedTitle')} />;
  }
  if (outcome && !outcome.ok) return <ImportProblems problems={outcome.problems} title={t('org.import.refusedTitle')} />;
  if (outcome) {
    return (
      <Alert color="teal" variant="light" title={t('org.import.doneTitle')} role="status" data-testid="import-done">
        <Text size="sm">{t('org.import.done')}</Text>
        {outcome.created ? <Text size="sm">{t('org.import.createdLine', { ...outcome.created })}</Text> : null}
        {outcome.updated ? <Text size="sm">{t('org.import.updatedLine', { ...outcome.updated })}</Text> : null}
      </Alert>
    );
  }
  const value = job?.progress ?? null;
  const label = value === null ? t('org.import.waiting') : t('org.import.running', { value });
  return (
    <Stack gap={6}>
      <Text size="sm" role="status" aria-live="polite">
        {label}
      </Text>
      <Progress.Root size="xl">
        {value === null ? (
          <Progress.Section
            value={100}
            striped
            animated
            withAria={false}
            role="progressbar"
            aria-label={t('org.import.progress')}
            aria-valuetext={label}
          />
        ) : (
          <Progress.Section value={value} aria-label={t('org.import.progress')}>
            <Progress.Label>{`${value}%`}</Progress.Label>
          </Progress.Section>
        )}
      </Progress.Root>
    </Stack>
  );
}
