import { Card, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { type BasesView, dpmdKeys, fetchDesaAccountability, type MandatoryResultView } from './dpmd.api.ts';
import { TargetOverrideForm } from './TargetOverrideForm.tsx';

/** Choose a desa and a mandatory result; see its current target and set another one with a reason. */
export function TargetCard({ year, desa, results }: { year: number; desa: BasesView['items']; results: MandatoryResultView[] }) {
  const { t } = useTranslation();
  const [regionId, setRegionId] = useState('');
  const [resultId, setResultId] = useState('');
  const result = results.find((r) => r.id === resultId) ?? results[0];
  const view = useQuery({
    queryKey: dpmdKeys.desa(regionId, year),
    queryFn: () => fetchDesaAccountability(regionId, year),
    enabled: regionId !== '',
  });
  const current = view.data?.indicators.find((i) => i.id === result?.id)?.target;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('villagesDpmd.target.title')}
        </Title>
        <NativeSelect
          label={t('villagesDpmd.target.desa')}
          data={[
            { value: '', label: t('villagesDpmd.target.chooseDesa') },
            ...desa.map((d) => ({ value: d.regionId, label: `${d.name} — ${d.kecamatanName ?? ''}` })),
          ]}
          value={regionId}
          onChange={(e) => setRegionId(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('villagesDpmd.target.result')}
          data={results.map((r) => ({ value: r.id, label: `${r.code} — ${r.name}` }))}
          value={result?.id ?? ''}
          onChange={(e) => setResultId(e.currentTarget.value)}
        />
        <ErrorAlert error={view.error} />
        {current ? (
          <Text size="sm" role="status">
            {t('villagesDpmd.target.current', { value: current.value ?? '—', rule: current.rule })}
            {current.overridden ? ` · ${t('villagesDpmd.target.overridden')}` : ''}
          </Text>
        ) : null}
        {regionId && result ? (
          <TargetOverrideForm
            key={`${regionId}-${result.id}-${year}`}
            slot={{ regionId, year, mandatoryResultId: result.id, unit: result.unit }}
          />
        ) : null}
      </Stack>
    </Card>
  );
}
