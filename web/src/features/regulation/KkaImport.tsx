import { Alert, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ImportProblems } from '../organization/ImportProblems.tsx';
import {
  activatePack,
  importKka,
  KKA_TEMPLATE_URL,
  type KkaImportView,
  type PackSummaryView,
  regulationKeys,
} from './regulation.api.ts';

function ImportOutcome({ result }: { result: KkaImportView }) {
  const { t } = useTranslation();
  if (result.problems.length > 0)
    return <ImportProblems problems={result.problems} title={t('regulationAdmin.import.problemsTitle')} />;
  const { rows, added, updated } = result.counts;
  const text = result.applied
    ? t('regulationAdmin.import.applied', { version: result.version ?? '', added, updated })
    : t('regulationAdmin.import.checked', { rows, added, updated });
  return (
    <Alert color="green" variant="light" role="status" data-testid="kka-import-result">
      {text}
    </Alert>
  );
}

/** XLSX template, dry run with problems by row, then "Impor" into the draft, then "Aktifkan versi". */
export function KkaImport({ draft }: { draft: PackSummaryView | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const checking = useMutation({ mutationFn: (dryRun: boolean) => importKka(file as File, dryRun) });
  const activating = useMutation({
    mutationFn: activatePack,
    onSuccess: (pack) => {
      notifySuccess(t('regulationAdmin.import.activated', { version: pack.version }));
      checking.reset();
      setFile(null);
      void queryClient.invalidateQueries({ queryKey: regulationKeys.all });
    },
  });
  const result = checking.data;
  const pendingRun = checking.isPending ? checking.variables : undefined;
  const draftId = result?.applied ? result.packId : (draft?.id ?? null);
  const draftVersion = result?.applied ? result.version : (draft?.version ?? null);
  const activate = () => {
    if (draftId && window.confirm(t('regulationAdmin.import.activateConfirm', { version: draftVersion ?? '' })))
      activating.mutate(draftId);
  };
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('regulationAdmin.import.title')}
        </Title>
        <Text size="sm">{t('regulationAdmin.import.intro')}</Text>
        <Group>
          <Button component="a" href={KKA_TEMPLATE_URL} variant="default" download>
            {t('regulationAdmin.import.template')}
          </Button>
        </Group>
        <FileInput
          label={t('regulationAdmin.import.file')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(next) => {
            setFile(next);
            checking.reset();
          }}
          clearable
          maw={420}
        />
        <Group>
          <Button onClick={() => checking.mutate(true)} disabled={!file} loading={pendingRun === true}>
            {t('regulationAdmin.import.check')}
          </Button>
          {result?.ok && result.dryRun ? (
            <Button onClick={() => checking.mutate(false)} loading={pendingRun === false}>
              {t('regulationAdmin.import.apply')}
            </Button>
          ) : null}
          {draftId ? (
            <Button
              color="green"
              variant={result?.applied ? 'filled' : 'light'}
              onClick={activate}
              loading={activating.isPending}
            >
              {t('regulationAdmin.import.activate')}
            </Button>
          ) : null}
        </Group>
        <ErrorAlert error={checking.error ?? activating.error} />
        {result ? <ImportOutcome result={result} /> : null}
      </Stack>
    </Paper>
  );
}
