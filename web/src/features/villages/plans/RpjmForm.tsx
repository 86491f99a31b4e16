import { ActionIcon, Button, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { serverFieldError } from './plan-form.ts';
import { createRpjm, type RpjmView, updateRpjm } from './plans.api.ts';

/** The misi list: one labelled input per misi, add and remove buttons. */
export function MisiEditor({ value, onChange, error }: { value: string[]; onChange: (next: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap="xs" role="group" aria-labelledby={labelId}>
      <Text id={labelId} fw={500} size="sm">
        {t('villagesPlans.rpjm.misi')}
      </Text>
      {value.map((misi, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the misi are edited in place; their position is their identity
        <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label={t('villagesPlans.rpjm.misiItem', { number: i + 1 })}
            value={misi}
            onChange={(e) => onChange(value.map((m, j) => (j === i ? e.currentTarget.value : m)))}
          />
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('villagesPlans.rpjm.removeMisi', { number: i + 1 })}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {error ? (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
      <Group>
        <Button variant="default" size="xs" onClick={() => onChange([...value, ''])}>
          {t('villagesPlans.rpjm.addMisi')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Starts an RPJMDes of the desa, or edits the period, visi and misi of one at the version seen. */
export function RpjmForm(props: { regionId: string; year: number; existing: RpjmView | null; onDone: (saved: boolean) => void }) {
  const { regionId, existing, onDone } = props;
  const { t } = useTranslation();
  const [startYear, setStartYear] = useState<number | string>(existing?.startYear ?? props.year);
  const [endYear, setEndYear] = useState<number | string>(existing?.endYear ?? '');
  const [visi, setVisi] = useState(existing?.visi ?? '');
  const [misi, setMisi] = useState<string[]>(existing?.misi ?? ['']);
  const [visiError, setVisiError] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: () => {
      const body = {
        startYear: Number(startYear),
        ...(endYear === '' ? {} : { endYear: Number(endYear) }),
        visi: visi.trim(),
        misi: misi.map((m) => m.trim()).filter((m) => m !== ''),
      };
      return existing
        ? updateRpjm(existing.id, { ...body, status: existing.status, version: existing.version })
        : createRpjm(regionId, body);
    },
    onSuccess: () => onDone(true),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const missing = visi.trim() ? undefined : t('villagesPlans.required');
    setVisiError(missing);
    if (!missing) save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('villagesPlans.rpjm.create')}>
      <Stack gap="sm">
        <Group grow>
          <NumberInput
            label={t('villagesPlans.rpjm.startYear')}
            value={startYear}
            onChange={setStartYear}
            min={2015}
            max={2100}
          />
          <NumberInput
            label={t('villagesPlans.rpjm.endYear')}
            description={t('villagesPlans.rpjm.endYearHint')}
            value={endYear}
            onChange={setEndYear}
            min={2015}
            max={2100}
            error={serverFieldError(save.error, 'endYear')}
          />
        </Group>
        <Textarea
          label={t('villagesPlans.rpjm.visi')}
          value={visi}
          onChange={(e) => setVisi(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          error={visiError ?? serverFieldError(save.error, 'visi')}
        />
        <MisiEditor value={misi} onChange={setMisi} error={serverFieldError(save.error, 'misi')} />
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('villagesPlans.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t('villagesPlans.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
