import { Alert, Anchor, Button, Group, Modal, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { createVersion, finaliseReport, lkjipKeys, type ReportView } from './lkjip.api.ts';

/** Why the report cannot be finalised yet, or null when it can (the server decides again). */
export function finaliseBlocker(report: ReportView): 'noVersion' | 'incomplete' | null {
  if (report.versions.length === 0) return 'noVersion';
  return report.completeness.length > 0 ? 'incomplete' : null;
}

/** Refreshes every LKjIP query after a change of the report. */
function useRefresh(reportId: string) {
  const client = useQueryClient();
  return (view?: ReportView) => {
    if (view) client.setQueryData(lkjipKeys.one(reportId), view);
    void client.invalidateQueries({ queryKey: lkjipKeys.all });
  };
}

/** The confirmation before finalising: the version that becomes the signed document, and that it freezes the report. */
function FinaliseDialog({ report, onClose }: { report: ReportView; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(report.id);
  const [number, setNumber] = useState('');
  const mutation = useMutation({
    mutationFn: () => finaliseReport(report.id, report.version, number),
    onSuccess: (view) => {
      refresh(view);
      notifySuccess(t('lkjip.finalise.done'));
      onClose();
    },
  });
  const latest = report.versions.at(-1)?.number ?? 0;
  return (
    <Modal opened onClose={onClose} title={t('lkjip.finalise.title')}>
      <Stack gap="sm">
        <Text size="sm">{t(report.unitId === null ? 'lkjip.finalise.bodyRegency' : 'lkjip.finalise.body', { n: latest })}</Text>
        <TextInput
          label={t('lkjip.finalise.number')}
          description={t('lkjip.finalise.numberHint')}
          value={number}
          maxLength={100}
          onChange={(e) => setNumber(e.currentTarget.value)}
        />
        <ErrorAlert error={mutation.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="teal" onClick={() => mutation.mutate()} loading={mutation.isPending}>
            {t('lkjip.finalise.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** After finalising: the document awaits the signature of the OPD's head (the regional head for the regency). */
export function AwaitingSignature({ regency = false }: { regency?: boolean }) {
  const { t } = useTranslation();
  const title = t(regency ? 'lkjip.finalise.awaitingTitleRegency' : 'lkjip.finalise.awaitingTitle');
  return (
    <Alert color="blue" variant="light" title={title} data-testid="lkjip-awaiting">
      <Text size="sm">{t('lkjip.finalise.awaitingBody')}</Text>
      <Anchor component={Link} to="/naskah?tab=daftar" size="sm">
        {t('lkjip.finalise.openDocuments')}
      </Anchor>
    </Alert>
  );
}

/** "Buat versi DOCX/PDF" (with progress while the files are made) and "Finalisasi untuk ditandatangani". */
export function ReportActions({ report, mayPrepare }: { report: ReportView; mayPrepare: boolean }) {
  const { t } = useTranslation();
  const refresh = useRefresh(report.id);
  const [confirming, setConfirming] = useState(false);
  const make = useMutation({
    mutationFn: () => createVersion(report.id),
    onSuccess: (version) => {
      refresh();
      notifySuccess(t('lkjip.versions.created', { n: version.number }));
    },
  });
  if (report.status === 'final') return <AwaitingSignature regency={report.unitId === null} />;
  if (!mayPrepare) return null;
  const blocker = finaliseBlocker(report);
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        <Button onClick={() => make.mutate()} loading={make.isPending}>
          {t('lkjip.versions.create')}
        </Button>
        <Button color="teal" variant="light" disabled={blocker !== null || make.isPending} onClick={() => setConfirming(true)}>
          {t('lkjip.finalise.open')}
        </Button>
        {blocker ? (
          <Text size="sm" c="dimmed" data-testid="finalise-blocker">
            {t(`lkjip.finalise.why.${blocker}`)}
          </Text>
        ) : null}
      </Group>
      {make.isPending ? (
        <Stack gap={4}>
          <Text size="sm" role="status" aria-live="polite">
            {t('lkjip.versions.creating')}
          </Text>
          <Progress value={100} striped animated aria-label={t('lkjip.versions.creating')} />
        </Stack>
      ) : null}
      <ErrorAlert error={make.error} />
      {confirming ? <FinaliseDialog report={report} onClose={() => setConfirming(false)} /> : null}
    </Stack>
  );
}
