import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api.ts';
import { currentLanguage } from '../../../app/i18n/index.ts';
import { useSession } from '../../../app/session.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import uiClasses from '../../../ui/ui.module.css';
import { XlsxProblems } from '../../esakip/xlsx/XlsxProblems.tsx';
import { problemsOfRefusal } from '../../esakip/xlsx/xlsx-upload.ts';
import { idmExportUrl, uploadIdmFile, villagesKeys } from '../villages.api.ts';

/** Upload progress: percent sent, "processing" once sent, or nothing when idle. */
function UploadProgressBar({ percent }: { percent: number | null | undefined }) {
  const { t } = useTranslation();
  if (percent === undefined) return null;
  const label = percent === null ? t('villagesIdm.xlsx.processing') : t('villagesIdm.xlsx.uploading', { value: percent });
  return (
    <Stack gap={4}>
      <Text size="sm" role="status" aria-live="polite">
        {label}
      </Text>
      <Progress value={percent ?? 100} striped={percent === null} animated={percent === null} aria-label={label} />
    </Stack>
  );
}

/** Download the year's IDM workbook; for IDM managers also check (dry run) and import one, with upload progress. */
export function IdmXlsxCard({ year, canManage }: { year: number; canManage: boolean }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null | undefined>(undefined);
  const upload = useMutation({
    mutationFn: (dryRun: boolean) =>
      uploadIdmFile(year, file!, {
        dryRun,
        csrfToken: session?.csrfToken ?? '',
        language: currentLanguage(),
        onProgress: setPercent,
      }),
    onSettled: () => setPercent(undefined),
    onSuccess: (view) => {
      if (view.applied) void queryClient.invalidateQueries({ queryKey: villagesKeys.all });
    },
  });
  const view = upload.data;
  const refused = upload.error instanceof ApiError && upload.error.status === 422 ? problemsOfRefusal(upload.error.fields) : [];
  return (
    <Card withBorder data-testid="idm-xlsx">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('villagesIdm.xlsx.title')}
        </Title>
        <Text size="sm">{t('villagesIdm.xlsx.intro')}</Text>
        <Group>
          <Button component="a" href={idmExportUrl(year)} download variant="default">
            {t('villagesIdm.xlsx.download', { year })}
          </Button>
        </Group>
        {canManage ? (
          <>
            <div>
              <Text component="label" htmlFor={fileId} fw={500} size="sm" display="block" mb={4}>
                {t('villagesIdm.xlsx.file')}
              </Text>
              <input
                id={fileId}
                className={uiClasses.fileInput}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(event) => {
                  setFile(event.currentTarget.files?.[0] ?? null);
                  upload.reset();
                }}
              />
            </div>
            <Group>
              <Button onClick={() => upload.mutate(true)} disabled={!file} loading={upload.isPending && !view}>
                {t('villagesIdm.xlsx.check')}
              </Button>
              {view?.ok && view.dryRun ? (
                <Button color="teal" onClick={() => upload.mutate(false)} loading={upload.isPending}>
                  {t('villagesIdm.xlsx.import')}
                </Button>
              ) : null}
            </Group>
            <UploadProgressBar percent={percent} />
            {view?.ok ? (
              <Alert
                color="teal"
                variant="light"
                role="status"
                title={t(view.applied ? 'villagesIdm.xlsx.doneTitle' : 'villagesIdm.xlsx.validTitle')}
              >
                {t('villagesIdm.xlsx.counts', { ...view.counts })}
              </Alert>
            ) : null}
            {view && !view.ok ? <XlsxProblems problems={view.problems} /> : null}
            {refused.length > 0 ? <XlsxProblems problems={refused} /> : <ErrorAlert error={upload.error} />}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
