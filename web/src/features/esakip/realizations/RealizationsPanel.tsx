import { Alert, Button, Card, Group, Loader, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { esakipKeys, fetchOpds, type PeriodView } from '../esakip.api.ts';
import { RealizationCell } from './RealizationCell.tsx';
import { ReopenForm } from './ReopenForm.tsx';
import { targetText } from './realization-labels.ts';
import { fetchRealizationGrid, type RealizationGridView, type RealizationRowView, realizationKeys } from './realizations.api.ts';
import { TargetRevisionDialog } from './TargetRevisionDialog.tsx';
import { TargetRevisionLedger } from './TargetRevisionLedger.tsx';

const K = 'esakipRealizations';

/** The year to start on: this year when the period covers it, else the period's first year. */
function initialYear(period: PeriodView): number {
  const now = new Date().getFullYear();
  return now >= period.startYear && now <= period.endYear ? now : period.startYear;
}

function IndicatorCard({ row, grid, onChanged }: { row: RealizationRowView; grid: RealizationGridView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [revising, setRevising] = useState(false);
  return (
    <Card withBorder component="article" aria-labelledby={`indicator-${row.indicatorId}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={2} style={{ flex: '1 1 16rem' }}>
            <Title order={3} size="h5" id={`indicator-${row.indicatorId}`}>
              {row.code ? `${row.code} ` : ''}
              {row.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`${K}.unitOfMeasure`, { unit: row.unitOfMeasure })} ·{' '}
              {t(`${K}.yearTarget`, { target: targetText(t, row.yearTarget) })}
            </Text>
          </Stack>
          {grid.coordinator ? (
            <Button size="xs" variant="light" onClick={() => setRevising(true)}>
              {t(`${K}.revision.open`)}
            </Button>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          {row.periods.map((cell) => (
            <RealizationCell
              key={`${cell.period}-${cell.realization?.version ?? 0}`}
              row={row}
              cell={cell}
              year={grid.year}
              mayEnter={grid.mayEnter}
              mayReview={grid.mayReview}
              onChanged={onChanged}
            />
          ))}
        </SimpleGrid>
        <TargetRevisionLedger indicatorId={row.indicatorId} />
      </Stack>
      {grid.coordinator ? (
        <TargetRevisionDialog
          row={row}
          year={grid.year}
          opened={revising}
          onClose={() => setRevising(false)}
          onRevised={onChanged}
        />
      ) : null}
    </Card>
  );
}

/** The Realisasi tab: choose the OPD (coordinators) and year; a card per indicator with its periods. */
export function RealizationsPanel({ period }: { period: PeriodView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [year, setYear] = useState(() => initialYear(period));
  const [chosenUnit, setChosenUnit] = useState('');
  const grid = useQuery({
    queryKey: realizationKeys.grid(chosenUnit, year),
    queryFn: () => fetchRealizationGrid(chosenUnit, year),
  });
  const coordinator = grid.data?.coordinator ?? false;
  const opds = useQuery({ queryKey: esakipKeys.units, queryFn: fetchOpds, enabled: coordinator });
  const years = Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => String(period.startYear + i));
  const refresh = () => client.invalidateQueries({ queryKey: ['esakip', 'realizations'] });
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        {coordinator ? (
          <NativeSelect
            label={t(`${K}.unit`)}
            data={(opds.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            value={grid.data?.unitId ?? chosenUnit}
            onChange={(e) => setChosenUnit(e.currentTarget.value)}
            miw={240}
          />
        ) : null}
        <NativeSelect
          label={t(`${K}.year`)}
          data={years}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
        />
      </Group>
      <ErrorAlert error={grid.error ?? opds.error} />
      {grid.isPending ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {grid.data && grid.data.indicators.length === 0 ? (
        <Alert color="blue">
          {t(`${K}.noIndicators`)} {grid.data.coordinator ? t(`${K}.chooseOtherUnit`) : null}
        </Alert>
      ) : null}
      {grid.data?.indicators.map((row) => (
        <IndicatorCard key={row.indicatorId} row={row} grid={grid.data} onChanged={refresh} />
      ))}
      {grid.data?.coordinator && grid.data.indicators.length > 0 ? (
        <ReopenForm key={`${grid.data.unitId}-${grid.data.year}`} grid={grid.data} onChanged={refresh} />
      ) : null}
    </Stack>
  );
}
