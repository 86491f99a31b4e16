import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import {
  closeCaseFile,
  type CaseFileDetail as Detail,
  fetchCaseFile,
  recordsKeys,
  removeLetter,
  reopenCaseFile,
} from './records.api.ts';

/** The letters of the berkas I may see; the others only counted ("n naskah terbatas"). */
function FiledLetters({ detail, mayRemove }: { detail: Detail; mayRemove: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (letterId: string) => removeLetter(detail.id, letterId),
    onSuccess: () => {
      notifySuccess(t('records.detail.removed'));
      void queryClient.invalidateQueries({ queryKey: recordsKeys.all });
    },
    onError: (error) => notifyError(error, t),
  });
  const canRemove = mayRemove && detail.status === 'open';
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('records.detail.letters')}
      </Title>
      {detail.letters.length === 0 ? <Text c="dimmed">{t('records.detail.noLetters')}</Text> : null}
      {detail.letters.length > 0 ? (
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                {(['hal', 'number', 'kka', 'date'] as const).map((c) => (
                  <Table.Th key={c}>{t(`records.detail.letterColumns.${c}`)}</Table.Th>
                ))}
                {canRemove ? <Table.Th>{t('common.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.letters.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/e-office/surat/${encodeURIComponent(l.id)}`}>
                      {l.hal}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{l.agendaNumber ?? l.theirNumber ?? '—'}</Table.Td>
                  <Table.Td>{l.kka}</Table.Td>
                  <Table.Td>{l.receivedOn}</Table.Td>
                  {canRemove ? (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => remove.mutate(l.id)}
                        aria-label={t('records.detail.remove', { hal: l.hal })}
                      >
                        ✕
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {detail.hiddenLetterCount > 0 ? (
        <Text data-testid="hidden-letters">{t('records.detail.hidden', { count: detail.hiddenLetterCount })}</Text>
      ) : null}
    </Stack>
  );
}

/** One berkas: its facts, close/reopen for the arsiparis, and its letters. */
export function CaseFileDetail({ id, manages }: { id: string; manages: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: recordsKeys.detail(id), queryFn: () => fetchCaseFile(id), retry: false });
  const toggle = useMutation({
    mutationFn: (d: Detail) => (d.status === 'open' ? closeCaseFile(d.id, d.version) : reopenCaseFile(d.id, d.version)),
    onSuccess: (d) => {
      notifySuccess(t(d.status === 'closed' ? 'records.detail.closed' : 'records.detail.reopened'));
      void queryClient.invalidateQueries({ queryKey: recordsKeys.all });
    },
    onError: (error) => notifyError(error, t),
  });
  if (query.isPending) return <PageLoader />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  const d = query.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/arsip/berkas" size="sm">
        {`← ${t('records.detail.back')}`}
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Title order={2}>{`${d.number} — ${d.title}`}</Title>
          <Text c="dimmed">{`${d.kka}${d.kkaName ? ` ${d.kkaName}` : ''} · ${d.unitName} · ${d.year}`}</Text>
          {d.description ? <Text>{d.description}</Text> : null}
        </Stack>
        <Group gap="xs">
          <Badge color={d.status === 'open' ? 'green' : 'gray'}>{t(`records.status.${d.status}`)}</Badge>
          {manages ? (
            <Button variant="default" loading={toggle.isPending} onClick={() => toggle.mutate(d)}>
              {d.status === 'open' ? t('records.detail.close') : t('records.detail.reopen')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <FiledLetters detail={d} mayRemove={manages} />
    </Stack>
  );
}
