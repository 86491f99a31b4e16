import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { bodyFieldError } from '../../esakip/form-errors.tsx';
import { reviseDesaAgreement, type VillageAgreementView } from './agreement.api.ts';
import { usePkChange } from './use-pk-change.ts';

/** Makes a PK perubahan of a signed PK with its reason. */
export function RevisePkDialog({ agreement, onClose }: { agreement: VillageAgreementView; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const mutation = usePkChange((text: string) => reviseDesaAgreement(agreement.id, text, agreement.version), {
    success: t('villagesPk.revised'),
    onDone: onClose,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(reason);
  };
  const reasonError = bodyFieldError(mutation.error, 'reason');
  return (
    <Modal opened onClose={onClose} title={t('villagesPk.reviseTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('villagesPk.reviseIntro')}</Text>
          <Textarea
            label={t('villagesPk.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={reasonError}
            aria-invalid={reasonError ? true : undefined}
            required
            minRows={2}
            data-autofocus
          />
          {reasonError ? null : <ErrorAlert error={mutation.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('villagesPk.revise')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
