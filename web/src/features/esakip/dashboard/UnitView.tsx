import { SimpleGrid, Stack } from '@mantine/core';
import { BudgetSection } from './BudgetSection.tsx';
import type { UnitDashboardView } from './dashboard.api.ts';
import { EarlyWarnings } from './EarlyWarnings.tsx';
import { IndicatorLights } from './IndicatorLights.tsx';
import { KpiCards } from './KpiCards.tsx';
import { TrendSection } from './TrendSection.tsx';

/** One OPD: headline numbers, indicator traffic lights, quarterly trend, early warnings and serapan vs capaian. */
export function UnitView({ view, onOpenIndicator }: { view: UnitDashboardView; onOpenIndicator: (id: string) => void }) {
  return (
    <Stack gap="lg">
      <KpiCards summary={view.unit} bands={view.bands} earlyWarnings={view.earlyWarnings} threshold={view.earlyWarningBelow} />
      <IndicatorLights view={view} onOpenIndicator={onOpenIndicator} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <TrendSection view={view} />
        <EarlyWarnings view={view} onOpenIndicator={onOpenIndicator} />
      </SimpleGrid>
      <BudgetSection view={view} />
    </Stack>
  );
}
