import { Alert, Anchor, Badge, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../app/i18n/index.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { formatLongDate } from '../verification/verification-format.ts';
import { eofficeKeys, fetchMyDispositions, type MyDisposition } from './eoffice.api.ts';
import { DispositionStatusBadge, LetterBadges } from './LetterBadges.tsx';

/** The deadline, in red with "Terlambat" when it has passed. */
export function DeadlineText({ deadline, overdue }: { deadline: string | null; overdue: boolean }) {
  const { t } = useTranslation();
  if (!deadline) return <Text size="sm">{t('eoffice.mine.noDeadline')}</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm" c={overdue ? 'red.8' : undefined} fw={overdue ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {formatLongDate(deadline, currentLocale())}
      </Text>
      {overdue ? (
        <Badge color="red" variant="filled" size="sm" style={{ textTransform: 'none', minWidth: 'max-content' }}>
          {t('eoffice.mine.overdue')}
        </Badge>
      ) : null}
    </Stack>
  );
}

function useColumns(): Column<MyDisposition>[] {
  const { t } = useTranslation();
  return [
    {
      key: 'letter',
      header: t('eoffice.mine.columns.letter'),
      rowHeader: true,
      render: (d) => (
        <Stack gap={2} miw="14rem">
          <Anchor component={Link} to={`/e-office/surat/${d.letterId}`} fw={d.status === 'terkirim' ? 700 : 400}>
            {d.letter.hal}
          </Anchor>
          <Text size="xs" c="dimmed">
            {d.letter.agendaNumber ?? '—'}
          </Text>
          <LetterBadges security={d.letter.security} urgency={d.letter.urgency} />
        </Stack>
      ),
    },
    {
      key: 'from',
      header: t('eoffice.mine.columns.from'),
      render: (d) => (
        <Stack gap={0}>
          <Text size="sm">{d.fromPosition.name}</Text>
          <Text size="xs" c="dimmed">
            {d.fromName}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'instructions',
      header: t('eoffice.mine.columns.instructions'),
      render: (d) => <Text size="sm">{d.instructions.map((i) => i.label).join(', ') || '—'}</Text>,
    },
    {
      key: 'deadline',
      header: t('eoffice.mine.columns.deadline'),
      render: (d) => <DeadlineText deadline={d.deadline} overdue={d.overdue} />,
    },
    { key: 'status', header: t('eoffice.mine.columns.status'), render: (d) => <DispositionStatusBadge status={d.status} /> },
  ];
}

/** "Disposisi saya": dispositions waiting for me, overdue ones in red. */
export function MyDispositions() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: eofficeKeys.mine, queryFn: fetchMyDispositions });
  const columns = useColumns();
  return (
    <Stack>
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {query.data && query.data.overdueCount > 0 ? (
        <Alert color="red" variant="light" data-testid="overdue-count">
          {t('eoffice.mine.overdueCount', { count: query.data.overdueCount })}
        </Alert>
      ) : null}
      {query.data ? (
        <SimpleTable
          caption={t('eoffice.mine.caption')}
          columns={columns}
          rows={query.data.items}
          rowKey={(d) => d.id}
          emptyText={t('eoffice.mine.empty')}
          testId="my-dispositions-table"
        />
      ) : null}
    </Stack>
  );
}
