import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionPlanView, AgreementView } from './agreements.api.ts';
import { PlanButtons, usePlanTexts } from './PlanRowParts.tsx';

function PlanCard({
  agreement,
  plan,
  editable,
  onEdit,
}: {
  agreement: AgreementView;
  plan: ActionPlanView;
  editable: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const text = usePlanTexts(plan);
  const facts: [string, string][] = [
    [t('esakipPk.plans.target'), text.target],
    [t('esakipPk.plans.budgetColumn'), text.budget],
    [t('esakipPk.plans.pic'), text.pic],
  ];
  return (
    <Paper withBorder p="xs" component="li">
      <Stack gap={2}>
        <Text size="xs" fw={600} c="dimmed">
          {text.period}
        </Text>
        <Text size="sm">{plan.action}</Text>
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Text key={label} size="xs">
              <Text span c="dimmed" size="xs">
                {label}:
              </Text>{' '}
              {value}
            </Text>
          ))}
        {editable ? (
          <Group justify="flex-end">
            <PlanButtons agreement={agreement} plan={plan} onEdit={onEdit} />
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The rencana aksi of an item as stacked cards (phones), with the budget total below. */
export function ActionPlanCards({
  agreement,
  plans,
  caption,
  total,
  editable,
  onEdit,
}: {
  agreement: AgreementView;
  plans: ActionPlanView[];
  caption: string;
  total: string;
  editable: boolean;
  onEdit: (plan: ActionPlanView) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={caption}>
        {plans.map((plan) => (
          <PlanCard key={plan.id} agreement={agreement} plan={plan} editable={editable} onEdit={() => onEdit(plan)} />
        ))}
      </Stack>
      <Text size="sm" fw={600} ta="right">
        {t('esakipPk.plans.total')}: {total}
      </Text>
    </Stack>
  );
}
