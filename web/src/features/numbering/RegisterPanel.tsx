import { Badge, Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../app/errors.ts';
import { currentLocale } from '../../app/i18n/index.ts';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { dateInWib, formatLongDate } from '../verification/verification-format.ts';
import { fetchRegister, type NumberState, type NumberView, numberingKeys, type SchemeView, voidNumber } from './numbering.api.ts';

const STATE_COLOR: Record<NumberState, string> = { reserved: 'blue', used: 'green', void: 'gray' };
const plain = { textTransform: 'none', minWidth: 'max-content' } as const;

function VoidForm({ number, onDone }: { number: NumberView; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const voiding = useMutation({
    mutationFn: () => voidNumber(number.id, reason.trim()),
    onSuccess: () => {
      notifySuccess(t('numberingAdmin.register.voided'));
      void queryClient.invalidateQueries({ queryKey: numberingKeys.all });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    voiding.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea
          label={t('numberingAdmin.register.reason')}
          description={t('numberingAdmin.register.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          minRows={2}
          autosize
          maxLength={500}
          error={fieldError(voiding.error, 'body.reason')}
          data-autofocus
        />
        <ErrorAlert error={voiding.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={voiding.isPending} disabled={reason.trim().length < 5}>
            {t('numberingAdmin.register.voidAction')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function useColumns(onVoid: (n: NumberView) => void): Column<NumberView>[] {
  const { t } = useTranslation();
  return [
    {
      key: 'number',
      header: t('numberingAdmin.register.number'),
      rowHeader: true,
      render: (n) => (
        <Group gap={4} wrap="nowrap">
          <Text size="sm" ff="monospace" td={n.state === 'void' ? 'line-through' : undefined}>
            {n.formatted}
          </Text>
          {n.manual ? (
            <Badge size="sm" color="orange" variant="outline" style={plain}>
              {t('numberingAdmin.register.manual')}
            </Badge>
          ) : null}
          {n.insertion ? (
            <Badge size="sm" color="violet" variant="outline" style={plain}>
              {t('numberingAdmin.register.insertion')}
            </Badge>
          ) : null}
        </Group>
      ),
    },
    {
      key: 'date',
      header: t('numberingAdmin.register.date'),
      render: (n) => <span style={{ whiteSpace: 'nowrap' }}>{formatLongDate(n.date, currentLocale())}</span>,
    },
    {
      key: 'state',
      header: t('numberingAdmin.register.state'),
      render: (n) => (
        <Badge color={STATE_COLOR[n.state]} variant="light" style={plain}>
          {t(`numberingAdmin.register.stateLabel.${n.state}`)}
        </Badge>
      ),
    },
    { key: 'unit', header: t('numberingAdmin.register.unit'), render: (n) => n.unitCode ?? '—' },
    { key: 'note', header: t('numberingAdmin.register.note'), render: (n) => n.reason ?? n.note ?? '—' },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (n) =>
        n.state === 'void' ? null : (
          <Button
            size="compact-sm"
            variant="default"
            color="red"
            onClick={() => onVoid(n)}
            aria-label={t('numberingAdmin.register.voidOf', { number: n.formatted })}
            style={{ minWidth: 'max-content' }}
          >
            {t('numberingAdmin.register.voidAction')}
          </Button>
        ),
    },
  ];
}

/** The number register by scheme, year and state, paged by "Muat lagi", with "Batalkan nomor". */
export function RegisterPanel({ schemes }: { schemes: SchemeView[] }) {
  const { t } = useTranslation();
  const [scheme, setScheme] = useState(schemes[0]?.code ?? '');
  const [year, setYear] = useState(Number(dateInWib(new Date()).slice(0, 4)));
  const [state, setState] = useState<NumberState | null>(null);
  const [voiding, setVoiding] = useState<NumberView | null>(null);
  const query = useInfiniteQuery({
    queryKey: numberingKeys.register(scheme, year, state ?? ''),
    queryFn: ({ pageParam }) => fetchRegister(scheme, year, state, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled: Boolean(scheme) && year >= 1900,
  });
  const columns = useColumns(setVoiding);
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('numberingAdmin.register.scheme')}
          data={schemes.map((s) => ({ value: s.code, label: `${s.code} — ${s.name}` }))}
          value={scheme}
          onChange={(v) => v && setScheme(v)}
          allowDeselect={false}
        />
        <NumberInput
          label={t('numberingAdmin.register.year')}
          value={year}
          onChange={(v) => setYear(Number(v) || 0)}
          min={1900}
          max={2999}
          w={110}
        />
        <Select
          label={t('numberingAdmin.register.state')}
          data={[
            { value: '', label: t('numberingAdmin.register.allStates') },
            ...(['reserved', 'used', 'void'] as const).map((s) => ({
              value: s,
              label: t(`numberingAdmin.register.stateLabel.${s}`),
            })),
          ]}
          value={state ?? ''}
          onChange={(v) => setState(v ? (v as NumberState) : null)}
          allowDeselect={false}
        />
      </Group>
      <ErrorAlert error={query.error} />
      {query.data ? (
        <SimpleTable
          caption={t('numberingAdmin.register.caption', { scheme, year })}
          columns={columns}
          rows={rows}
          rowKey={(n) => n.id}
          emptyText={t('numberingAdmin.register.empty')}
          testId="register-table"
        />
      ) : null}
      {query.hasNextPage ? (
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t('numberingAdmin.register.loadMore')}
          </Button>
        </Group>
      ) : null}
      <Modal
        opened={voiding !== null}
        onClose={() => setVoiding(null)}
        title={voiding ? t('numberingAdmin.register.voidTitle', { number: voiding.formatted }) : ''}
      >
        {voiding ? <VoidForm number={voiding} onDone={() => setVoiding(null)} /> : null}
      </Modal>
    </Stack>
  );
}
