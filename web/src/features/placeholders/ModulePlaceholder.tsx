import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader.tsx';

/** Modules announced in the navigation but not built yet. */
export type PlannedModule = 'eoffice' | 'esakip' | 'sakipDesa';

/** An honest "not available yet" page for a planned module, with one line on what it will do. */
export function ModulePlaceholder({ module }: { module: PlannedModule }) {
  const { t } = useTranslation();
  const name = t(`modules.${module}.name`);
  return (
    <>
      <PageHeader title={name} />
      <Alert color="gray" variant="light" title={t('modules.notReadyTitle')}>
        <Text>{t('modules.notReady', { name })}</Text>
        <Text mt="xs">{t(`modules.${module}.purpose`)}</Text>
      </Alert>
    </>
  );
}
