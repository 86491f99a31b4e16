import { Badge, Button, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { ProgrammeForm } from './ProgrammeForm.tsx';
import {
  BIDANG_NUMBERS,
  fetchRpjm,
  type ProgrammeView,
  plansKeys,
  type RpjmView,
  rupiah,
  updateRpjm,
  VILLAGE_BIDANG,
} from './plans.api.ts';
import { RpjmForm } from './RpjmForm.tsx';

type Editing = { kind: 'rpjm' } | { kind: 'programme'; bidang: number; existing: ProgrammeView | null } | null;

/** The programmes of one bidang as a table, with add / edit for the desa's reporters while the RPJMDes is a draft. */
function BidangProgrammes(props: { rpjm: RpjmView; bidang: number; editable: boolean; onEdit: (e: Editing) => void }) {
  const { rpjm, bidang, editable, onEdit } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const columns: Column<ProgrammeView>[] = [
    { key: 'sub', header: t('villagesPlans.programme.subBidang'), render: (p) => p.subBidang ?? '—' },
    { key: 'name', header: t('villagesPlans.programme.name'), render: (p) => p.name, rowHeader: true },
    { key: 'sasaran', header: t('villagesPlans.programme.sasaran'), render: (p) => p.sasaran ?? '—' },
    { key: 'lokasi', header: t('villagesPlans.programme.lokasi'), render: (p) => p.lokasi ?? '—' },
    {
      key: 'pagu',
      header: t('villagesPlans.programme.pagu'),
      render: (p) => (p.paguIndikatif ? rupiah(p.paguIndikatif, locale) : '—'),
    },
    { key: 'years', header: t('villagesPlans.programme.years'), render: (p) => p.years.join(', ') },
  ];
  if (editable)
    columns.push({
      key: 'edit',
      header: '',
      render: (p) => (
        <Button
          size="xs"
          variant="default"
          aria-label={`${t('villagesPlans.edit')} ${p.name}`}
          onClick={() => onEdit({ kind: 'programme', bidang, existing: p })}
        >
          {t('villagesPlans.edit')}
        </Button>
      ),
    });
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Title order={4} size="h6">
          {t('villagesPlans.bidangLabel', { number: bidang, name: VILLAGE_BIDANG[bidang] })}
        </Title>
        {editable ? (
          <Button size="xs" variant="light" onClick={() => onEdit({ kind: 'programme', bidang, existing: null })}>
            {t('villagesPlans.rpjm.addProgramme')}
          </Button>
        ) : null}
      </Group>
      <SimpleTable
        caption={t('villagesPlans.rpjm.programmesCaption', { number: bidang })}
        columns={columns}
        rows={rpjm.programmes.filter((p) => p.bidang === bidang)}
        rowKey={(p) => p.id}
        emptyText={t('villagesPlans.rpjm.noProgrammes')}
        minWidth={640}
      />
    </Stack>
  );
}

/** The RPJMDes covering the year: period, status, visi, misi and programmes per bidang; drawn up by the desa. */
export function RpjmSection({ regionId, year, canEdit }: { regionId: string; year: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery({ queryKey: plansKeys.rpjm(regionId), queryFn: () => fetchRpjm(regionId) });
  const [editing, setEditing] = useState<Editing>(null);
  const done = (saved: boolean) => {
    setEditing(null);
    if (saved) void client.invalidateQueries({ queryKey: plansKeys.all });
  };
  const status = useMutation({
    mutationFn: (r: RpjmView) =>
      updateRpjm(r.id, {
        ...{ startYear: r.startYear, endYear: r.endYear, visi: r.visi, misi: r.misi },
        ...{ status: r.status === 'final' ? 'draft' : 'final', version: r.version },
      }),
    onSuccess: () => done(true),
  });
  if (list.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  const rpjm = list.data?.items.find((r) => r.startYear <= year && year <= r.endYear) ?? null;
  if (editing?.kind === 'rpjm' || (!rpjm && editing !== null))
    return <RpjmForm regionId={regionId} year={year} existing={rpjm} onDone={done} />;
  if (!rpjm)
    return (
      <Stack gap="sm">
        <ErrorAlert error={list.error} />
        <Text>{t('villagesPlans.rpjm.none', { year })}</Text>
        {canEdit ? <Button onClick={() => setEditing({ kind: 'rpjm' })}>{t('villagesPlans.rpjm.create')}</Button> : null}
      </Stack>
    );
  const editable = canEdit && rpjm.status === 'draft';
  return (
    <Stack gap="md">
      <Card withBorder>
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('villagesPlans.rpjm.period', { start: rpjm.startYear, end: rpjm.endYear })}
            </Title>
            <Badge color={rpjm.status === 'final' ? 'teal' : 'gray'}>{t(`villagesPlans.rpjm.status.${rpjm.status}`)}</Badge>
          </Group>
          <Text fw={500}>{t('villagesPlans.rpjm.visi')}</Text>
          <Text>{rpjm.visi}</Text>
          <Text fw={500}>{t('villagesPlans.rpjm.misi')}</Text>
          <List type="ordered">
            {rpjm.misi.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
          {rpjm.status === 'final' ? (
            <Text size="sm" c="dimmed">
              {t('villagesPlans.rpjm.finalHint')}
            </Text>
          ) : null}
          <ErrorAlert error={status.error} />
          {canEdit ? (
            <Group>
              {editable ? (
                <Button variant="default" onClick={() => setEditing({ kind: 'rpjm' })}>
                  {t('villagesPlans.edit')}
                </Button>
              ) : null}
              <Button variant="light" loading={status.isPending} onClick={() => status.mutate(rpjm)}>
                {t(rpjm.status === 'final' ? 'villagesPlans.rpjm.makeDraft' : 'villagesPlans.rpjm.makeFinal')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Card>
      {editing?.kind === 'programme' ? (
        <Card withBorder>
          <ProgrammeForm rpjm={rpjm} bidang={editing.bidang} existing={editing.existing} onDone={done} />
        </Card>
      ) : null}
      <Title order={3} size="h5">
        {t('villagesPlans.rpjm.programmes')}
      </Title>
      {BIDANG_NUMBERS.map((b) => (
        <BidangProgrammes key={b} rpjm={rpjm} bidang={b} editable={editable} onEdit={setEditing} />
      ))}
    </Stack>
  );
}
