import { Card, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDay } from './RecommendationItem.tsx';
import { fetchOverdue, recommendationKeys } from './recommendations.api.ts';

const K = 'evaluationRecommendations.overdueCard';

/** Dashboard card: how many LHE recommendations are past their deadline, and which (most late first). */
export function OverdueFollowupsCard({ limit = 10 }: { limit?: number }) {
  const { t } = useTranslation();
  const overdue = useQuery({ queryKey: recommendationKeys.overdue, queryFn: fetchOverdue });
  return (
    <Card withBorder component="section" aria-labelledby="overdue-followups-title">
      <Stack gap="xs">
        <Title order={4} id="overdue-followups-title">
          {t(`${K}.title`)}
        </Title>
        {overdue.isPending ? <Loader size="sm" /> : null}
        {overdue.isError ? <ErrorAlert error={overdue.error} /> : null}
        {overdue.data ? (
          <>
            <Text fw={600} c={overdue.data.count > 0 ? 'red' : undefined}>
              {overdue.data.count > 0 ? t(`${K}.count`, { count: overdue.data.count }) : t(`${K}.none`)}
            </Text>
            <List size="sm" spacing={6}>
              {overdue.data.items.slice(0, limit).map((item) => (
                <List.Item key={item.recommendationId}>
                  <Text size="sm" fw={500}>
                    {t(`${K}.item`, { unit: item.unitName, year: item.year, days: item.daysLate })}
                  </Text>
                  <Text size="sm" lineClamp={2}>
                    {item.text}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[item.personInCharge.name, formatDay(item.deadline), `${item.progress}%`].join(' · ')}
                  </Text>
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
