import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_SOURCE_KEYS } from '../../../../src/modules/performance/auto-sources.contract.ts';
import { createIndicator, type IndicatorInput, type IndicatorView, updateIndicator } from './esakip.api.ts';
import { bodyFieldError, FormError } from './form-errors.tsx';

const POLARITIES = ['maximize', 'minimize', 'stabilize', 'range'] as const;
const AGGREGATIONS = ['cumulative', 'last', 'average', 'manual'] as const;
const FREQUENCIES = ['yearly', 'semester', 'quarterly', 'monthly'] as const;
const SMART_ITEMS = ['specific', 'measurable', 'achievable', 'relevant', 'time_bound', 'challenging'] as const;
type SmartItem = (typeof SMART_ITEMS)[number];
const TEXT_FIELDS = [
  ['operationalDefinition', 'definition'],
  ['formulaText', 'formula'],
  ['numeratorLabel', 'numerator'],
  ['denominatorLabel', 'denominator'],
  ['dataSource', 'dataSource'],
] as const;

interface Draft {
  code: string;
  name: string;
  unitOfMeasure: string;
  polarity: (typeof POLARITIES)[number];
  aggregation: (typeof AGGREGATIONS)[number];
  frequency: (typeof FREQUENCIES)[number];
  operationalDefinition: string;
  formulaText: string;
  numeratorLabel: string;
  denominatorLabel: string;
  dataSource: string;
  baselineYear: string;
  baselineValue: string;
  allowNegative: boolean;
  isIku: boolean;
  smart: Record<SmartItem, boolean>;
  /** A key of the automatic source catalogue, or '' for manual entry. */
  autoSource: string;
}

function draftOf(i?: IndicatorView): Draft {
  return {
    code: i?.code ?? '',
    name: i?.name ?? '',
    unitOfMeasure: i?.unitOfMeasure ?? '',
    polarity: i?.polarity ?? 'maximize',
    aggregation: i?.aggregation ?? 'last',
    frequency: i?.frequency ?? 'yearly',
    operationalDefinition: i?.operationalDefinition ?? '',
    formulaText: i?.formulaText ?? '',
    numeratorLabel: i?.numeratorLabel ?? '',
    denominatorLabel: i?.denominatorLabel ?? '',
    dataSource: i?.dataSource ?? '',
    baselineYear: i?.baselineYear ? String(i.baselineYear) : '',
    baselineValue: i?.baselineValue ?? '',
    allowNegative: i?.allowNegative ?? false,
    isIku: i?.isIku ?? false,
    smart: { ...Object.fromEntries(SMART_ITEMS.map((s) => [s, false])), ...i?.smart } as Record<SmartItem, boolean>,
    autoSource: i?.autoSource ?? '',
  };
}

const orNull = (s: string) => s.trim() || null;

/** The API body of the draft (empty optional texts become null). */
function toInput(d: Draft): IndicatorInput {
  return {
    code: orNull(d.code),
    name: d.name,
    unitOfMeasure: d.unitOfMeasure,
    polarity: d.polarity,
    aggregation: d.aggregation,
    frequency: d.frequency,
    operationalDefinition: orNull(d.operationalDefinition),
    formulaText: orNull(d.formulaText),
    numeratorLabel: orNull(d.numeratorLabel),
    denominatorLabel: orNull(d.denominatorLabel),
    dataSource: orNull(d.dataSource),
    baselineYear: d.baselineYear.trim() ? Number(d.baselineYear) : null,
    baselineValue: orNull(d.baselineValue),
    allowNegative: d.allowNegative,
    isIku: d.isIku,
    smart: d.smart,
    // The server refuses a key outside the catalogue (400 on the field), so the option values are the only ones sent.
    autoSource: (d.autoSource || null) as IndicatorInput['autoSource'],
  };
}

interface IndicatorFormProps {
  nodeId: string;
  indicator?: IndicatorView;
  onDone: () => void;
  onCancel: () => void;
}

/** Add or edit an indicator with its IKU manual fields and the SMART checklist. */
export function IndicatorForm({ nodeId, indicator, onDone, onCancel }: IndicatorFormProps) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(() => draftOf(indicator));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setD((prev) => ({ ...prev, [key]: value }));
  const mutation = useMutation({
    mutationFn: () =>
      indicator
        ? updateIndicator(indicator.id, { ...toInput(d), version: indicator.version })
        : createIndicator(nodeId, { ...toInput(d), targets: [] }),
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const err = (field: string) => bodyFieldError(mutation.error, field);
  const label = (key: string) => t(`esakip.indicator.${key}`);
  const select = <K extends 'polarity' | 'aggregation' | 'frequency'>(key: K, options: readonly Draft[K][]) => (
    <NativeSelect
      label={label(key)}
      data={options.map((o) => ({ value: o, label: t(`esakip.${key}.${o}`) }))}
      value={d[key]}
      onChange={(e) => set(key, e.currentTarget.value as Draft[K])}
      error={err(key)}
      required
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={label('name')}
          value={d.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={err('name')}
          required
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={label('code')}
            value={d.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={err('code')}
          />
          <TextInput
            label={label('unit')}
            value={d.unitOfMeasure}
            onChange={(e) => set('unitOfMeasure', e.currentTarget.value)}
            error={err('unitOfMeasure')}
            required
          />
          {select('polarity', POLARITIES)}
          {select('aggregation', AGGREGATIONS)}
          {select('frequency', FREQUENCIES)}
          <TextInput
            label={label('baselineYear')}
            inputMode="numeric"
            value={d.baselineYear}
            onChange={(e) => set('baselineYear', e.currentTarget.value)}
            error={err('baselineYear')}
          />
          <TextInput
            label={label('baselineValue')}
            inputMode="decimal"
            value={d.baselineValue}
            onChange={(e) => set('baselineValue', e.currentTarget.value)}
            error={err('baselineValue')}
          />
          <NativeSelect
            label={label('autoSource')}
            description={label('autoSourceHint')}
            data={[
              { value: '', label: label('autoSourceNone') },
              ...AUTO_SOURCE_KEYS.map((key) => ({ value: key, label: t(`esakip.indicator.autoSources.${key}`) })),
            ]}
            value={d.autoSource}
            onChange={(e) => set('autoSource', e.currentTarget.value)}
            error={err('autoSource')}
          />
        </SimpleGrid>
        <Checkbox label={label('isIku')} checked={d.isIku} onChange={(e) => set('isIku', e.currentTarget.checked)} />
        <Checkbox
          label={label('allowNegative')}
          checked={d.allowNegative}
          onChange={(e) => set('allowNegative', e.currentTarget.checked)}
        />
        <Fieldset legend={label('manual')} p="sm">
          <Stack gap="xs">
            {TEXT_FIELDS.map(([field, labelKey]) => (
              <Textarea
                key={field}
                label={label(labelKey)}
                value={d[field]}
                onChange={(e) => set(field, e.currentTarget.value)}
                error={err(field)}
                rows={2}
              />
            ))}
          </Stack>
        </Fieldset>
        <Fieldset legend={label('smart')} p="sm">
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
            {SMART_ITEMS.map((item) => (
              <Checkbox
                key={item}
                label={t(`esakip.indicator.smartItems.${item}`)}
                checked={d.smart[item]}
                onChange={(e) => set('smart', { ...d.smart, [item]: e.currentTarget.checked })}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <FormError
          error={mutation.error}
          shown={[
            'name',
            'code',
            'unitOfMeasure',
            'polarity',
            'aggregation',
            'frequency',
            'baselineYear',
            'baselineValue',
            'autoSource',
            ...TEXT_FIELDS.map(([f]) => f),
          ]}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
