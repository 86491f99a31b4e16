import { Badge, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { evaluationKeys, fetchBands, saveBands, type VillageBandSettingsView } from './village-evaluation.api.ts';

type BandDraft = { code: string; label: string; lo: string; hi: string; inferred: boolean };

function BandRow({ band, editable, onChange }: { band: BandDraft; editable: boolean; onChange: (b: BandDraft) => void }) {
  const { t } = useTranslation();
  const field = (key: 'label' | 'lo' | 'hi') => (
    <TextInput
      label={t(`villagesEvaluation.bands.${key}`, { code: band.code })}
      value={band[key]}
      readOnly={!editable}
      inputMode={key === 'label' ? 'text' : 'decimal'}
      onChange={(e) => onChange({ ...band, [key]: e.currentTarget.value })}
    />
  );
  return (
    <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Group gap="xs">
        <Text fw={700} component="legend">
          {band.code}
        </Text>
        {band.inferred ? (
          <Badge color="orange" variant="light">
            {t('villagesEvaluation.bands.inferredBadge')}
          </Badge>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
        {field('label')}
        {field('lo')}
        {field('hi')}
        <Checkbox
          mt={{ base: 0, sm: 28 }}
          label={t('villagesEvaluation.bands.inferred', { code: band.code })}
          checked={band.inferred}
          disabled={!editable}
          onChange={(e) => onChange({ ...band, inferred: e.currentTarget.checked })}
        />
      </SimpleGrid>
    </Stack>
  );
}

function Editor({ view }: { view: VillageBandSettingsView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<BandDraft[]>(() =>
    view.bands.map(({ code, label, lo, hi, inferred }) => ({ code, label, lo, hi, inferred })),
  );
  const save = useMutation({
    mutationFn: () => saveBands({ bands: draft, version: view.version }),
    onSuccess: () => void client.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
  return (
    <Stack gap="sm">
      <Text size="sm">{t('villagesEvaluation.bands.convention')}</Text>
      <Text size="sm" c="dimmed">
        {view.bands.map((b) => `${b.code}: ${b.from}–${b.to}`).join(' · ')}
        {view.isDefault ? ` (${t('villagesEvaluation.bands.defaults')})` : ''}
      </Text>
      {draft.map((band, i) => (
        <BandRow
          key={band.code}
          band={band}
          editable={view.canEdit}
          onChange={(b) => setDraft((d) => d.map((x, j) => (j === i ? b : x)))}
        />
      ))}
      <ErrorAlert error={save.error} />
      {view.canEdit ? (
        <Group>
          <Button onClick={() => save.mutate()} loading={save.isPending} size="md">
            {t('villagesEvaluation.bands.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** The tenant's category bands, with the inferred limits (A and D in Sumedang) marked; editable by DPMD. */
export function BandSettingsEditor() {
  const { t } = useTranslation();
  const bands = useQuery({ queryKey: evaluationKeys.bands, queryFn: fetchBands });
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('villagesEvaluation.bands.title')}
        </Title>
        <ErrorAlert error={bands.error} />
        {bands.data ? <Editor key={bands.data.hash + bands.data.version} view={bands.data} /> : null}
      </Stack>
    </Card>
  );
}
