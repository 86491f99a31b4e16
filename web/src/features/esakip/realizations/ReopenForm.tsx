import { Button, Card, Group, List, NativeSelect, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notify.ts';
import { bodyFieldError, FormError } from '../form-errors.tsx';
import { periodLabel } from './realization-labels.ts';
import { type RealizationGridView, reopenPeriod } from './realizations.api.ts';

const K = 'esakipRealizations.reopen';

/** The coordinator's form to reopen a locked period of the OPD until a day, and the OPD's reopenings. */
export function ReopenForm({ grid, onChanged }: { grid: RealizationGridView; onChanged: () => void }) {
  const { t } = useTranslation();
  const periods = [...new Set(grid.indicators.flatMap((i) => i.periods.map((p) => p.period)))];
  const [period, setPeriod] = useState(periods[0] ?? 'Y');
  const [openUntil, setOpenUntil] = useState(grid.today);
  const [reason, setReason] = useState('');
  const reopen = useMutation({
    mutationFn: () => reopenPeriod({ unitId: grid.unitId, year: grid.year, period, openUntil, reason }),
    onSuccess: () => {
      setReason('');
      notifySuccess(t(`${K}.done`));
      onChanged();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reopen.mutate();
  };
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="reopen-title">
      <form onSubmit={submit}>
        <Stack gap="xs">
          <Title order={3} size="h5" id="reopen-title">
            {t(`${K}.title`)}
          </Title>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <NativeSelect
              label={t(`${K}.period`)}
              data={periods.map((p) => ({ value: p, label: periodLabel(t, p) }))}
              value={period}
              onChange={(e) => setPeriod(e.currentTarget.value)}
              error={bodyFieldError(reopen.error, 'period')}
            />
            <TextInput
              type="date"
              label={t(`${K}.openUntil`)}
              value={openUntil}
              min={grid.today}
              onChange={(e) => setOpenUntil(e.currentTarget.value)}
              required
              error={bodyFieldError(reopen.error, 'openUntil')}
            />
          </Group>
          <Textarea
            label={t(`${K}.reason`)}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            maxLength={2000}
            error={bodyFieldError(reopen.error, 'reason')}
          />
          <FormError error={reopen.error} shown={['period', 'openUntil', 'reason']} />
          <Group>
            <Button type="submit" size="xs" loading={reopen.isPending} disabled={reason.trim().length < 3}>
              {t(`${K}.submit`)}
            </Button>
          </Group>
          {grid.reopenings.length > 0 ? (
            <List size="sm" spacing={2}>
              {grid.reopenings.map((r) => (
                <List.Item key={r.id}>
                  {t(`${K}.list`, { period: periodLabel(t, r.period), date: r.openUntil, reason: r.reason })}
                </List.Item>
              ))}
            </List>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
