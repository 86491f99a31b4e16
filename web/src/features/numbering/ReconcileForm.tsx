import { Alert, Button, Checkbox, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { dateInWib } from '../verification/verification-format.ts';
import { numberingKeys, type ReconcileReport, reconcile } from './numbering.api.ts';

type Counter = ReconcileReport['counters'][number];

function ReportTable({ report }: { report: ReconcileReport }) {
  const { t } = useTranslation();
  const none = t('numberingAdmin.reconcile.none');
  const columns: Column<Counter>[] = [
    { key: 'scope', header: t('numberingAdmin.reconcile.scope'), rowHeader: true, render: (c) => c.scopeKey },
    { key: 'counter', header: t('numberingAdmin.reconcile.counter'), render: (c) => `${c.counterBefore} → ${c.counterAfter}` },
    {
      key: 'manual',
      header: t('numberingAdmin.reconcile.manualNumbers'),
      render: (c) => c.manualNumbers.map((m) => m.formatted).join(', ') || none,
    },
    { key: 'gaps', header: t('numberingAdmin.reconcile.gaps'), render: (c) => c.gaps.join(', ') || none },
    { key: 'voided', header: t('numberingAdmin.reconcile.voidedGaps'), render: (c) => c.voidedGaps.join(', ') || none },
  ];
  return (
    <Stack>
      {report.collisions.length > 0 ? (
        <Alert color="red" variant="light" role="alert">
          {t('numberingAdmin.reconcile.collisions', { numbers: report.collisions.map((c) => c.formatted).join(', ') })}
        </Alert>
      ) : null}
      <SimpleTable
        caption={t('numberingAdmin.reconcile.caption', { scheme: report.schemeCode, year: report.year })}
        columns={columns}
        rows={report.counters}
        rowKey={(c) => c.scopeKey}
        emptyText={t('numberingAdmin.reconcile.noCounters')}
        testId="reconcile-table"
      />
    </Stack>
  );
}

/** "Rekonsiliasi": aligns the counters of a scheme and year with the manual numbers, optionally voiding the gaps. */
export function ReconcileForm({ scheme }: { scheme: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(Number(dateInWib(new Date()).slice(0, 4)));
  const [voidGaps, setVoidGaps] = useState(false);
  const running = useMutation({
    mutationFn: () => reconcile(scheme, year, voidGaps),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: numberingKeys.all }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    running.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {t('numberingAdmin.reconcile.title')}
          </Title>
          <Text size="sm">{t('numberingAdmin.reconcile.intro')}</Text>
          <Group align="flex-end">
            <NumberInput
              label={t('numberingAdmin.register.year')}
              value={year}
              onChange={(v) => setYear(Number(v) || 0)}
              min={1900}
              max={2999}
              w={110}
            />
            <Checkbox
              label={t('numberingAdmin.reconcile.voidGaps')}
              checked={voidGaps}
              onChange={(e) => setVoidGaps(e.currentTarget.checked)}
              mb={8}
            />
            <Button type="submit" loading={running.isPending} disabled={!scheme}>
              {t('numberingAdmin.reconcile.submit')}
            </Button>
          </Group>
          <ErrorAlert error={running.error} />
          {running.data ? <ReportTable report={running.data} /> : null}
        </Stack>
      </form>
    </Paper>
  );
}
