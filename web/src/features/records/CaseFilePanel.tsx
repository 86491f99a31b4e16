import { Alert, Anchor, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import {
  type CaseFile,
  fetchCaseFiles,
  fetchLetterCaseFile,
  fileLetter,
  type LetterCaseFile,
  moveLetter,
  recordsKeys,
} from './records.api.ts';

/** Where the letter is filed: its berkas number and title, linking to the berkas page. */
function FiledIn({ caseFile }: { caseFile: CaseFile | null }) {
  const { t } = useTranslation();
  if (!caseFile) return <Text c="dimmed">{t('records.panel.none')}</Text>;
  return (
    <Text>
      {`${t('records.panel.inBerkas')} `}
      <Anchor component={Link} to={`/arsip/berkas?berkas=${encodeURIComponent(caseFile.id)}`}>
        {`${caseFile.number} — ${caseFile.title}`}
      </Anchor>
    </Text>
  );
}

/** The picker of open berkas and the button that files (or moves) the letter into the chosen one. */
function FilePicker({ letterId, current }: { letterId: string; current: LetterCaseFile['caseFile'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState('');
  const [warning, setWarning] = useState<string | null>(null);
  const filters = { status: 'open' as const, q: search.trim() };
  const options = useQuery({ queryKey: recordsKeys.list(filters), queryFn: () => fetchCaseFiles(filters) });
  const choices = (options.data?.items ?? []).filter((c) => c.id !== current?.id);
  const target = choices.find((c) => c.id === chosen) ?? choices[0];
  const mutation = useMutation({
    mutationFn: (to: CaseFile) => (current ? moveLetter(current.id, letterId, to.id) : fileLetter(to.id, letterId)),
    onSuccess: (answer, to) => {
      setWarning(answer.warning?.message ?? null);
      notifySuccess(t('records.panel.filed', { number: to.number }));
      void queryClient.invalidateQueries({ queryKey: recordsKeys.all });
    },
  });
  return (
    <Stack gap="xs">
      <TextInput
        label={t('records.panel.search')}
        placeholder={t('records.panel.pickerPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      {choices.length > 0 ? (
        <NativeSelect
          aria-label={t('records.panel.picker')}
          data={choices.map((c) => ({ value: c.id, label: `${c.number} — ${c.title} (${c.kka})` }))}
          value={target?.id ?? ''}
          onChange={(e) => setChosen(e.currentTarget.value)}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('records.panel.noOpen')}
        </Text>
      )}
      <ErrorAlert error={mutation.error} />
      {warning ? <Alert color="yellow">{warning}</Alert> : null}
      <Group>
        <Button disabled={!target} loading={mutation.isPending} onClick={() => target && mutation.mutate(target)}>
          {current ? t('records.panel.move') : t('records.panel.file')}
        </Button>
      </Group>
    </Stack>
  );
}

/** On the letter page: the berkas of the letter and, for the arsiparis or the letter's registrar, filing it. */
export function CaseFilePanel({ letterId }: { letterId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: recordsKeys.ofLetter(letterId),
    queryFn: () => fetchLetterCaseFile(letterId),
    retry: false,
  });
  return (
    <Card withBorder component="section" aria-labelledby="case-file-panel-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="case-file-panel-title">
          {t('records.panel.title')}
        </Title>
        <ErrorAlert error={query.error} />
        {query.data ? <FiledIn caseFile={query.data.caseFile} /> : null}
        {query.data?.mayFile && query.data.caseFile?.status !== 'closed' ? (
          <FilePicker letterId={letterId} current={query.data.caseFile} />
        ) : null}
      </Stack>
    </Card>
  );
}
