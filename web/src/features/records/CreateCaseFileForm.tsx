import { Button, Card, NativeSelect, NumberInput, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../app/errors.ts';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type CaseFile, createCaseFile, fetchUnits, recordsKeys } from './records.api.ts';

/** The draft of a new berkas and its creation request. */
function useNewCaseFile(onCreated: (created: CaseFile) => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const units = useQuery({ queryKey: ['records', 'units'], queryFn: fetchUnits });
  const [draft, setDraft] = useState({ unitId: '', kka: '', title: '', description: '' });
  const [year, setYear] = useState<number | string>(new Date().getFullYear());
  const unitChoice = draft.unitId || units.data?.[0]?.id || '';
  const mutation = useMutation({
    mutationFn: () =>
      createCaseFile({
        unitId: unitChoice,
        kka: draft.kka.trim(),
        title: draft.title,
        ...(draft.description.trim() ? { description: draft.description } : {}),
        ...(typeof year === 'number' ? { year } : {}),
      }),
    onSuccess: (created) => {
      notifySuccess(t('records.create.done', { number: created.number }));
      setDraft((d) => ({ ...d, title: '', description: '' }));
      void queryClient.invalidateQueries({ queryKey: recordsKeys.all });
      onCreated(created);
    },
  });
  const set = (field: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  return { units: units.data ?? [], draft, set, unitChoice, year, setYear, mutation };
}

/** The form of a new berkas (arsiparis): unit pengolah, KKA, title, description, year. */
export function CreateCaseFileForm({ onCreated }: { onCreated: (created: CaseFile) => void }) {
  const { t } = useTranslation();
  const { units, draft, set, unitChoice, year, setYear, mutation } = useNewCaseFile(onCreated);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const error = (field: string) => fieldError(mutation.error, `body.${field}`);
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="new-case-file-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="new-case-file-title">
          {t('records.create.title')}
        </Title>
        <NativeSelect
          label={t('records.create.unit')}
          data={units.map((u) => ({ value: u.id, label: u.name }))}
          value={unitChoice}
          onChange={(e) => set('unitId')(e.currentTarget.value)}
          error={error('unitId')}
          required
        />
        <TextInput
          label={t('records.create.kka')}
          description={t('records.create.kkaHint')}
          value={draft.kka}
          onChange={(e) => set('kka')(e.currentTarget.value)}
          error={error('kka')}
          required
        />
        <TextInput
          label={t('records.create.name')}
          value={draft.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          error={error('title')}
          required
        />
        <Textarea
          label={t('records.create.description')}
          value={draft.description}
          onChange={(e) => set('description')(e.currentTarget.value)}
          error={error('description')}
        />
        <NumberInput
          label={t('records.create.year')}
          value={year}
          onChange={setYear}
          min={1945}
          max={2100}
          error={error('year')}
        />
        <ErrorAlert error={mutation.error} />
        <Button type="submit" loading={mutation.isPending}>
          {t('records.create.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
