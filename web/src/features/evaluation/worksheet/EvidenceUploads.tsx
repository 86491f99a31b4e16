import { ActionIcon, Anchor, Button, FileInput, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api.ts';
import { currentLanguage } from '../../../app/i18n/index.ts';
import { notifySuccess } from '../../../app/notify.ts';
import { useSession } from '../../../app/session.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import {
  type EvidenceFileView,
  evidenceFilesKey,
  fetchEvidenceFiles,
  removeEvidenceFile,
  uploadEvidenceFile,
} from './evidence-files.api.ts';

const K = 'evaluationEvidence.upload';
const ACCEPT = 'application/pdf,image/jpeg,image/png';

/** The server's field messages of a refused upload (file type, size, limits), else its message. */
function uploadProblem(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  return error.fields.length > 0 ? error.fields.map((f) => f.message).join(' ') : error.message;
}

/** Size in KB/MB, Indonesian style. */
function sizeOf(bytes: number, language: string): string {
  const format = (n: number) => n.toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${format(bytes / (1024 * 1024))} MB` : `${format(Math.max(bytes, 1) / 1024)} KB`;
}

/** One uploaded file: a download link, who uploaded it, and removal when allowed. */
function FileRow({ file, evaluationId }: { file: EvidenceFileView; evaluationId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => removeEvidenceFile(file.id),
    onSuccess: () => {
      notifySuccess(t(`${K}.removed`, { name: file.fileName }));
      void client.invalidateQueries({ queryKey: evidenceFilesKey(evaluationId) });
    },
  });
  return (
    <Stack gap={2} component="li" data-evidence-file={file.id}>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Anchor href={file.downloadUrl} download={file.fileName} size="sm" style={{ wordBreak: 'break-word' }}>
          {file.fileName}
        </Anchor>
        {file.mayRemove ? (
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t(`${K}.remove`, { name: file.fileName })}
            loading={remove.isPending}
            onClick={() => remove.mutate()}
          >
            ×
          </ActionIcon>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {t(`${K}.side.${file.side}`)} · {sizeOf(file.size, currentLanguage())}
        {file.uploaderName ? ` · ${file.uploaderName}` : ''}
      </Text>
      <ErrorAlert error={remove.error} />
    </Stack>
  );
}

/** "Unggah berkas": upload a PDF, JPEG or PNG as evidence of the criterion; lists the criterion's uploaded files. */
export function EvidenceUploads({ evaluationId, criterionId }: { evaluationId: string; criterionId: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const files = useQuery({ queryKey: evidenceFilesKey(evaluationId), queryFn: () => fetchEvidenceFiles(evaluationId) });
  const upload = useMutation({
    mutationFn: (chosen: File) =>
      uploadEvidenceFile(evaluationId, criterionId, chosen, {
        csrfToken: session?.csrfToken ?? '',
        language: currentLanguage(),
        onProgress: setPercent,
      }),
    onSuccess: (items) => {
      client.setQueryData(evidenceFilesKey(evaluationId), items);
      notifySuccess(t(`${K}.done`, { name: file?.name ?? '' }));
      setFile(null);
    },
  });
  const mine = (files.data ?? []).filter((f) => f.criterionId === criterionId);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t(`${K}.hint`)}
      </Text>
      <FileInput
        label={t(`${K}.file`)}
        description={t(`${K}.types`)}
        accept={ACCEPT}
        value={file}
        onChange={setFile}
        clearable
        error={uploadProblem(upload.error)}
      />
      <Group>
        <Button onClick={() => file && upload.mutate(file)} disabled={!file} loading={upload.isPending}>
          {t(`${K}.send`)}
        </Button>
      </Group>
      {upload.isPending ? <Progress value={percent ?? 100} animated={percent === null} aria-label={t(`${K}.sending`)} /> : null}
      <ErrorAlert error={files.error} />
      {files.isPending ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {files.isSuccess && mine.length === 0 ? <Text size="sm">{t(`${K}.none`)}</Text> : null}
      {mine.length > 0 ? (
        <Stack gap="xs" component="ul" aria-label={t(`${K}.list`)} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {mine.map((f) => (
            <FileRow key={f.id} file={f} evaluationId={evaluationId} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
