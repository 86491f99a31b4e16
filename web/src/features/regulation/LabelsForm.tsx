import { Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { serverFieldError } from './field-errors.ts';
import { type LabelsInput, type PackDetailView, saveLabels } from './regulation.api.ts';

type Security = LabelsInput['security'][number];
type Urgency = LabelsInput['urgency'][number];

interface LabelsFormProps {
  packId: string;
  labels: PackDetailView['labels'];
  onSaved: () => void;
}

/** A whole number of hours typed in a NumberInput, or null when left empty. */
const hoursOf = (value: string | number): number | null => (value === '' ? null : Number(value));

/** Edits the security class labels (with abbreviations) and urgency labels (with SLA hours) of the draft. */
export function LabelsForm({ packId, labels, onSaved }: LabelsFormProps) {
  const { t } = useTranslation();
  const [security, setSecurity] = useState<Security[]>(labels.security);
  const [urgency, setUrgency] = useState<Urgency[]>(labels.urgency);
  const saving = useMutation({
    mutationFn: () => saveLabels(packId, { security, urgency }),
    onSuccess: () => {
      notifySuccess(t('regulationEdit.labels.saved'));
      onSaved();
    },
  });
  const errorOf = (field: string) => serverFieldError(saving.error, field);
  const editSecurity = (index: number, change: Partial<Security>) =>
    setSecurity((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const editUrgency = (index: number, change: Partial<Urgency>) =>
    setUrgency((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="labels-form">
      <Stack>
        <Title order={3} size="h5">
          {t('regulationAdmin.labels.securityCaption')}
        </Title>
        {security.map((row, index) => (
          <Group key={row.code} align="flex-start" wrap="wrap">
            <Text w="8rem" pt={6} fw={500}>
              {t(`eoffice.security.${row.code}`)}
            </Text>
            <TextInput
              label={t('regulationEdit.labels.labelOf', { name: t(`eoffice.security.${row.code}`) })}
              value={row.label}
              onChange={(e) => editSecurity(index, { label: e.currentTarget.value })}
              error={errorOf(`security.${index}.label`)}
              style={{ flex: '1 1 12rem' }}
            />
            <TextInput
              label={t('regulationEdit.labels.abbreviationOf', { name: t(`eoffice.security.${row.code}`) })}
              value={row.abbreviation}
              onChange={(e) => editSecurity(index, { abbreviation: e.currentTarget.value.toUpperCase() })}
              error={errorOf(`security.${index}.abbreviation`)}
              w="8rem"
            />
          </Group>
        ))}
        {errorOf('security') ? (
          <Text c="red" size="sm">
            {errorOf('security')}
          </Text>
        ) : null}
        <Title order={3} size="h5">
          {t('regulationAdmin.labels.urgencyCaption')}
        </Title>
        {urgency.map((row, index) => (
          <Group key={row.code} align="flex-start" wrap="wrap">
            <Text w="8rem" pt={6} fw={500}>
              {t(`eoffice.urgency.${row.code}`)}
            </Text>
            <TextInput
              label={t('regulationEdit.labels.labelOf', { name: t(`eoffice.urgency.${row.code}`) })}
              value={row.label}
              onChange={(e) => editUrgency(index, { label: e.currentTarget.value })}
              error={errorOf(`urgency.${index}.label`)}
              style={{ flex: '1 1 12rem' }}
            />
            <NumberInput
              label={t('regulationEdit.labels.slaOf', { name: t(`eoffice.urgency.${row.code}`) })}
              description={t('regulationEdit.labels.slaHint')}
              value={row.slaHours ?? ''}
              onChange={(value) => editUrgency(index, { slaHours: hoursOf(value) })}
              allowDecimal={false}
              allowNegative={false}
              error={errorOf(`urgency.${index}.slaHours`)}
              w="10rem"
            />
          </Group>
        ))}
        {errorOf('urgency') ? (
          <Text c="red" size="sm">
            {errorOf('urgency')}
          </Text>
        ) : null}
        <ErrorAlert error={saving.error} />
        <Group>
          <Button type="submit" loading={saving.isPending}>
            {t('regulationEdit.labels.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
