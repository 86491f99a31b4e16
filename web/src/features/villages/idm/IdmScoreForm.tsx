import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { type IdmDesaView, saveDesaScores, villagesKeys } from '../villages.api.ts';

const SCORE_OPTIONS = ['0', '1', '2', '3', '4', '5'];
const INDEXES = ['IKS', 'IKE', 'IKL'] as const;

/** The indicators of one index grouped by dimension, in catalogue order. */
function byDimension(view: IdmDesaView, index: (typeof INDEXES)[number]) {
  const groups = new Map<string, IdmDesaView['indicators']>();
  for (const i of view.indicators.filter((x) => x.index === index))
    groups.set(i.dimension, [...(groups.get(i.dimension) ?? []), i]);
  return [...groups.entries()];
}

/** Every indicator's score as a labelled 0–5 choice (read-only text without the right to edit); saves all at once. */
export function IdmScoreForm({ view }: { view: IdmDesaView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(view.indicators.map((i) => [i.code, i.score === null ? '' : String(i.score)])),
  );
  const missing = Object.values(draft).filter((v) => v === '').length;
  const save = useMutation({
    mutationFn: () =>
      saveDesaScores(view.regionId, view.year, {
        scores: Object.fromEntries(Object.entries(draft).map(([code, v]) => [code, Number(v)])),
        version: view.version,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(villagesKeys.desa(view.regionId, view.year), saved);
      void queryClient.invalidateQueries({ queryKey: villagesKeys.all });
    },
  });
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('villagesIdm.detail.indicators')}
      </Title>
      {view.canEdit ? null : (
        <Text size="sm" c="dimmed">
          {t('villagesIdm.detail.readOnly')}
        </Text>
      )}
      {INDEXES.map((index) => (
        <Stack key={index} gap="xs" component="section" aria-label={t(`villagesIdm.indexName.${index}`)}>
          <Text fw={700}>{`${index} — ${t(`villagesIdm.indexName.${index}`)}`}</Text>
          {byDimension(view, index).map(([dimension, indicators]) => (
            <Stack key={dimension} gap={4}>
              <Text size="sm" fw={600}>
                {dimension}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                {indicators.map((i) =>
                  view.canEdit ? (
                    <NativeSelect
                      key={i.code}
                      label={`${i.code} ${i.name}`}
                      aria-label={t('villagesIdm.detail.scoreLabel', { code: i.code, name: i.name })}
                      data={[{ value: '', label: t('villagesIdm.detail.notEntered') }, ...SCORE_OPTIONS]}
                      value={draft[i.code] ?? ''}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        setDraft((d) => ({ ...d, [i.code]: value }));
                      }}
                    />
                  ) : (
                    <Group key={i.code} justify="space-between" wrap="nowrap" gap="xs">
                      <Text size="sm">{`${i.code} ${i.name}`}</Text>
                      <Text size="sm" fw={700}>
                        {i.score ?? '—'}
                      </Text>
                    </Group>
                  ),
                )}
              </SimpleGrid>
            </Stack>
          ))}
        </Stack>
      ))}
      {view.canEdit ? (
        <Stack gap="xs">
          {missing > 0 ? <Text size="sm">{t('villagesIdm.detail.incomplete', { missing })}</Text> : null}
          <Group>
            <Button onClick={() => save.mutate()} disabled={missing > 0} loading={save.isPending}>
              {t('villagesIdm.detail.save')}
            </Button>
          </Group>
          {save.isSuccess ? (
            <Alert color="teal" variant="light" role="status">
              {t('villagesIdm.detail.saved')}
            </Alert>
          ) : null}
          <ErrorAlert error={save.error} />
        </Stack>
      ) : null}
    </Stack>
  );
}
