import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { isMoney, optionalText, serverFieldError } from './plan-form.ts';
import {
  BIDANG_NUMBERS,
  type Implementation,
  POLA,
  type ProgrammeView,
  type RkpActivityView,
  saveActivity,
  VILLAGE_BIDANG,
} from './plans.api.ts';

/** What the activity form edits: a new activity of the desa-year, or an existing one. */
export interface ActivityFormProps {
  regionId: string;
  year: number;
  programmes: readonly ProgrammeView[];
  existing: RkpActivityView | null;
  onDone: (saved: RkpActivityView | null) => void;
}

const initial = (a: RkpActivityView | null) => ({
  bidang: String(a?.bidang ?? 1),
  programmeId: a?.programmeId ?? '',
  name: a?.name ?? '',
  lokasi: a?.lokasi ?? '',
  volume: a?.volume ?? '',
  sasaran: a?.sasaran ?? '',
  waktu: a?.waktu ?? '',
  biaya: a?.biaya ?? '',
  sumberDana: a?.sumberDana ?? '',
  pola: (a?.pola ?? 'swakelola') as Implementation,
});

/** Adds or edits an RKPDes activity (bidang, programme, lokasi, volume, sasaran, waktu, biaya, sumber dana, pola). */
export function ActivityForm({ regionId, year, programmes, existing, onDone }: ActivityFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => initial(existing));
  const [errors, setErrors] = useState<{ name?: string; biaya?: string }>({});
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      saveActivity(
        regionId,
        year,
        {
          bidang: Number(form.bidang),
          programmeId: form.programmeId || null,
          name: form.name.trim(),
          lokasi: optionalText(form.lokasi),
          volume: optionalText(form.volume),
          sasaran: optionalText(form.sasaran),
          waktu: optionalText(form.waktu),
          biaya: form.biaya.trim(),
          sumberDana: optionalText(form.sumberDana),
          pola: form.pola,
        },
        existing,
      ),
    onSuccess: (saved) => onDone(saved),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      name: form.name.trim() ? undefined : t('villagesPlans.required'),
      biaya: isMoney(form.biaya) ? undefined : t('villagesPlans.badMoney'),
    };
    setErrors(found);
    if (!found.name && !found.biaya) save.mutate();
  };
  const err = (name: keyof typeof form) => errors[name as 'name'] ?? serverFieldError(save.error, name);
  const ofBidang = programmes.filter((p) => p.bidang === Number(form.bidang) && p.years.includes(year));
  const text = (name: keyof typeof form, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} value={form[name]} onChange={(e) => set(name)(e.currentTarget.value)} error={err(name)} {...extra} />
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(existing ? 'villagesPlans.rkp.editTitle' : 'villagesPlans.rkp.addTitle')}>
      <Stack gap="sm">
        <NativeSelect
          label={t('villagesPlans.bidang')}
          value={form.bidang}
          onChange={(e) => setForm((f) => ({ ...f, bidang: e.currentTarget.value, programmeId: '' }))}
          data={BIDANG_NUMBERS.map((n) => ({ value: String(n), label: `${n}. ${VILLAGE_BIDANG[n]}` }))}
          error={err('bidang')}
        />
        <NativeSelect
          label={t('villagesPlans.rkp.programme')}
          value={form.programmeId}
          onChange={(e) => set('programmeId')(e.currentTarget.value)}
          data={[
            { value: '', label: t('villagesPlans.rkp.noProgramme') },
            ...ofBidang.map((p) => ({ value: p.id, label: p.name })),
          ]}
          error={err('programmeId')}
        />
        {text('name', t('villagesPlans.rkp.name'), { required: true, maxLength: 300 })}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('lokasi', t('villagesPlans.rkp.lokasi'))}
          {text('volume', t('villagesPlans.rkp.volume'))}
          {text('sasaran', t('villagesPlans.rkp.sasaran'))}
          {text('waktu', t('villagesPlans.rkp.waktu'))}
          {text('biaya', t('villagesPlans.rkp.biaya'), { required: true, inputMode: 'decimal' })}
          {text('sumberDana', t('villagesPlans.rkp.sumberDana'))}
        </SimpleGrid>
        <NativeSelect
          label={t('villagesPlans.rkp.pola')}
          value={form.pola}
          onChange={(e) => set('pola')(e.currentTarget.value)}
          data={POLA.map((p) => ({ value: p, label: t(`villagesPlans.rkp.polaOption.${p}`) }))}
          error={err('pola')}
        />
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('villagesPlans.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(null)}>
            {t('villagesPlans.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
