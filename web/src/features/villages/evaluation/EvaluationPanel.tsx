import { Anchor, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { AccountabilityChart } from '../dpmd/AccountabilityChart.tsx';
import { BandChart } from './BandChart.tsx';
import { BandSettingsEditor } from './BandSettingsEditor.tsx';
import { RankingTable } from './RankingTable.tsx';
import { evaluationKeys, fetchDashboard, fetchRanking, recapUrl } from './village-evaluation.api.ts';
import { WorksheetForm } from './WorksheetForm.tsx';

/** Years offered, newest first. */
function yearOptions(now: number): string[] {
  return Array.from({ length: now - 2019 + 1 }, (_, i) => String(now - i));
}

/** "Evaluasi & Peringkat": year and kecamatan filters, band/IDM charts, the ranking, the worksheet and the band settings. */
export function EvaluationPanel() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const [kecamatanId, setKecamatanId] = useState('');
  const ranking = useQuery({
    queryKey: evaluationKeys.ranking(year, kecamatanId),
    queryFn: () => fetchRanking(year, kecamatanId),
  });
  const dashboard = useQuery({ queryKey: evaluationKeys.dashboard(year), queryFn: () => fetchDashboard(year) });
  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('villagesEvaluation.year')}
          data={yearOptions(thisYear)}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
        />
        <NativeSelect
          label={t('villagesEvaluation.kecamatan')}
          data={[
            { value: '', label: t('villagesEvaluation.kabupaten') },
            ...(ranking.data?.kecamatan ?? []).map((k) => ({ value: k.id, label: k.name })),
          ]}
          value={kecamatanId}
          onChange={(e) => setKecamatanId(e.currentTarget.value)}
        />
        <Anchor href={recapUrl(year)} target="_blank" rel="noopener">
          {t('villagesEvaluation.recap')}
        </Anchor>
      </Group>
      {dashboard.data ? <BandChart view={dashboard.data} /> : <ErrorAlert error={dashboard.error} />}
      {dashboard.data?.accountability ? <AccountabilityChart view={dashboard.data} /> : null}
      {ranking.data ? (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('villagesEvaluation.ranking.notEvaluated', { count: ranking.data.notEvaluated })}
          </Text>
          <RankingTable view={ranking.data} />
        </>
      ) : ranking.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <ErrorAlert error={ranking.error} />
      )}
      <WorksheetForm year={year} />
      <BandSettingsEditor />
    </Stack>
  );
}
