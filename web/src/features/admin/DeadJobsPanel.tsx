import { Button, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { DateTime } from '../../ui/DateTime.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { type DeadJobView, fetchDeadJobs, jobKeys, retryJob } from '../jobs/jobs.api.ts';

function useRetry() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (job: DeadJobView) => retryJob(job.id),
    onSuccess: (_answer, job) => {
      notifySuccess(t('jobs.retried', { name: job.name }));
      void queryClient.invalidateQueries({ queryKey: jobKeys.dead });
    },
    onError: (error) => notifyError(error, t),
  });
}

function useColumns(retry: ReturnType<typeof useRetry> | null): Column<DeadJobView>[] {
  const { t } = useTranslation();
  const columns: Column<DeadJobView>[] = [
    {
      key: 'name',
      header: t('jobs.name'),
      rowHeader: true,
      render: (job) => (
        <Text span ff="monospace" size="sm" style={{ whiteSpace: 'nowrap' }}>
          {job.name}
        </Text>
      ),
    },
    { key: 'at', header: t('jobs.failedAt'), render: (job) => <DateTime iso={job.finishedAt ?? job.createdAt} /> },
    { key: 'attempts', header: t('jobs.attempts'), render: (job) => job.attempts },
    {
      key: 'error',
      header: t('jobs.error'),
      render: (job) =>
        job.error ? (
          <Text ff="monospace" size="xs" miw="16rem" maw="40rem" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {job.error}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('jobs.noError')}
          </Text>
        ),
    },
  ];
  if (!retry) return columns;
  const retrying = (job: DeadJobView) => retry.isPending && retry.variables?.id === job.id;
  const retryColumn: Column<DeadJobView> = {
    key: 'actions',
    header: t('common.actions'),
    render: (job) => (
      <Button
        size="compact-xs"
        variant="default"
        loading={retrying(job)}
        disabled={retry.isPending && !retrying(job)}
        onClick={() => retry.mutate(job)}
        aria-label={t('jobs.retryOf', { name: job.name })}
      >
        {t('jobs.retry')}
      </Button>
    ),
  };
  return [...columns, retryColumn];
}

/** "Pekerjaan gagal" tab: the tenant's dead-letter jobs, with a retry button for `jobs.manage`. */
export function DeadJobsPanel({ canRetry }: { canRetry: boolean }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: jobKeys.dead, queryFn: fetchDeadJobs });
  const retry = useRetry();
  const columns = useColumns(canRetry ? retry : null);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('jobs.intro')}
      </Text>
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {query.data ? (
        <SimpleTable
          caption={t('jobs.caption')}
          columns={columns}
          rows={query.data}
          rowKey={(job) => job.id}
          emptyText={t('jobs.empty')}
          testId="dead-jobs-table"
        />
      ) : null}
    </Stack>
  );
}
