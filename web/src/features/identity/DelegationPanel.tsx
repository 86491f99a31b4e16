import { Badge, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationListView, DelegationView } from '../../../../src/modules/organization/delegations.contract.ts';
import type { EmployeeListItem } from '../../../../src/modules/organization/organization.contract.ts';
import { api, queryString } from '../../app/api.ts';
import { fieldError } from '../../app/errors.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { WORK_QUEUES_KEY } from '../../app/work-queues.ts';

const KEY = ['delegations'] as const;
const today = () => new Date().toLocaleDateString('en-CA');

/** Searches pegawai by name or NIP (`GET /api/org/employees?q=`). */
function DelegatePicker({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const query = useQuery({
    queryKey: ['employees', q],
    queryFn: () => api<{ items: EmployeeListItem[] }>(`/api/org/employees${queryString({ q, pageSize: 10 })}`),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  const found = q.length >= 2 ? (query.data?.items ?? []) : [];
  return (
    <Select
      label={t('delegation.delegate')}
      placeholder={t('delegation.delegatePlaceholder')}
      searchable
      required
      searchValue={search}
      onSearchChange={setSearch}
      data={found.map((e) => ({ value: e.id, label: `${e.name} — ${e.nip}` }))}
      filter={({ options }) => options}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={t('delegation.noEmployee')}
    />
  );
}

function DelegationForm({ positions }: { positions: DelegationListView['myPositions'] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [positionId, setPositionId] = useState<string | null>(positions[0]?.id ?? null);
  const [delegateId, setDelegateId] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState(today());
  const [endsOn, setEndsOn] = useState(today());
  const [reason, setReason] = useState('');
  const create = useMutation({
    mutationFn: () =>
      api<DelegationView>('/api/org/delegations', {
        method: 'POST',
        body: { positionId, delegateEmployeeId: delegateId, startsOn, endsOn, reason },
      }),
    onSuccess: () => {
      notifySuccess(t('delegation.created'));
      setDelegateId(null);
      setReason('');
      void client.invalidateQueries({ queryKey: KEY });
      void client.invalidateQueries({ queryKey: WORK_QUEUES_KEY });
    },
    onError: (error) => notifyError(error, t),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const err = (field: string) => fieldError(create.error, field);
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <Select
        label={t('delegation.position')}
        data={positions.map((p) => ({ value: p.id, label: `${p.name} — ${p.unitName}` }))}
        value={positionId}
        onChange={setPositionId}
        allowDeselect={false}
        required
      />
      <DelegatePicker value={delegateId} onChange={setDelegateId} error={err('delegateEmployeeId')} />
      <Group grow>
        <TextInput
          type="date"
          label={t('delegation.startsOn')}
          value={startsOn}
          min={today()}
          required
          error={err('startsOn')}
          onChange={(e) => setStartsOn(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('delegation.endsOn')}
          value={endsOn}
          min={startsOn}
          required
          error={err('endsOn')}
          onChange={(e) => setEndsOn(e.currentTarget.value)}
        />
      </Group>
      <Textarea
        label={t('delegation.reason')}
        value={reason}
        required
        minLength={3}
        maxLength={500}
        error={err('reason')}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Button type="submit" loading={create.isPending} w="fit-content">
        {t('delegation.submit')}
      </Button>
    </Stack>
  );
}

function stateOf(d: DelegationView): 'active' | 'planned' | 'ended' {
  if (d.active) return 'active';
  return d.startsOn > today() ? 'planned' : 'ended';
}

function DelegationRow({ item, mine }: { item: DelegationView; mine: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const end = useMutation({
    mutationFn: () => api(`/api/org/delegations/${item.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      notifySuccess(t('delegation.endedNow'));
      void client.invalidateQueries({ queryKey: KEY });
    },
    onError: (error) => notifyError(error, t),
  });
  const state = stateOf(item);
  return (
    <Group justify="space-between" wrap="nowrap" data-testid="delegation-row">
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {mine ? `${item.delegateName} · ${item.positionName}` : t('delegation.toMe', { position: item.positionName })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('delegation.period', { from: item.startsOn, to: item.endsOn })} · {item.reason}
        </Text>
      </Stack>
      <Group gap="xs" wrap="nowrap">
        <Badge color={state === 'active' ? 'teal' : 'gray'}>{t(`delegation.${state}`)}</Badge>
        {mine && state !== 'ended' ? (
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            loading={end.isPending}
            onClick={() => end.mutate()}
            aria-label={t('delegation.endAria', { name: item.delegateName })}
          >
            {t('delegation.end')}
          </Button>
        ) : null}
      </Group>
    </Group>
  );
}

/** The "Delegasi (Plh)" panel of `/akun`: a head hands their position to a pegawai for a period, or ends it early. */
export function DelegationPanel() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: KEY, queryFn: () => api<DelegationListView>('/api/org/delegations') });
  if (!query.data) return null;
  const { items, myPositions } = query.data;
  const mine = new Set(myPositions.map((p) => p.id));
  return (
    <Stack>
      <Text size="sm">{t('delegation.hint')}</Text>
      {myPositions.length > 0 ? <DelegationForm positions={myPositions} /> : <Text c="dimmed">{t('delegation.noPosition')}</Text>}
      <Text fw={600} size="sm">
        {t('delegation.listTitle')}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('delegation.none')}
        </Text>
      ) : null}
      {items.map((item) => (
        <DelegationRow key={item.id} item={item} mine={mine.has(item.positionId)} />
      ))}
    </Stack>
  );
}
