import { Button, Group, Modal, PasswordInput, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../app/errors.ts';
import { notifySuccess } from '../../../app/notify.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { documentKeys, fetchDocuments } from '../../documents/documents.api.ts';
import {
  approveStep,
  cancelDraft,
  type DraftView,
  outgoingKeys,
  returnStep,
  signDraft,
  signerReturnDraft,
  submitDraft,
} from './outgoing.api.ts';

type NoteAction = 'return' | 'signerReturn' | 'cancel';

/** A dialog asking for the mandatory note (return) or reason (cancel), then sending it. */
function NoteDialog({ action, draft, onClose }: { action: NoteAction; draft: DraftView; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () => {
      if (action === 'return') return returnStep(draft.dueStepId ?? '', note.trim());
      if (action === 'signerReturn') return signerReturnDraft(draft.id, note.trim());
      return cancelDraft(draft.id, note.trim());
    },
    onSuccess: () => {
      notifySuccess(t(`outgoing.done.${action}`));
      void client.invalidateQueries({ queryKey: outgoingKeys.draft(draft.id) });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!note.trim());
    if (note.trim()) mutation.mutate();
  };
  const error = missing
    ? t('outgoing.errors.noteRequired')
    : (fieldError(mutation.error, 'note') ?? fieldError(mutation.error, 'reason'));
  return (
    <Modal opened onClose={onClose} title={t(`outgoing.actions.${action}`)}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={action === 'cancel' ? t('outgoing.reason') : t('outgoing.returnNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            required
            error={error}
            autosize
            minRows={3}
            data-autofocus
          />
          {error ? null : <ErrorAlert error={mutation.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={action === 'cancel' ? 'red' : undefined} loading={mutation.isPending}>
              {t('outgoing.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Signing: the BSrE passphrase only when the tenant signs with BSrE. */
function SignDialog({ draft, onClose }: { draft: DraftView; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const provider = useQuery({ queryKey: documentKeys.list, queryFn: fetchDocuments });
  const needsPassphrase = provider.data?.signingProvider === 'bsre';
  const [passphrase, setPassphrase] = useState('');
  // SECURITY: the passphrase leaves component state when the request starts and is never a mutation variable.
  const pending = useRef('');
  const mutation = useMutation({
    mutationFn: () => {
      const given = pending.current;
      pending.current = '';
      return signDraft(draft.id, given);
    },
    onSuccess: () => {
      notifySuccess(t('outgoing.done.sign'));
      void client.invalidateQueries({ queryKey: outgoingKeys.draft(draft.id) });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pending.current = passphrase;
    setPassphrase('');
    mutation.mutate();
  };
  const passphraseError = fieldError(mutation.error, 'passphrase');
  return (
    <Modal opened onClose={onClose} title={t('outgoing.actions.sign')}>
      <form onSubmit={submit} noValidate autoComplete="off">
        <Stack>
          {needsPassphrase ? (
            <PasswordInput
              label={t('documents.passphrase')}
              description={t('documents.passphraseHint')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="off"
              error={passphraseError}
              data-autofocus
            />
          ) : null}
          {passphraseError ? null : <ErrorAlert error={mutation.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('outgoing.signNow')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The buttons for what the caller may do now (from `draft.actions`), and their dialogs. */
export function DraftActions({ draft, onRevise }: { draft: DraftView; onRevise: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<NoteAction | 'sign' | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: outgoingKeys.draft(draft.id) });
  const submit = useMutation({ mutationFn: () => submitDraft(draft.id), onSuccess: refresh });
  const approve = useMutation({ mutationFn: () => approveStep(draft.dueStepId ?? '', draft.version), onSuccess: refresh });
  const can = (action: DraftView['actions'][number]) => draft.actions.includes(action);
  if (draft.actions.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs" data-testid="draft-actions">
        {can('revise') ? (
          <Button variant="default" onClick={onRevise}>
            {t('outgoing.actions.revise')}
          </Button>
        ) : null}
        {can('submit') ? (
          <Button onClick={() => submit.mutate()} loading={submit.isPending}>
            {t('outgoing.actions.submit')}
          </Button>
        ) : null}
        {can('approve') ? (
          <Button onClick={() => approve.mutate()} loading={approve.isPending}>
            {t('outgoing.actions.approve', { version: draft.version })}
          </Button>
        ) : null}
        {can('return') ? (
          <Button variant="default" onClick={() => setDialog('return')}>
            {t('outgoing.actions.return')}
          </Button>
        ) : null}
        {can('sign') ? <Button onClick={() => setDialog('sign')}>{t('outgoing.actions.sign')}</Button> : null}
        {can('signerReturn') ? (
          <Button variant="default" onClick={() => setDialog('signerReturn')}>
            {t('outgoing.actions.signerReturn')}
          </Button>
        ) : null}
        {can('cancel') ? (
          <Button variant="subtle" color="red" onClick={() => setDialog('cancel')}>
            {t('outgoing.actions.cancel')}
          </Button>
        ) : null}
      </Group>
      <ErrorAlert error={submit.error ?? approve.error} />
      {dialog === 'sign' ? <SignDialog draft={draft} onClose={() => setDialog(null)} /> : null}
      {dialog && dialog !== 'sign' ? <NoteDialog action={dialog} draft={draft} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}
