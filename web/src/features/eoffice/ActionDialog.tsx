import { Button, FileInput, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import {
  cancelDisposition,
  closeDisposition,
  completeDisposition,
  type DispositionView,
  rejectDisposition,
} from './eoffice.api.ts';

/** The single-step actions on a disposition (forward has its own dialog). */
export type SimpleAction = 'complete' | 'close' | 'reject' | 'cancel';

const TITLE: Record<SimpleAction, string> = {
  complete: 'eoffice.actions.completeTitle',
  close: 'eoffice.actions.closeTitle',
  reject: 'eoffice.actions.rejectTitle',
  cancel: 'eoffice.actions.cancelTitle',
};

function perform(action: SimpleAction, d: DispositionView, text: string, file: File | null) {
  if (action === 'complete') return completeDisposition(d.id, d.version, text.trim(), file);
  if (action === 'close') return closeDisposition(d.id, d.version, text.trim());
  if (action === 'reject') return rejectDisposition(d.id, d.version, text.trim());
  return cancelDisposition(d.id, d.version);
}

function TextField({ action, text, setText }: { action: SimpleAction; text: string; setText: (v: string) => void }) {
  const { t } = useTranslation();
  if (action === 'cancel') return null;
  const label = { complete: 'completeNote', close: 'closeNote', reject: 'rejectReason' }[action];
  return (
    <Textarea
      label={t(`eoffice.actions.${label}`)}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      required={action !== 'close'}
      autosize
      minRows={3}
      maxLength={action === 'complete' ? 4000 : action === 'reject' ? 1000 : 2000}
      data-autofocus
    />
  );
}

interface ActionDialogProps {
  action: SimpleAction | null;
  disposition: DispositionView | null;
  onClose: () => void;
  onDone: () => void;
  onFailed: (error: unknown) => void;
}

/** Complete (note + optional PDF), close without follow-up, reject (reason) or cancel (confirmation). */
export function ActionDialog({ action, disposition, onClose, onDone, onFailed }: ActionDialogProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const running = useMutation({
    mutationFn: () => perform(action as SimpleAction, disposition as DispositionView, text, file),
    onSuccess: () => {
      notifySuccess(t('eoffice.actions.done'));
      setText('');
      setFile(null);
      onDone();
      onClose();
    },
    onError: onFailed,
  });
  const needsText = action === 'complete' || action === 'reject';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!needsText || text.trim()) running.mutate();
  };
  return (
    <Modal opened={action !== null && disposition !== null} onClose={onClose} title={action ? t(TITLE[action]) : ''}>
      {action && disposition ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            {action === 'cancel' ? <Text>{t('eoffice.actions.cancelConfirm', { to: disposition.toPosition.name })}</Text> : null}
            <TextField action={action} text={text} setText={setText} />
            {action === 'complete' ? (
              <FileInput
                label={t('eoffice.actions.completeFile')}
                accept="application/pdf,.pdf"
                value={file}
                onChange={setFile}
                clearable
              />
            ) : null}
            <ErrorAlert error={running.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                color={action === 'reject' || action === 'cancel' ? 'red' : undefined}
                loading={running.isPending}
                disabled={needsText && !text.trim()}
              >
                {t('eoffice.actions.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
