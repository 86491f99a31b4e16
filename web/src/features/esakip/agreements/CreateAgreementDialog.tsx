import { Button, Group, Modal, NativeSelect, Select, SimpleGrid, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitLite } from '../esakip.api.ts';
import { bodyFieldError, FormError } from '../form-errors.tsx';
import { headOf } from './agreement-positions.ts';
import { type AgreementView, type CreateAgreementInput, createAgreement } from './agreements.api.ts';
import { PositionPicker, useOrgUnits } from './PositionPicker.tsx';
import { useAgreementChange } from './use-agreement-change.ts';

const LEVELS = ['opd', 'eselon_iii', 'eselon_iv'] as const;
const SHOWN = ['year', 'unitId', 'level', 'firstPartyPositionId', 'secondPartyPositionId'];

interface CreateAgreementDialogProps {
  year: number;
  years: number[];
  unitId: string;
  opds: UnitLite[];
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** The form of a new draft PK: year, OPD, level, pihak pertama (a position of the OPD) and pihak kedua. */
export function CreateAgreementDialog({ year, years, unitId, opds, onClose, onCreated }: CreateAgreementDialogProps) {
  const { t } = useTranslation();
  const units = useOrgUnits();
  const [draft, setDraft] = useState({ year, unitId, level: 'opd' as CreateAgreementInput['level'], first: '', second: '' });
  const firstParty = draft.first || (draft.level === 'opd' && units.data ? (headOf(units.data, draft.unitId) ?? '') : '');
  const mutation = useAgreementChange('', (input: CreateAgreementInput) => createAgreement(input), {
    success: () => t('esakipPk.created'),
    onDone: (pk: AgreementView) => onCreated(pk.id),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({
      year: draft.year,
      unitId: draft.unitId,
      level: draft.level,
      firstPartyPositionId: firstParty,
      secondPartyPositionId: draft.second,
    });
  };
  const error = (field: string) => bodyFieldError(mutation.error, field);
  return (
    <Modal opened onClose={onClose} title={t('esakipPk.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('esakipPk.year')}
              data={years.map(String)}
              value={String(draft.year)}
              onChange={(e) => setDraft({ ...draft, year: Number(e.currentTarget.value) })}
              error={error('year')}
              required
            />
            <NativeSelect
              label={t('esakipPk.level')}
              data={LEVELS.map((l) => ({ value: l, label: t(`esakipPk.levels.${l}`) }))}
              value={draft.level}
              onChange={(e) => setDraft({ ...draft, level: e.currentTarget.value as CreateAgreementInput['level'] })}
              error={error('level')}
            />
          </SimpleGrid>
          <Select
            label={t('esakipPk.unit')}
            data={opds.map((u) => ({ value: u.id, label: u.name }))}
            value={draft.unitId || null}
            onChange={(id) => setDraft({ ...draft, unitId: id ?? '', first: '' })}
            searchable
            error={error('unitId')}
            required
            comboboxProps={{ withinPortal: true }}
          />
          <PositionPicker
            label={t('esakipPk.firstParty')}
            description={t('esakipPk.firstPartyHint')}
            value={firstParty}
            onChange={(id) => setDraft({ ...draft, first: id })}
            withinUnitId={draft.unitId || undefined}
            error={error('firstPartyPositionId')}
            required
          />
          <PositionPicker
            label={t('esakipPk.secondParty')}
            description={t('esakipPk.secondPartyHint')}
            value={draft.second}
            onChange={(id) => setDraft({ ...draft, second: id })}
            error={error('secondPartyPositionId')}
            required
          />
          <FormError error={mutation.error} shown={SHOWN} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('esakipPk.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
