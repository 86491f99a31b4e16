import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { decimalOrNull, dpmdKeys, overrideTarget, type VillageTargetView } from './dpmd.api.ts';

/** The desa × mandatory result × year the form sets the target of. */
export interface TargetSlot {
  regionId: string;
  year: number;
  mandatoryResultId: string;
  unit: string;
}

/** Sets a desa's target for one mandatory result with a reason, or drops the override (derived target back). */
export function TargetOverrideForm({ slot }: { slot: TargetSlot }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ value?: string; reason?: string }>({});
  // No list answers a target's version, so the first save sends null; later saves send the version answered.
  const [saved, setSaved] = useState<VillageTargetView | null>(null);
  const save = useMutation({
    mutationFn: (next: string | null) =>
      overrideTarget(slot.regionId, slot.year, slot.mandatoryResultId, {
        value: next,
        reason: reason.trim(),
        version: saved?.version ?? null,
      }),
    onSuccess: (view) => {
      setSaved(view);
      void client.invalidateQueries({ queryKey: dpmdKeys.all });
    },
  });
  const submit = (next: 'set' | 'clear') => {
    const decimal = next === 'set' ? decimalOrNull(value) : null;
    const found = {
      value: next === 'set' && decimal === null ? t('villagesDpmd.target.notNumber') : undefined,
      reason: reason.trim() ? undefined : t('villagesDpmd.target.reasonRequired'),
    };
    setErrors(found);
    if (found.value || found.reason) return;
    save.mutate(decimal);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit('set');
  };
  const stale = save.error instanceof ApiError && save.error.status === 409;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={`${t('villagesDpmd.target.value')} (${slot.unit})`}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={errors.value}
        />
        <Textarea
          label={t('villagesDpmd.target.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          rows={2}
          maxLength={1000}
          required
        />
        {stale ? <Alert color="orange">{t('villagesDpmd.target.stale')}</Alert> : <ErrorAlert error={save.error} />}
        {saved && !save.isPending ? (
          <Text size="sm" role="status">
            {saved.overridden
              ? t('villagesDpmd.target.saved', { value: saved.value ?? '—' })
              : t('villagesDpmd.target.cleared', { value: saved.value ?? '—' })}
          </Text>
        ) : null}
        <Group wrap="wrap">
          <Button type="submit" size="md" loading={save.isPending}>
            {t('villagesDpmd.target.save')}
          </Button>
          <Button size="md" variant="light" onClick={() => submit('clear')} disabled={save.isPending}>
            {t('villagesDpmd.target.clear')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
