import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { returnRealization, type VillageRealizationView, verificationKeys, verifyRealization } from './verification.api.ts';

const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

/** Verifikasi / Kembalikan of one submitted realisasi, sent with the version seen; a 409 reloads it. */
export function ReviewActions({ realization, onDone }: { realization: VillageRealizationView; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const settle = {
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: verificationKeys.all });
      onDone();
    },
    onError: (error: unknown) => {
      if (!isConflict(error)) return;
      setStale(true);
      void client.invalidateQueries({ queryKey: verificationKeys.all });
    },
  };
  const verify = useMutation({
    mutationFn: () => verifyRealization(realization.id, realization.version, note.trim() || null),
    ...settle,
  });
  const giveBack = useMutation({
    mutationFn: () => returnRealization(realization.id, realization.version, note.trim()),
    ...settle,
  });
  const onReturn = () => {
    if (!note.trim()) {
      setNoteError(t('villagesVerification.noteRequired'));
      return;
    }
    setNoteError(null);
    giveBack.mutate();
  };
  const error = verify.error ?? giveBack.error;
  return (
    <Stack gap="sm">
      <Textarea
        label={t('villagesVerification.note')}
        description={t('villagesVerification.noteHint')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={noteError}
        rows={3}
        maxLength={2000}
      />
      {stale ? (
        <Alert color="orange" role="status">
          {t('villagesVerification.stale')}
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
      <Group wrap="wrap">
        <Button size="md" color="green" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('villagesVerification.verify')}
        </Button>
        <Button size="md" variant="light" color="orange" onClick={onReturn} loading={giveBack.isPending}>
          {t('villagesVerification.return')}
        </Button>
      </Group>
    </Stack>
  );
}
