import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { FormError } from '../form-errors.tsx';
import { formatDecimal, formatRupiah, periodLabel } from './agreement-format.ts';
import { positionNames } from './agreement-positions.ts';
import { type ActionPlanView, type AgreementView, deleteActionPlan } from './agreements.api.ts';
import { useOrgUnits } from './PositionPicker.tsx';
import { useAgreementChange } from './use-agreement-change.ts';

/** One action as shown: period name, target (number and/or text), budget in rupiah and the PIC's position name. */
export function usePlanTexts(plan: ActionPlanView) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const units = useOrgUnits();
  return {
    period: periodLabel(plan.period, locale, t('esakipPk.plans.quarter')),
    target: [plan.targetValue ? formatDecimal(plan.targetValue, locale) : '', plan.targetText ?? ''].filter(Boolean).join(' '),
    budget: formatRupiah(plan.budget, locale),
    pic: plan.picPositionId ? (positionNames(units.data ?? []).get(plan.picPositionId) ?? '') : '',
  };
}

/** The edit and delete buttons of one action, named after the action for screen readers. */
export function PlanButtons({ agreement, plan, onEdit }: { agreement: AgreementView; plan: ActionPlanView; onEdit: () => void }) {
  const { t } = useTranslation();
  const remove = useAgreementChange(agreement.id, () => deleteActionPlan(agreement.id, plan.id), {
    success: () => t('esakipPk.plans.removed'),
  });
  return (
    <>
      <Group gap={4} wrap="nowrap">
        <Button
          size="compact-xs"
          variant="light"
          onClick={onEdit}
          aria-label={t('esakipPk.plans.editOf', { action: plan.action })}
        >
          {t('esakipPk.plans.edit')}
        </Button>
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          loading={remove.isPending}
          onClick={() => remove.mutate(undefined)}
          aria-label={t('esakipPk.plans.removeOf', { action: plan.action })}
        >
          {t('esakipPk.plans.remove')}
        </Button>
      </Group>
      <FormError error={remove.error} />
    </>
  );
}
