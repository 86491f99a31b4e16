import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { activatePack, type PackSummaryView } from './regulation.api.ts';

interface ActivateDraftProps {
  draft: PackSummaryView;
  activeVersion: number;
  onActivated: () => void;
}

/** "Aktifkan versi": asks for confirmation, then makes the draft the active pack (the active one is retired). */
export function ActivateDraft({ draft, activeVersion, onActivated }: ActivateDraftProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const activating = useMutation({
    mutationFn: () => activatePack(draft.id),
    onSuccess: (pack) => {
      notifySuccess(t('regulationAdmin.import.activated', { version: pack.version }));
      setAsking(false);
      onActivated();
    },
  });
  return (
    <>
      <Button color="green" onClick={() => setAsking(true)}>
        {t('regulationEdit.activate')}
      </Button>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('regulationEdit.activateTitle', { version: draft.version })}
      >
        <Stack>
          <Text>{t('regulationEdit.activateConfirm', { version: draft.version, active: activeVersion })}</Text>
          <ErrorAlert error={activating.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="green" onClick={() => activating.mutate()} loading={activating.isPending}>
              {t('regulationEdit.activateYes', { version: draft.version })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
