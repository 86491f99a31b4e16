import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { RecommendationForm } from './RecommendationForm.tsx';
import { RecommendationItem } from './RecommendationItem.tsx';
import { fetchRecommendations, lheHref, recommendationKeys } from './recommendations.api.ts';

const K = 'evaluationRecommendations';

/** The LHE recommendations of an evaluation with their follow-up, and the LHE downloads. */
export function RecommendationsPanel({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  const list = useQuery({ queryKey: recommendationKeys.list(evaluationId), queryFn: () => fetchRecommendations(evaluationId) });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: recommendationKeys.list(evaluationId) });
    void client.invalidateQueries({ queryKey: recommendationKeys.overdue });
  };
  if (list.isPending) return <Loader size="sm" aria-label={t(`${K}.title`)} />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const data = list.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby={`recommendations-${evaluationId}`}>
      <Group justify="space-between" wrap="wrap">
        <Title order={3} id={`recommendations-${evaluationId}`}>
          {t(`${K}.title`)}
        </Title>
        {data.may.lhe ? (
          <Group gap="xs">
            <Button component="a" href={lheHref(evaluationId, 'pdf')} size="xs" variant="light" target="_blank" rel="noopener">
              {t(`${K}.lhePdf`)}
            </Button>
            <Button component="a" href={lheHref(evaluationId, 'docx')} size="xs" variant="light" download>
              {t(`${K}.lheDocx`)}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t(`${K}.lheOnlyFinal`)}
          </Text>
        )}
      </Group>
      {data.items.length === 0 ? <Text c="dimmed">{t(`${K}.empty`)}</Text> : null}
      {data.items.map((item) => (
        <RecommendationItem key={item.id} item={item} evaluationId={evaluationId} today={data.today} onChanged={refresh} />
      ))}
      {data.may.add ? (
        adding ? (
          <RecommendationForm
            evaluationId={evaluationId}
            onDone={() => {
              setAdding(false);
              refresh();
            }}
          />
        ) : (
          <Group>
            <Button size="xs" onClick={() => setAdding(true)}>
              {t(`${K}.add`)}
            </Button>
          </Group>
        )
      ) : null}
    </Stack>
  );
}
