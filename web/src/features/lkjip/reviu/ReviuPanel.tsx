import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { ConcludeForm, NoteForm } from './ReviuForms.tsx';
import { ReviuNote } from './ReviuNote.tsx';
import { fetchReportReview, type ReportReviewView, type ReviewStatus, reviuKey, startReview } from './reviu.api.ts';

const K = 'lkjipReviu';
const STATUS_COLOR = { none: 'gray', in_review: 'blue', revisions_requested: 'orange', accepted: 'green' } as const;

/** A timestamp as a date in the UI language (Asia/Jakarta). */
function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeZone: 'Asia/Jakarta' }).format(new Date(iso));
}

/** The review's status as a badge (`none` before a review is started); for use next to the finalise button. */
export function ReviuStatusBadge({ status }: { status: ReviewStatus | 'none' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" data-reviu-status={status}>
      {t(`${K}.status.${status}`)}
    </Badge>
  );
}

function ReviewBody({ data, onChanged }: { data: ReportReviewView; onChanged: (view: ReportReviewView) => void }) {
  const { t } = useTranslation();
  const review = data.review;
  if (!review) return null;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t(`${K}.startedBy`, { name: review.reviewerName ?? '-', date: formatDate(review.startedAt) })} ·{' '}
        {t(`${K}.counts`, review.counts)}
      </Text>
      {review.conclusion ? (
        <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
          <Text size="sm" fw={600}>
            {t(`${K}.conclusion`)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {review.conclusion}
          </Text>
          {review.concludedAt ? (
            <Text size="xs" c="dimmed">
              {t(`${K}.concludedBy`, { name: review.concludedByName ?? '-', date: formatDate(review.concludedAt) })}
            </Text>
          ) : null}
        </Paper>
      ) : null}
      {review.groups.length === 0 ? <Text c="dimmed">{t(`${K}.noNotes`)}</Text> : null}
      {review.groups.map((group) => (
        <Stack key={group.sectionKey} gap="xs" component="section" aria-label={group.title ?? group.sectionKey}>
          <Title order={4} style={{ overflowWrap: 'anywhere' }}>
            {group.sectionKey === 'umum' ? t(`${K}.general`) : (group.title ?? group.sectionKey)}
          </Title>
          {group.notes.map((note) => (
            <ReviuNote key={note.id} note={note} onChanged={onChanged} />
          ))}
        </Stack>
      ))}
      {review.may.addNote ? <NoteForm data={data} onChanged={onChanged} /> : null}
      {review.may.conclude ? <ConcludeForm key={review.version} data={data} onChanged={onChanged} /> : null}
    </Stack>
  );
}

/**
 * The Inspektorat's reviu of one LKjIP: status, notes grouped by section with severity and status, adding notes and
 * concluding (evaluator), answering (the OPD's planners), resolving and reopening notes.
 */
export function ReviuPanel({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const query = useQuery({ queryKey: reviuKey(reportId), queryFn: () => fetchReportReview(reportId) });
  const onChanged = (view: ReportReviewView) => client.setQueryData(reviuKey(reportId), view);
  const start = useMutation({ mutationFn: () => startReview(reportId), onSuccess: onChanged });
  if (query.isPending) return <Loader size="sm" aria-label={t(`${K}.loading`)} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const data = query.data;
  const headingId = `reviu-${reportId}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} id={headingId}>
          {t(`${K}.title`)}
        </Title>
        <ReviuStatusBadge status={data.review?.status ?? 'none'} />
      </Group>
      {data.reportStatus === 'final' && data.review && data.review.status !== 'accepted' ? (
        <Alert color="yellow">{t(`${K}.reportFinal`)}</Alert>
      ) : null}
      {data.review ? null : <Text c="dimmed">{t(`${K}.none`)}</Text>}
      {data.may.start ? (
        <Group>
          <Button size="xs" onClick={() => start.mutate()} loading={start.isPending}>
            {t(`${K}.start`)}
          </Button>
        </Group>
      ) : null}
      {start.error ? <ErrorAlert error={start.error} /> : null}
      <ReviewBody data={data} onChanged={onChanged} />
    </Stack>
  );
}
