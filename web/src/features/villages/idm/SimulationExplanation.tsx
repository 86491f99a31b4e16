import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdmSimulationView } from '../villages.api.ts';

/** The simulator's answer in plain language: where the desa stands, which scores to raise, and what that gives. */
export function SimulationExplanation({ simulation }: { simulation: IdmSimulationView }) {
  const { t } = useTranslation();
  const { current, plan } = simulation;
  const now = <Text>{t('villagesIdm.simulation.now', { idm: simulation.idm, status: current.label })}</Text>;
  if (!plan)
    return (
      <Stack gap="xs" data-testid="idm-simulation">
        {now}
        <Text>
          {current.upTo === null
            ? t('villagesIdm.simulation.top', { status: current.label })
            : t('villagesIdm.simulation.unreachable')}
        </Text>
      </Stack>
    );
  return (
    <Stack gap="xs" data-testid="idm-simulation">
      {now}
      <Text>
        {t('villagesIdm.simulation.goal', { next: plan.reached.label, points: plan.points, count: plan.improvements.length })}
      </Text>
      <List type="ordered" spacing={4}>
        {plan.improvements.map((m) => (
          <List.Item key={m.code}>
            {t('villagesIdm.simulation.step', {
              name: m.name,
              dimension: m.dimension,
              indexName: t(`villagesIdm.indexName.${m.index}`),
              from: m.from,
              to: m.to,
            })}
          </List.Item>
        ))}
      </List>
      <Text>{t('villagesIdm.simulation.result', { idm: plan.idm, next: plan.reached.label })}</Text>
      <Text size="sm" c="dimmed">
        {t('villagesIdm.simulation.why')} {t('villagesIdm.simulation.caveat')}
      </Text>
    </Stack>
  );
}
