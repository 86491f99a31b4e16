import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { bodyFieldError, FormError } from '../form-errors.tsx';
import { formatRupiah, isMoneyText, MONTHS, periodLabel, plannedMonthly, QUARTERS } from './agreement-format.ts';
import {
  type ActionPlanView,
  type AgreementItemView,
  type AgreementView,
  createActionPlan,
  updateActionPlan,
} from './agreements.api.ts';
import { PositionPicker } from './PositionPicker.tsx';
import { useAgreementChange } from './use-agreement-change.ts';

const SHOWN = ['period', 'action', 'targetValue', 'targetText', 'budget', 'picPositionId', 'itemId'];

function initialDraft(item: AgreementItemView, plan: ActionPlanView | null) {
  return {
    period: plan?.period ?? (plannedMonthly(item) ? 'M01' : 'Q1'),
    action: plan?.action ?? '',
    targetValue: plan?.targetValue ?? '',
    targetText: plan?.targetText ?? '',
    budget: plan?.budget ?? '',
    picPositionId: plan?.picPositionId ?? '',
  };
}
type Draft = ReturnType<typeof initialDraft>;

/** The body of a create or edit: empty optional fields are sent as null. */
function planBody(draft: Draft) {
  const orNull = (text: string) => text.trim() || null;
  return {
    period: draft.period,
    action: draft.action.trim(),
    targetValue: orNull(draft.targetValue),
    targetText: orNull(draft.targetText),
    budget: orNull(draft.budget),
    picPositionId: draft.picPositionId || null,
  };
}

/** Adding or editing one action of an item's rencana aksi (quarter or month, action, target, budget, PIC). */
export function ActionPlanDialog({
  agreement,
  item,
  plan,
  onClose,
}: {
  agreement: AgreementView;
  item: AgreementItemView;
  plan: ActionPlanView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [draft, setDraft] = useState(() => initialDraft(item, plan));
  const mutation = useAgreementChange(
    agreement.id,
    () =>
      plan
        ? updateActionPlan(agreement.id, plan.id, { ...planBody(draft), version: plan.version })
        : createActionPlan(agreement.id, { ...planBody(draft), itemId: item.id }),
    { success: () => t('esakipPk.plans.saved'), onDone: onClose },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(undefined);
  };
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const error = (field: string) => bodyFieldError(mutation.error, field);
  const periods = [
    {
      group: t('esakipPk.plans.quarters'),
      items: QUARTERS.map((q) => ({ value: q, label: periodLabel(q, locale, t('esakipPk.plans.quarter')) })),
    },
    { group: t('esakipPk.plans.months'), items: MONTHS.map((m) => ({ value: m, label: periodLabel(m, locale, '') })) },
  ];
  const budgetHint = isMoneyText(draft.budget) ? formatRupiah(draft.budget.trim(), locale) : t('esakipPk.budget.moneyHint');
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${t(plan ? 'esakipPk.plans.editTitle' : 'esakipPk.plans.newTitle')} — ${item.indicatorName}`}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('esakipPk.plans.period')}
            data={periods}
            value={draft.period}
            onChange={(v) => set('period')(v ?? draft.period)}
            allowDeselect={false}
            error={error('period')}
            required
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={t('esakipPk.plans.action')}
            value={draft.action}
            onChange={(e) => set('action')(e.currentTarget.value)}
            error={error('action')}
            autosize
            minRows={2}
            required
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('esakipPk.plans.targetValue')}
              description={t('esakipPk.items.decimalHint')}
              inputMode="decimal"
              value={draft.targetValue}
              onChange={(e) => set('targetValue')(e.currentTarget.value)}
              error={error('targetValue')}
            />
            <TextInput
              label={t('esakipPk.plans.targetText')}
              description={t('esakipPk.plans.targetTextHint')}
              value={draft.targetText}
              onChange={(e) => set('targetText')(e.currentTarget.value)}
              error={error('targetText')}
            />
          </SimpleGrid>
          <TextInput
            label={t('esakipPk.plans.budget')}
            description={budgetHint}
            inputMode="decimal"
            value={draft.budget}
            onChange={(e) => set('budget')(e.currentTarget.value)}
            error={error('budget')}
          />
          <PositionPicker
            label={t('esakipPk.plans.pic')}
            value={draft.picPositionId}
            onChange={set('picPositionId')}
            withinUnitId={agreement.unitId}
            error={error('picPositionId')}
          />
          <FormError error={mutation.error} shown={SHOWN} />
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
