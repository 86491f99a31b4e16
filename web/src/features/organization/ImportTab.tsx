import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import uiClasses from '../../ui/ui.module.css';
import { ImportProblems } from './ImportProblems.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { dryRunImport, ORG_TEMPLATE_URL, startImport } from './org.api.ts';

/** "Impor" tab: download the template, check a file (dry run), then import it as a background job. */
export function ImportTab() {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const dryRun = useMutation({ mutationKey: ['org.import-dry-run'], mutationFn: dryRunImport });
  const start = useMutation({ mutationKey: ['org.import'], mutationFn: startImport });
  const checked = dryRun.data;

  const chooseFile = (next: File | null) => {
    setFile(next);
    dryRun.reset();
    start.reset();
  };

  return (
    <Stack maw={900}>
      <List type="ordered" size="sm" spacing={4}>
        <List.Item>{t('org.import.step1')}</List.Item>
        <List.Item>{t('org.import.step2')}</List.Item>
        <List.Item>{t('org.import.step3')}</List.Item>
      </List>
      <Button component="a" href={ORG_TEMPLATE_URL} download variant="default" w="fit-content">
        {t('org.import.downloadTemplate')}
      </Button>
      <div>
        <Text component="label" htmlFor={inputId} fw={500} size="sm" display="block" mb={4}>
          {t('org.import.file')}
        </Text>
        <input
          id={inputId}
          className={uiClasses.fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => chooseFile(event.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <Group>
        <Button onClick={() => file && dryRun.mutate(file)} disabled={!file || start.isSuccess} loading={dryRun.isPending}>
          {t('org.import.dryRun')}
        </Button>
      </Group>
      <ErrorAlert error={dryRun.error} />
      {checked && checked.problems.length > 0 ? (
        <ImportProblems problems={checked.problems} title={t('org.import.problemsTitle')} />
      ) : null}
      {checked?.ok ? (
        <Alert color="teal" variant="light" role="status" title={t('org.import.validTitle')}>
          {t('org.import.countsLine', { ...checked.counts })}
        </Alert>
      ) : null}
      {checked?.ok && !start.isSuccess ? (
        <Button onClick={() => file && start.mutate(file)} loading={start.isPending} w="fit-content" color="teal">
          {t('org.import.importNow')}
        </Button>
      ) : null}
      <ErrorAlert error={start.error} />
      {start.data ? <ImportProgress jobId={start.data.jobId} /> : null}
    </Stack>
  );
}
