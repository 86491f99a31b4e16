import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify.ts';
import { SimpleTable } from '../../ui/SimpleTable.tsx';
import { activatePeriod, createPeriod, esakipKeys, type PeriodView } from './esakip.api.ts';
import { bodyFieldError, FormError } from './form-errors.tsx';

const STATUS_COLOR = { draft: 'gray', active: 'green', closed: 'dark' } as const;

/** The form of a new (5-year) RPJMD period; the API decides who may create one and reports field errors. */
export function CreatePeriodForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({ startYear: String(new Date().getFullYear()), endYear: '', title: '', legalBasis: '' });
  const mutation = useMutation({
    mutationFn: () =>
      createPeriod({
        startYear: Number(draft.startYear),
        ...(draft.endYear.trim() ? { endYear: Number(draft.endYear) } : {}),
        title: draft.title,
        legalBasis: draft.legalBasis.trim() || null,
      }),
    onSuccess: () => {
      notifySuccess(t('esakip.periods.created'));
      setDraft((d) => ({ ...d, title: '', legalBasis: '' }));
      void queryClient.invalidateQueries({ queryKey: esakipKeys.periods });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const field = (
    key: keyof typeof draft,
    label: string,
    extra: { required?: boolean; description?: string; numeric?: boolean } = {},
  ) => (
    <TextInput
      label={t(`esakip.periods.${label}`)}
      description={extra.description}
      inputMode={extra.numeric ? 'numeric' : undefined}
      value={draft[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setDraft((d) => ({ ...d, [key]: value }));
      }}
      error={bodyFieldError(mutation.error, key)}
      required={extra.required}
    />
  );
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="new-period-title" noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4" id="new-period-title">
          {t('esakip.periods.createTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {field('startYear', 'startYear', { required: true, numeric: true })}
          {field('endYear', 'endYear', { description: t('esakip.periods.endYearHint'), numeric: true })}
        </SimpleGrid>
        {field('title', 'titleField', { required: true })}
        {field('legalBasis', 'legalBasis')}
        <FormError error={mutation.error} shown={['startYear', 'endYear', 'title', 'legalBasis']} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('esakip.periods.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ActivateDialog({ period, onClose }: { period: PeriodView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (p: PeriodView) => activatePeriod(p),
    onSuccess: () => {
      notifySuccess(t('esakip.periods.activated'));
      void queryClient.invalidateQueries({ queryKey: esakipKeys.all });
      onClose();
    },
  });
  return (
    <Modal opened={period !== null} onClose={onClose} title={t('esakip.periods.activateTitle')}>
      {period ? (
        <Stack gap="sm">
          <Text>
            {t('esakip.periods.activateConfirm', { title: period.title, start: period.startYear, end: period.endYear })}
          </Text>
          <FormError error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => mutation.mutate(period)} loading={mutation.isPending}>
              {t('esakip.periods.activate')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}

/** The RPJMD periods: list with status, activation (with confirmation) and the creation form. */
export function PeriodsPanel({ periods }: { periods: PeriodView[] }) {
  const { t } = useTranslation();
  const [activating, setActivating] = useState<PeriodView | null>(null);
  return (
    <Stack gap="md">
      <SimpleTable<PeriodView>
        caption={t('esakip.periods.caption')}
        testId="periods-table"
        rows={periods}
        rowKey={(p) => p.id}
        emptyText={t('esakip.periods.empty')}
        minWidth={320}
        columns={[
          { key: 'years', header: t('esakip.periods.years'), render: (p) => `${p.startYear}–${p.endYear}` },
          { key: 'title', header: t('esakip.periods.name'), rowHeader: true, render: (p) => p.title },
          {
            key: 'status',
            header: t('esakip.periods.status'),
            render: (p) => <Badge color={STATUS_COLOR[p.status]}>{t(`esakip.periods.statusName.${p.status}`)}</Badge>,
          },
          {
            key: 'actions',
            header: t('common.actions'),
            render: (p) =>
              p.status === 'draft' ? (
                <Button size="xs" variant="light" onClick={() => setActivating(p)}>
                  {t('esakip.periods.activate')}
                </Button>
              ) : null,
          },
        ]}
      />
      <CreatePeriodForm />
      <ActivateDialog period={activating} onClose={() => setActivating(null)} />
    </Stack>
  );
}
