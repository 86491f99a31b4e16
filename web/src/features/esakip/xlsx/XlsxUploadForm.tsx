import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api.ts';
import { currentLanguage } from '../../../app/i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import uiClasses from '../../../ui/ui.module.css';
import { XlsxProblems } from './XlsxProblems.tsx';
import { problemsOfRefusal, type UploadOptions, type XlsxProblem } from './xlsx-upload.ts';

/** What every XLSX import answers: checked (dry run) or applied, and the problems when the file is refused. */
export interface XlsxImportAnswer {
  ok: boolean;
  dryRun: boolean;
  applied: boolean;
  problems: XlsxProblem[];
}

/** Upload progress: percent sent, "processing" once sent, or nothing when idle. */
export function UploadProgressBar({ percent }: { percent: number | null | undefined }) {
  const { t } = useTranslation();
  if (percent === undefined) return null;
  const label = percent === null ? t('esakipXlsx.processing') : t('esakipXlsx.uploading', { value: percent });
  return (
    <Stack gap={4}>
      <Text size="sm" role="status" aria-live="polite">
        {label}
      </Text>
      <Progress
        value={percent ?? 100}
        striped={percent === null}
        animated={percent === null}
        aria-label={t('esakipXlsx.progress')}
        aria-valuetext={label}
      />
    </Stack>
  );
}

/** How the form sends a file and tells what an accepted file holds. */
export interface XlsxUploadFormProps<V extends XlsxImportAnswer> {
  /** Label of the file field. */
  fileLabel: string;
  /** Sends the file to check it (dryRun) or import it. */
  send: (file: File, options: UploadOptions) => Promise<V>;
  /** The session's CSRF token. */
  csrfToken: string;
  /** The sentence under "valid"/"done" (usually the row counts). */
  describe: (answer: V) => string;
  /** Called after an import was applied (to refresh the screens). */
  onApplied: () => void;
  /** False while the caller's own choices (unit, year) are incomplete. */
  ready?: boolean;
}

/**
 * The XLSX import form every import screen shares: a labelled file field, "Periksa" (dry run), then "Impor" once the
 * check passed, upload progress, and the per-row problems of a refused file (from the answer or a 422).
 */
export function XlsxUploadForm<V extends XlsxImportAnswer>(props: XlsxUploadFormProps<V>) {
  const { t } = useTranslation();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null | undefined>(undefined);
  const upload = useMutation({
    mutationFn: (dryRun: boolean) =>
      props.send(file as File, { dryRun, csrfToken: props.csrfToken, language: currentLanguage(), onProgress: setPercent }),
    onSettled: () => setPercent(undefined),
    onSuccess: (answer) => {
      if (answer.applied) props.onApplied();
    },
  });
  const answer = upload.data;
  const refused = upload.error instanceof ApiError && upload.error.status === 422 ? problemsOfRefusal(upload.error.fields) : [];
  return (
    <Stack gap="sm">
      <div>
        <Text component="label" htmlFor={fileId} fw={500} size="sm" display="block" mb={4}>
          {props.fileLabel}
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
        <Button
          onClick={() => upload.mutate(true)}
          disabled={!file || props.ready === false}
          loading={upload.isPending && !answer}
        >
          {t('esakipXlsx.check')}
        </Button>
        {answer?.ok && answer.dryRun ? (
          <Button color="teal" onClick={() => upload.mutate(false)} loading={upload.isPending}>
            {t('esakipXlsx.import')}
          </Button>
        ) : null}
      </Group>
      <UploadProgressBar percent={percent} />
      {answer?.ok ? (
        <Alert
          color="teal"
          variant="light"
          role="status"
          title={t(answer.applied ? 'esakipXlsx.doneTitle' : 'esakipXlsx.validTitle')}
        >
          {props.describe(answer)}
        </Alert>
      ) : null}
      {answer && !answer.ok ? <XlsxProblems problems={answer.problems} /> : null}
      {refused.length > 0 ? <XlsxProblems problems={refused} /> : <ErrorAlert error={upload.error} />}
    </Stack>
  );
}
