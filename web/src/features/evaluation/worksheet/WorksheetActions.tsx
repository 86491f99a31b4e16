import { Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import type { EvaluationView, VersionAction } from '../evaluation.api.ts';
import type { Worksheet } from './use-worksheet.ts';

/** The reason asked before reopening (required by the server). */
function ReopenDialog({ sheet, onClose }: { sheet: Worksheet; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('evaluation.actions.reopenTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) sheet.reopen.mutate(reason.trim(), { onSuccess: onClose });
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('evaluation.actions.reopenReason')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <ErrorAlert error={sheet.reopen.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={sheet.reopen.isPending} disabled={!reason.trim()}>
              {t('evaluation.actions.reopen')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const ACTIONS: { key: VersionAction; may: keyof EvaluationView['may']; variant: string }[] = [
  { key: 'prefill', may: 'prefill', variant: 'default' },
  { key: 'submit', may: 'submit', variant: 'filled' },
  { key: 'finalise', may: 'finalise', variant: 'filled' },
];

/** The lifecycle buttons the user may press now (isi otomatis, kirim, finalisasi, buka kembali); none while unsaved. */
export function WorksheetActions({ view, sheet }: { view: EvaluationView; sheet: Worksheet }) {
  const { t } = useTranslation();
  const [reopening, setReopening] = useState(false);
  const shown = ACTIONS.filter((a) => view.may[a.may]);
  if (shown.length === 0 && !view.may.reopen) return null;
  return (
    <Stack gap={4}>
      <Group gap="sm" wrap="wrap">
        {shown.map((a) => (
          <Button
            key={a.key}
            variant={a.variant}
            disabled={sheet.dirty > 0 || (sheet.action.isPending && sheet.action.variables !== a.key)}
            loading={sheet.action.isPending && sheet.action.variables === a.key}
            onClick={() => sheet.action.mutate(a.key)}
          >
            {t(`evaluation.actions.${a.key}`)}
          </Button>
        ))}
        {view.may.reopen ? (
          <Button
            variant="light"
            color="orange"
            disabled={sheet.dirty > 0 || sheet.action.isPending}
            onClick={() => setReopening(true)}
          >
            {t('evaluation.actions.reopen')}
          </Button>
        ) : null}
      </Group>
      {sheet.dirty > 0 ? (
        <Text size="xs" c="dimmed">
          {t('evaluation.actions.saveFirst')}
        </Text>
      ) : null}
      {sheet.action.error && sheet.blockers.length === 0 && !sheet.stale ? <ErrorAlert error={sheet.action.error} /> : null}
      {reopening ? <ReopenDialog sheet={sheet} onClose={() => setReopening(false)} /> : null}
    </Stack>
  );
}

/** The sticky bar with the count of unsaved changes, Simpan and Batalkan. */
export function SaveBar({ sheet }: { sheet: Worksheet }) {
  const { t } = useTranslation();
  if (sheet.dirty === 0 && !sheet.save.error) return null;
  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      pos="sticky"
      bottom={0}
      style={{ zIndex: 5 }}
      aria-label={t('evaluation.worksheet.saveBar')}
      component="section"
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm" role="status">
            {t('evaluation.worksheet.unsaved', { n: sheet.dirty })}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={sheet.discard} disabled={sheet.save.isPending || sheet.dirty === 0}>
              {t('evaluation.worksheet.discard')}
            </Button>
            <Button onClick={() => sheet.save.mutate()} loading={sheet.save.isPending} disabled={sheet.dirty === 0}>
              {t('evaluation.worksheet.save')}
            </Button>
          </Group>
        </Group>
        {sheet.save.error && !sheet.stale ? <ErrorAlert error={sheet.save.error} /> : null}
      </Stack>
    </Paper>
  );
}
