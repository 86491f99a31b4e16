import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { isMoney, optionalText, serverFieldError } from './plan-form.ts';
import { BIDANG_NUMBERS, type ProgrammeView, type RpjmView, saveProgramme, VILLAGE_BIDANG } from './plans.api.ts';

/** Adds a programme to an RPJMDes (in a bidang), or edits one at the version seen. */
export function ProgrammeForm(props: {
  rpjm: RpjmView;
  bidang: number;
  existing: ProgrammeView | null;
  onDone: (saved: boolean) => void;
}) {
  const { rpjm, existing, onDone } = props;
  const { t } = useTranslation();
  const period = Array.from({ length: rpjm.endYear - rpjm.startYear + 1 }, (_, i) => rpjm.startYear + i);
  const [form, setForm] = useState({
    bidang: String(existing?.bidang ?? props.bidang),
    subBidang: existing?.subBidang ?? '',
    name: existing?.name ?? '',
    sasaran: existing?.sasaran ?? '',
    indicator: existing?.indicator ?? '',
    lokasi: existing?.lokasi ?? '',
    pagu: existing?.paguIndikatif ?? '',
    years: (existing?.years ?? period).map(String),
  });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      saveProgramme(
        rpjm.id,
        {
          bidang: Number(form.bidang),
          subBidang: optionalText(form.subBidang),
          name: form.name.trim(),
          sasaran: optionalText(form.sasaran),
          indicator: optionalText(form.indicator),
          lokasi: optionalText(form.lokasi),
          paguIndikatif: optionalText(form.pagu),
          years: form.years.map(Number),
        },
        existing,
      ),
    onSuccess: () => onDone(true),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = {
      name: form.name.trim() ? undefined : t('villagesPlans.required'),
      paguIndikatif: form.pagu.trim() === '' || isMoney(form.pagu) ? undefined : t('villagesPlans.badMoney'),
      years: form.years.length > 0 ? undefined : t('villagesPlans.programme.yearsRequired'),
    };
    setErrors(found);
    if (!found.name && !found.paguIndikatif && !found.years) save.mutate();
  };
  const err = (name: string) => errors[name] ?? serverFieldError(save.error, name);
  const text = (key: keyof typeof form, name: string, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={form[key] as string}
      onChange={(e) => set(key)(e.currentTarget.value)}
      error={err(name)}
      {...extra}
    />
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t(existing ? 'villagesPlans.rpjm.editProgramme' : 'villagesPlans.rpjm.addProgramme')}
    >
      <Stack gap="sm">
        <NativeSelect
          label={t('villagesPlans.bidang')}
          value={form.bidang}
          onChange={(e) => set('bidang')(e.currentTarget.value)}
          data={BIDANG_NUMBERS.map((n) => ({ value: String(n), label: `${n}. ${VILLAGE_BIDANG[n]}` }))}
        />
        {text('name', 'name', t('villagesPlans.programme.name'), { required: true, maxLength: 300 })}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('subBidang', 'subBidang', t('villagesPlans.programme.subBidang'), { placeholder: '2.3' })}
          {text('pagu', 'paguIndikatif', t('villagesPlans.programme.pagu'), { inputMode: 'decimal' })}
          {text('sasaran', 'sasaran', t('villagesPlans.programme.sasaran'))}
          {text('indicator', 'indicator', t('villagesPlans.programme.indicator'))}
          {text('lokasi', 'lokasi', t('villagesPlans.programme.lokasi'))}
        </SimpleGrid>
        <Checkbox.Group
          label={t('villagesPlans.programme.years')}
          value={form.years}
          onChange={(years) => setForm((f) => ({ ...f, years }))}
          error={err('years')}
        >
          <Group gap="sm" mt={4}>
            {period.map((y) => (
              <Checkbox key={y} value={String(y)} label={String(y)} />
            ))}
          </Group>
        </Checkbox.Group>
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
