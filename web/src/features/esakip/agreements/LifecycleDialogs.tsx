import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyFieldError, FormError } from '../form-errors.tsx';
import { type AgreementView, deleteAgreement, generateAgreement, reviseAgreement } from './agreements.api.ts';
import { useAgreementChange } from './use-agreement-change.ts';

interface DialogShellProps {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  pending: boolean;
  danger?: boolean;
  children: ReactNode;
}

function DialogShell({ title, onClose, onSubmit, submitLabel, pending, danger, children }: DialogShellProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red' : undefined} loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Generating the document: optional number and place (both default on the server). */
export function GenerateDialog({ agreement, onClose }: { agreement: AgreementView; onClose: () => void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [place, setPlace] = useState('');
  const mutation = useAgreementChange(
    agreement.id,
    () => generateAgreement(agreement, { ...(number.trim() ? { number } : {}), ...(place.trim() ? { place } : {}) }),
    { success: () => t('esakipPk.generated'), onDone: onClose },
  );
  return (
    <DialogShell
      title={t('esakipPk.generateTitle')}
      onClose={onClose}
      onSubmit={() => mutation.mutate(undefined)}
      submitLabel={t('esakipPk.actions.generate')}
      pending={mutation.isPending}
    >
      <Text size="sm">{t('esakipPk.generateIntro')}</Text>
      <TextInput
        label={t('esakipPk.number')}
        description={t('esakipPk.numberHint')}
        value={number}
        onChange={(e) => setNumber(e.currentTarget.value)}
        error={bodyFieldError(mutation.error, 'number')}
      />
      <TextInput
        label={t('esakipPk.place')}
        description={t('esakipPk.placeHint')}
        value={place}
        onChange={(e) => setPlace(e.currentTarget.value)}
        error={bodyFieldError(mutation.error, 'place')}
      />
      <FormError error={mutation.error} shown={['number', 'place']} />
    </DialogShell>
  );
}

/** A PK perubahan of a signed PK, with its reason. */
export function ReviseDialog({
  agreement,
  onClose,
  onRevised,
}: {
  agreement: AgreementView;
  onClose: () => void;
  onRevised: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const mutation = useAgreementChange(agreement.id, () => reviseAgreement(agreement, reason), {
    success: () => t('esakipPk.revised'),
    onDone: (revision) => onRevised(revision.id),
  });
  return (
    <DialogShell
      title={t('esakipPk.reviseTitle')}
      onClose={onClose}
      onSubmit={() => mutation.mutate(undefined)}
      submitLabel={t('esakipPk.actions.revise')}
      pending={mutation.isPending}
    >
      <Text size="sm">{t('esakipPk.reviseIntro')}</Text>
      <Textarea
        label={t('esakipPk.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={bodyFieldError(mutation.error, 'reason')}
        autosize
        minRows={2}
        required
        data-autofocus
      />
      <FormError error={mutation.error} shown={['reason']} />
    </DialogShell>
  );
}

/** Deleting a draft PK after confirmation. */
export function DeleteDialog({
  agreement,
  onClose,
  onDeleted,
}: {
  agreement: AgreementView;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useAgreementChange(agreement.id, () => deleteAgreement(agreement.id), {
    success: () => t('esakipPk.deleted'),
    onDone: onDeleted,
  });
  return (
    <DialogShell
      title={t('esakipPk.deleteTitle')}
      onClose={onClose}
      onSubmit={() => mutation.mutate(undefined)}
      submitLabel={t('esakipPk.deleteYes')}
      pending={mutation.isPending}
      danger
    >
      <Text size="sm">{t('esakipPk.deleteConfirm', { unit: agreement.unitName, year: agreement.year })}</Text>
      <FormError error={mutation.error} />
    </DialogShell>
  );
}
