import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notify.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { bodyFieldError, FormError } from '../form-errors.tsx';
import { BandTableEditor } from './BandTableEditor.tsx';
import {
  fetchMeasurementSettings,
  type MeasurementSettingsInput,
  type MeasurementSettingsView,
  saveMeasurementSettings,
  settingsKey,
} from './settings.api.ts';

/** The form's draft: numbers the user types stay text until sent. */
type Draft = Omit<MeasurementSettingsInput, 'roundingDecimals' | 'lockAfterDays' | 'cap' | 'floor'> & {
  roundingDecimals: string;
  lockAfterDays: string;
  cap: string;
  floor: string;
};

const draftOf = (view: MeasurementSettingsView): Draft => ({
  minimizeFormula: view.minimizeFormula,
  cap: view.cap ?? '',
  floor: view.floor ?? '',
  roundingDecimals: String(view.roundingDecimals),
  bandBoundary: view.bandBoundary,
  bands: view.bands.map((b) => ({ ...b })),
  lockAfterDays: String(view.lockAfterDays),
  earlyWarningBelow: view.earlyWarningBelow,
  updatedAt: view.updatedAt,
});

const inputOf = (draft: Draft): MeasurementSettingsInput => ({
  ...draft,
  cap: draft.cap.trim() || null,
  floor: draft.floor.trim() || null,
  roundingDecimals: Number(draft.roundingDecimals),
  lockAfterDays: Number(draft.lockAfterDays),
});

/** The "Pengaturan" tab: the tenant's measurement settings, editable by the planning coordinator, read-only otherwise. */
export function MeasurementSettingsPanel() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: settingsKey, queryFn: fetchMeasurementSettings });
  if (query.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  return <SettingsForm key={query.data.updatedAt ?? 'defaults'} view={query.data} />;
}

function SettingsForm({ view }: { view: MeasurementSettingsView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(view));
  const readOnly = !view.canManage;
  const mutation = useMutation({
    mutationFn: () => saveMeasurementSettings(inputOf(draft)),
    onSuccess: (saved) => {
      notifySuccess(t('esakipSettings.saved', { count: saved.changed }));
      queryClient.setQueryData(settingsKey, saved.settings);
      void queryClient.invalidateQueries({ queryKey: ['esakip'] });
    },
  });
  const errorOf = (field: string) => bodyFieldError(mutation.error, field);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: 'cap' | 'floor' | 'earlyWarningBelow', description?: string) => (
    <TextInput
      label={t(`esakipSettings.${key}`)}
      description={description}
      inputMode="decimal"
      value={draft[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errorOf(key)}
      readOnly={readOnly}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const shown = ['minimizeFormula', 'cap', 'floor', 'roundingDecimals', 'bandBoundary', 'lockAfterDays', 'earlyWarningBelow'];
  const bandFields = draft.bands.flatMap((_, i) => ['code', 'label', 'min', 'max', 'color'].map((f) => `bands.${i}.${f}`));
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="measurement-settings-title" noValidate>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="measurement-settings-title">
            {t('esakipSettings.title')}
          </Title>
          <Badge variant="light" color={view.saved ? 'green' : 'gray'}>
            {view.saved ? t('esakipSettings.savedBadge') : t('esakipSettings.defaultsBadge')}
          </Badge>
        </Group>
        {readOnly ? <Alert color="blue">{t('esakipSettings.readOnly')}</Alert> : null}
        <MinimizeFormulaChoice value={draft.minimizeFormula} onChange={(v) => set('minimizeFormula', v)} readOnly={readOnly} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {text('cap', t('esakipSettings.capHint'))}
          {text('floor', t('esakipSettings.floorHint'))}
          <Select
            label={t('esakipSettings.roundingDecimals')}
            data={['0', '1', '2', '3', '4']}
            value={draft.roundingDecimals}
            onChange={(v) => set('roundingDecimals', v ?? '2')}
            error={errorOf('roundingDecimals')}
            readOnly={readOnly}
            allowDeselect={false}
          />
          <TextInput
            label={t('esakipSettings.lockAfterDays')}
            description={t('esakipSettings.lockAfterDaysHint')}
            inputMode="numeric"
            value={draft.lockAfterDays}
            onChange={(e) => set('lockAfterDays', e.currentTarget.value)}
            error={errorOf('lockAfterDays')}
            readOnly={readOnly}
          />
          {text('earlyWarningBelow', t('esakipSettings.earlyWarningHint'))}
          <Select
            label={t('esakipSettings.bandBoundary')}
            data={(['min_inclusive', 'max_inclusive'] as const).map((v) => ({
              value: v,
              label: t(`esakipSettings.boundary.${v}`),
            }))}
            value={draft.bandBoundary}
            onChange={(v) => set('bandBoundary', (v ?? 'min_inclusive') as Draft['bandBoundary'])}
            error={errorOf('bandBoundary')}
            readOnly={readOnly}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Title order={3} size="h5">
          {t('esakipSettings.bands.title')}
        </Title>
        <BandTableEditor bands={draft.bands} onChange={(bands) => set('bands', bands)} errorOf={errorOf} readOnly={readOnly} />
        <Text size="xs" c="dimmed">
          {t('esakipSettings.engine', { version: view.engineVersion, hash: view.settingsHash.slice(0, 12) })}
        </Text>
        <FormError error={mutation.error} shown={[...shown, ...bandFields, 'bands']} />
        {readOnly ? null : (
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('esakipSettings.save')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('esakipSettings.saveHint')}
            </Text>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The minimize formula, explained with the stunting example of the domain notes (T 18 %, R 21.6 %). */
function MinimizeFormulaChoice(props: {
  value: Draft['minimizeFormula'];
  onChange: (value: Draft['minimizeFormula']) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('esakipSettings.minimizeFormula')}
      description={t('esakipSettings.minimizeExample')}
      value={props.value}
      onChange={(v) => (props.readOnly ? undefined : props.onChange(v as Draft['minimizeFormula']))}
    >
      <Stack gap="xs" mt="xs">
        <Radio value="inverse_difference" label={t('esakipSettings.formula.inverse_difference')} disabled={props.readOnly} />
        <Radio value="ratio" label={t('esakipSettings.formula.ratio')} disabled={props.readOnly} />
      </Stack>
    </Radio.Group>
  );
}
