import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notify.ts';
import { bodyFieldError, FormError } from '../form-errors.tsx';
import { type CellAddress, type RealizationView, returnRealization, verifyRealization } from './realizations.api.ts';

const K = 'esakipRealizations';

/** The coordinator's buttons on a submitted realisasi: verify, or return with a note (asked in a dialog). */
export function ReviewActions({
  address,
  realization,
  onChanged,
}: {
  address: CellAddress;
  realization: RealizationView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const verify = useMutation({
    mutationFn: () => verifyRealization(address, realization.version),
    onSuccess: () => {
      notifySuccess(t(`${K}.verified`));
      onChanged();
    },
  });
  const giveBack = useMutation({
    mutationFn: () => returnRealization(address, realization.version, note),
    onSuccess: () => {
      setAsking(false);
      setNote('');
      notifySuccess(t(`${K}.returned`));
      onChanged();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    giveBack.mutate();
  };
  return (
    <>
      <Group gap="xs">
        <Button size="xs" color="green" loading={verify.isPending} onClick={() => verify.mutate()}>
          {t(`${K}.verify`)}
        </Button>
        <Button size="xs" variant="light" color="orange" onClick={() => setAsking(true)}>
          {t(`${K}.return`)}
        </Button>
      </Group>
      <FormError error={verify.error} />
      <Modal opened={asking} onClose={() => setAsking(false)} title={t(`${K}.returnTitle`)}>
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Textarea
              label={t(`${K}.returnNote`)}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              required
              autosize
              minRows={3}
              maxLength={2000}
              error={bodyFieldError(giveBack.error, 'note')}
              data-autofocus
            />
            <FormError error={giveBack.error} shown={['note']} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(false)}>
                {t(`${K}.cancel`)}
              </Button>
              <Button type="submit" color="orange" loading={giveBack.isPending} disabled={!note.trim()}>
                {t(`${K}.return`)}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
