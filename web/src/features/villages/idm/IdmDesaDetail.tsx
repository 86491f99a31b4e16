import { Card, Drawer, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { fetchDesaIdm, fetchSimulation, type IdmDesaView, villagesKeys } from '../villages.api.ts';
import { IdmScoreForm } from './IdmScoreForm.tsx';
import { SimulationExplanation } from './SimulationExplanation.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** IKS, IKE, IKL and IDM of the stored result with the status badge. */
function ResultSummary({ view }: { view: IdmDesaView }) {
  const { t } = useTranslation();
  const r = view.result;
  const values = [
    ['IKS', r?.iks],
    ['IKE', r?.ike],
    ['IKL', r?.ikl],
    ['IDM', r?.idm],
  ] as const;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {values.map(([label, value]) => (
          <Card key={label} withBorder padding="xs">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700}>{value ?? '—'}</Text>
          </Card>
        ))}
      </SimpleGrid>
      <Group gap="xs">
        <Text size="sm">{t('villagesIdm.status')}:</Text>
        <StatusBadge statuses={view.statuses} code={r?.statusCode} />
      </Group>
    </Stack>
  );
}

function SimulationSection({ view }: { view: IdmDesaView }) {
  const { t } = useTranslation();
  const simulation = useQuery({
    queryKey: [...villagesKeys.simulation(view.regionId, view.year), view.version],
    queryFn: () => fetchSimulation(view.regionId, view.year),
    enabled: view.result !== null,
  });
  return (
    <Card withBorder component="section" aria-labelledby="idm-simulation-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="idm-simulation-title">
          {t('villagesIdm.simulation.title')}
        </Title>
        {view.result === null ? (
          <Text size="sm">{t('villagesIdm.simulation.needsScores')}</Text>
        ) : simulation.data ? (
          <SimulationExplanation simulation={simulation.data} />
        ) : simulation.isPending ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : (
          <ErrorAlert error={simulation.error} />
        )}
      </Stack>
    </Card>
  );
}

/** A drawer (full screen on a phone) with one desa-year: result, simulation and the indicator scores. */
export function IdmDesaDetail({ regionId, year, onClose }: { regionId: string | null; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const desa = useQuery({
    queryKey: villagesKeys.desa(regionId ?? '', year),
    queryFn: () => fetchDesaIdm(regionId!, year),
    enabled: regionId !== null,
  });
  const view = desa.data;
  return (
    <Drawer
      opened={regionId !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 'xl'}
      title={view ? t('villagesIdm.detail.title', { name: view.name, year }) : t('common.loading')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {view ? (
        <Stack gap="md">
          {view.kecamatanName ? <Text c="dimmed">{t('villagesIdm.detail.kecamatan', { name: view.kecamatanName })}</Text> : null}
          <ResultSummary view={view} />
          <SimulationSection view={view} />
          <IdmScoreForm key={`${view.regionId}-${view.year}`} view={view} />
        </Stack>
      ) : desa.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <ErrorAlert error={desa.error} />
      )}
    </Drawer>
  );
}
