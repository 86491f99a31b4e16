import { Alert, Button, Card, Group, NativeSelect, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api.ts';
import { currentLanguage } from '../../../app/i18n/index.ts';
import { useSession } from '../../../app/session.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import uiClasses from '../../../ui/ui.module.css';
import { esakipKeys, fetchOpds, type PeriodView } from '../esakip.api.ts';
import { XlsxProblems } from './XlsxProblems.tsx';
import { problemsOfRefusal, uploadXlsx, type XlsxKind, type XlsxTarget, xlsxUrl } from './xlsx-upload.ts';

const KINDS: readonly XlsxKind[] = ['rpjmd', 'renstra', 'realisasi'];

/** Upload progress: percent sent, "processing" once sent, or idle. */
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

/** Chooses the file (RPJMD, an OPD's Renstra or realisasi of a year) the card exports and imports. */
function useTarget(period: PeriodView) {
  const [kind, setKind] = useState<XlsxKind>('rpjmd');
  const [unitId, setUnitId] = useState('');
  const [year, setYear] = useState(period.startYear);
  const target: XlsxTarget = { kind, periodId: period.id, unitId, year };
  const ready = kind === 'rpjmd' || unitId !== '';
  return { target, ready, setKind, setUnitId, setYear };
}

/** e-SAKIP XLSX card: download a plan or realisasi file, check it (dry run) and import it, with upload progress. */
export function XlsxPanel({ period }: { period: PeriodView }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const fileId = useId();
  const { target, ready, setKind, setUnitId, setYear } = useTarget(period);
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null | undefined>(undefined);
  const opds = useQuery({ queryKey: esakipKeys.units, queryFn: fetchOpds, enabled: target.kind !== 'rpjmd' });
  const upload = useMutation({
    mutationFn: (dryRun: boolean) =>
      uploadXlsx(target, file!, {
        dryRun,
        csrfToken: session?.csrfToken ?? '',
        language: currentLanguage(),
        onProgress: setPercent,
      }),
    onSettled: () => setPercent(undefined),
    onSuccess: (view) => {
      if (view.applied) void queryClient.invalidateQueries({ queryKey: esakipKeys.all });
    },
  });
  const reset = () => upload.reset();
  const view = upload.data;
  const refused = upload.error instanceof ApiError && upload.error.status === 422 ? problemsOfRefusal(upload.error.fields) : [];
  const years = Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => String(period.startYear + i));
  return (
    <Card withBorder data-testid="xlsx-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('esakipXlsx.title')}
        </Title>
        <Text size="sm">{t('esakipXlsx.intro')}</Text>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('esakipXlsx.kind')}
            data={KINDS.map((k) => ({ value: k, label: t(`esakipXlsx.kinds.${k}`) }))}
            value={target.kind}
            onChange={(e) => {
              setKind(e.currentTarget.value as XlsxKind);
              reset();
            }}
          />
          {target.kind === 'rpjmd' ? null : (
            <NativeSelect
              label={t('esakipXlsx.unit')}
              data={[
                { value: '', label: t('esakipXlsx.unitPlaceholder') },
                ...(opds.data ?? []).map((u) => ({ value: u.id, label: u.name })),
              ]}
              value={target.unitId}
              onChange={(e) => {
                setUnitId(e.currentTarget.value);
                reset();
              }}
            />
          )}
          {target.kind === 'realisasi' ? (
            <NativeSelect
              label={t('esakipXlsx.year')}
              data={years}
              value={String(target.year)}
              onChange={(e) => {
                setYear(Number(e.currentTarget.value));
                reset();
              }}
            />
          ) : null}
          <Button component="a" href={ready ? xlsxUrl(target) : undefined} download variant="default" disabled={!ready}>
            {t('esakipXlsx.download')}
          </Button>
        </Group>
        <div>
          <Text component="label" htmlFor={fileId} fw={500} size="sm" display="block" mb={4}>
            {t('esakipXlsx.file')}
          </Text>
          <input
            id={fileId}
            className={uiClasses.fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              reset();
            }}
          />
        </div>
        <Group>
          <Button onClick={() => upload.mutate(true)} disabled={!file || !ready} loading={upload.isPending && !view}>
            {t('esakipXlsx.check')}
          </Button>
          {view?.ok && view.dryRun ? (
            <Button color="teal" onClick={() => upload.mutate(false)} loading={upload.isPending}>
              {t('esakipXlsx.import')}
            </Button>
          ) : null}
        </Group>
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
    </Card>
  );
}
