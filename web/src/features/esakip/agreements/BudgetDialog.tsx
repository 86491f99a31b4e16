import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { bodyFieldError, FormError } from '../form-errors.tsx';
import { formatRupiah, isMoneyText } from './agreement-format.ts';
import { type AgreementView, addBudget } from './agreements.api.ts';
import { useAgreementChange } from './use-agreement-change.ts';

const EMPTY = {
  programCode: '',
  programName: '',
  kegiatanCode: '',
  kegiatanName: '',
  subKegiatanCode: '',
  subKegiatanName: '',
  pagu: '',
};
type Draft = typeof EMPTY;
const FIELDS = Object.keys(EMPTY) as (keyof Draft)[];

const orNull = (text: string) => text.trim() || null;

/** Adding one budget row: a program (required), optionally down to kegiatan and sub-kegiatan, with its pagu. */
export function BudgetDialog({ agreement, onClose }: { agreement: AgreementView; onClose: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const mutation = useAgreementChange(
    agreement.id,
    () =>
      addBudget(agreement, {
        programCode: draft.programCode.trim(),
        programName: draft.programName.trim(),
        kegiatanCode: orNull(draft.kegiatanCode),
        kegiatanName: orNull(draft.kegiatanName),
        subKegiatanCode: orNull(draft.subKegiatanCode),
        subKegiatanName: orNull(draft.subKegiatanName),
        pagu: draft.pagu.trim(),
      }),
    { success: () => t('esakipPk.budget.added'), onDone: onClose },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(undefined);
  };
  const field = (key: keyof Draft, extra: { required?: boolean; description?: string; money?: boolean } = {}) => (
    <TextInput
      label={t(`esakipPk.budget.${key}`)}
      description={extra.description}
      inputMode={extra.money ? 'decimal' : undefined}
      value={draft[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setDraft((d) => ({ ...d, [key]: value }));
      }}
      error={bodyFieldError(mutation.error, key)}
      required={extra.required}
    />
  );
  const paguHint = isMoneyText(draft.pagu) ? formatRupiah(draft.pagu.trim(), currentLocale()) : t('esakipPk.budget.moneyHint');
  return (
    <Modal opened onClose={onClose} title={t('esakipPk.budget.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field('programCode', { required: true })}
            {field('programName', { required: true })}
            {field('kegiatanCode')}
            {field('kegiatanName')}
            {field('subKegiatanCode')}
            {field('subKegiatanName')}
          </SimpleGrid>
          {field('pagu', { required: true, money: true, description: paguHint })}
          <FormError error={mutation.error} shown={FIELDS} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
