import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '../../app/notify.ts';
import type { UnitLite } from '../esakip/esakip.api.ts';
import { FormError } from '../esakip/form-errors.tsx';
import { createReport, lkjipKeys } from './lkjip.api.ts';
import type { PlannerScope } from './use-planner-scope.ts';

/** The value of the regency in the scope select (an OPD is its unit id). */
const REGENCY = 'pemda';

/** What the user may create for: a planner their own OPD; the coordinator (or when unknown) every OPD and the regency. */
export function scopeOptions(opds: UnitLite[], scope: PlannerScope, regencyLabel: string) {
  if (scope.coordinator === false && scope.ownUnitId)
    return opds.filter((u) => u.id === scope.ownUnitId).map((u) => ({ value: u.id, label: u.name }));
  return [{ value: REGENCY, label: regencyLabel }, ...opds.map((u) => ({ value: u.id, label: u.name }))];
}

/** "Buat laporan": choose the OPD or the regency and create the year's draft, then open it. */
export function CreateReportForm({ year, opds, scope }: { year: number; opds: UnitLite[]; scope: PlannerScope }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const options = scopeOptions(opds, scope, t('lkjip.regency'));
  const [chosen, setChosen] = useState('');
  const value = chosen || (options.length === 1 ? (options[0]?.value ?? '') : '');
  const mutation = useMutation({
    mutationFn: () => createReport({ unitId: value === REGENCY ? null : value, year }),
    onSuccess: (view) => {
      client.setQueryData(lkjipKeys.one(view.id), view);
      void client.invalidateQueries({ queryKey: lkjipKeys.list(year) });
      notifySuccess(t('lkjip.create.created'));
      navigate(`/e-sakip/lkjip/${view.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value) mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('lkjip.create.title')}>
      <Stack gap="xs">
        <Group align="flex-end" wrap="wrap" gap="sm">
          <NativeSelect
            label={t('lkjip.create.scope')}
            data={options.length === 1 ? options : [{ value: '', label: t('lkjip.create.choose') }, ...options]}
            value={value}
            onChange={(e) => setChosen(e.currentTarget.value)}
            miw={240}
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="submit" disabled={!value} loading={mutation.isPending}>
            {t('lkjip.create.submit')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('lkjip.create.scopeHint')}
        </Text>
        <FormError error={mutation.error} />
      </Stack>
    </form>
  );
}
