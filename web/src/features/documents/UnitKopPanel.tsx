import { Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { documentKeys, fetchUnits } from './documents.api.ts';
import { KopEditor } from './KopEditor.tsx';

/** "Kop unit": pick a unit (UPT, BLUD, kecamatan …) and edit its own kop; sub-units are refused by the server. */
export function UnitKopPanel() {
  const { t } = useTranslation();
  const units = useQuery({ queryKey: documentKeys.units, queryFn: fetchUnits });
  const [unitId, setUnitId] = useState<string | null>(null);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('kop.unitIntro')}
      </Text>
      <ErrorAlert error={units.error} />
      <Select
        label={t('kop.unit')}
        placeholder={t('kop.unitPlaceholder')}
        searchable
        clearable
        limit={100}
        data={(units.data ?? []).map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }))}
        value={unitId}
        onChange={setUnitId}
        nothingFoundMessage={t('kop.noUnit')}
        disabled={!units.data}
        maw={560}
      />
      {unitId ? <KopEditor key={unitId} unitId={unitId} /> : null}
    </Stack>
  );
}
