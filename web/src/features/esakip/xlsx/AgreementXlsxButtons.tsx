import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../../../src/modules/identity/identity.contract.ts';
import { ApiError } from '../../../app/api.ts';
import { currentLanguage } from '../../../app/i18n/index.ts';
import { SESSION_KEY } from '../../../app/session.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import uiClasses from '../../../ui/ui.module.css';
import { agreementKeys } from '../agreements/agreements.api.ts';
import { UploadProgressBar } from './XlsxPanel.tsx';
import { XlsxProblems } from './XlsxProblems.tsx';
import { agreementXlsxUrl, problemsOfRefusal, uploadXlsxTo } from './xlsx-upload.ts';

/**
 * Export and import of one Perjanjian Kinerja as XLSX (sheets Sasaran and Anggaran): a download link, and while the
 * PK is a draft (`editable`) a file field, a dry-run check and the import, with upload progress and per-row problems.
 * A successful import refreshes the PK screens.
 */
export function AgreementXlsxButtons({ agreementId, editable }: { agreementId: string; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The session as the SessionProvider caches it (read from the cache so the PK screens render without the provider).
  const session = queryClient.getQueryData<SessionView | null>(SESSION_KEY);
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null | undefined>(undefined);
  const url = agreementXlsxUrl(agreementId);
  const upload = useMutation({
    mutationFn: (dryRun: boolean) =>
      uploadXlsxTo(url, file!, {
        dryRun,
        csrfToken: session?.csrfToken ?? '',
        language: currentLanguage(),
        onProgress: setPercent,
      }),
    onSettled: () => setPercent(undefined),
    onSuccess: (view) => {
      if (view.applied) void queryClient.invalidateQueries({ queryKey: agreementKeys.all });
    },
  });
  const view = upload.data;
  const refused = upload.error instanceof ApiError && upload.error.status === 422 ? problemsOfRefusal(upload.error.fields) : [];
  return (
    <Stack gap="sm" data-testid="agreement-xlsx">
      <Group align="flex-end" wrap="wrap">
        <Button component="a" href={url} download variant="default">
          {t('esakipPkXlsx.download')}
        </Button>
      </Group>
      {editable ? (
        <>
          <div>
            <Text component="label" htmlFor={fileId} fw={500} size="sm" display="block" mb={4}>
              {t('esakipPkXlsx.file')}
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
              {t('esakipXlsx.check')}
            </Button>
            {view?.ok && view.dryRun ? (
              <Button color="teal" onClick={() => upload.mutate(false)} loading={upload.isPending}>
                {t('esakipXlsx.import')}
              </Button>
            ) : null}
          </Group>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('esakipPkXlsx.draftOnly')}
        </Text>
      )}
      <UploadProgressBar percent={percent} />
      {view?.ok ? (
        <Alert
          color="teal"
          variant="light"
          role="status"
          title={t(view.applied ? 'esakipXlsx.doneTitle' : 'esakipXlsx.validTitle')}
        >
          {t('esakipXlsx.counts', { ...view.counts })}
        </Alert>
      ) : null}
      {view && !view.ok ? <XlsxProblems problems={view.problems} /> : null}
      {refused.length > 0 ? <XlsxProblems problems={refused} /> : <ErrorAlert error={upload.error} />}
    </Stack>
  );
}
