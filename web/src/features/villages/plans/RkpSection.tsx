import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { deleteActivity, fetchRkp, fetchRpjm, plansKeys, type RkpActivityView, rupiah } from './plans.api.ts';

/** The desa-year's RKPDes: the activities table with the total, and the add / edit form for the desa's reporters. */
export function RkpSection({ regionId, year, canEdit }: { regionId: string; year: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const locale = currentLocale();
  const rkp = useQuery({ queryKey: plansKeys.rkp(regionId, year), queryFn: () => fetchRkp(regionId, year) });
  const rpjm = useQuery({ queryKey: plansKeys.rpjm(regionId), queryFn: () => fetchRpjm(regionId) });
  const [editing, setEditing] = useState<RkpActivityView | 'new' | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: plansKeys.all });
  const remove = useMutation({ mutationFn: deleteActivity, onSuccess: refresh });
  const programmes = (rpjm.data?.items ?? []).flatMap((r) => r.programmes);
  const columns: Column<RkpActivityView>[] = [
    { key: 'bidang', header: t('villagesPlans.bidang'), render: (a) => a.bidang },
    { key: 'name', header: t('villagesPlans.rkp.name'), render: (a) => a.name, rowHeader: true },
    { key: 'lokasi', header: t('villagesPlans.rkp.lokasi'), render: (a) => a.lokasi ?? '—' },
    { key: 'volume', header: t('villagesPlans.rkp.volume'), render: (a) => a.volume ?? '—' },
    { key: 'biaya', header: t('villagesPlans.rkp.biaya'), render: (a) => rupiah(a.biaya, locale) },
    { key: 'sumber', header: t('villagesPlans.rkp.sumberDana'), render: (a) => a.sumberDana ?? '—' },
    { key: 'pola', header: t('villagesPlans.rkp.pola'), render: (a) => t(`villagesPlans.rkp.polaOption.${a.pola}`) },
  ];
  if (canEdit)
    columns.push({
      key: 'actions',
      header: '',
      render: (a) => (
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" onClick={() => setEditing(a)} aria-label={`${t('villagesPlans.edit')} ${a.name}`}>
            {t('villagesPlans.edit')}
          </Button>
          <Button
            size="xs"
            color="red"
            variant="light"
            aria-label={`${t('villagesPlans.delete')} ${a.name}`}
            onClick={() => {
              if (window.confirm(t('villagesPlans.rkp.confirmDelete', { name: a.name }))) remove.mutate(a);
            }}
          >
            {t('villagesPlans.delete')}
          </Button>
        </Group>
      ),
    });
  if (rkp.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('villagesPlans.rkp.title', { year })}
        </Title>
        {canEdit && editing === null ? <Button onClick={() => setEditing('new')}>{t('villagesPlans.rkp.add')}</Button> : null}
      </Group>
      <ErrorAlert error={rkp.error ?? remove.error} />
      {editing !== null ? (
        <Card withBorder>
          <ActivityForm
            key={editing === 'new' ? 'new' : editing.id}
            regionId={regionId}
            year={year}
            programmes={programmes}
            existing={editing === 'new' ? null : editing}
            onDone={(saved) => {
              setEditing(null);
              if (saved) void refresh();
            }}
          />
        </Card>
      ) : null}
      {rkp.data ? (
        <>
          <SimpleTable
            caption={t('villagesPlans.rkp.caption', { year })}
            columns={columns}
            rows={rkp.data.items}
            rowKey={(a) => a.id}
            emptyText={t('villagesPlans.rkp.empty')}
            testId="rkp-activities"
            minWidth={720}
          />
          <Text fw={500}>{t('villagesPlans.rkp.total', { value: rupiah(rkp.data.total, locale) })}</Text>
        </>
      ) : null}
    </Stack>
  );
}
