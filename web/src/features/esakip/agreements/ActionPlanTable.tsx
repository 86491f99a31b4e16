import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import uiClasses from '../../../ui/ui.module.css';
import { ActionPlanCards } from './ActionPlanCards.tsx';
import { ActionPlanDialog } from './ActionPlanDialog.tsx';
import { formatRupiah, sumRupiah } from './agreement-format.ts';
import type { ActionPlanView, AgreementItemView, AgreementView } from './agreements.api.ts';
import { PlanButtons, usePlanTexts } from './PlanRowParts.tsx';
import { useMayPrepare } from './use-may-prepare.ts';
import { useIsPhone } from './use-phone.ts';

function PlanRow({
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
  const text = usePlanTexts(plan);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
        {text.period}
      </Table.Th>
      <Table.Td miw={180} style={{ overflowWrap: 'anywhere' }}>
        {plan.action}
      </Table.Td>
      <Table.Td>{text.target}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {text.budget}
      </Table.Td>
      <Table.Td>{text.pic}</Table.Td>
      {editable ? (
        <Table.Td>
          <PlanButtons agreement={agreement} plan={plan} onEdit={onEdit} />
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

function PlanTable(props: {
  agreement: AgreementView;
  plans: ActionPlanView[];
  caption: string;
  total: string;
  editable: boolean;
  onEdit: (plan: ActionPlanView) => void;
}) {
  const { t } = useTranslation();
  const { agreement, plans, caption, total, editable, onEdit } = props;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be reachable by keyboard (WCAG 2.1.1)
    <section className={uiClasses.tableScroll} tabIndex={0} aria-label={caption}>
      <Table withTableBorder striped miw={640} fz="sm" data-testid="action-plans">
        <Table.Thead>
          <Table.Tr>
            {['period', 'action', 'target'].map((key) => (
              <Table.Th key={key} scope="col">
                {t(`esakipPk.plans.${key}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('esakipPk.plans.budgetColumn')}
            </Table.Th>
            <Table.Th scope="col">{t('esakipPk.plans.pic')}</Table.Th>
            {editable ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <PlanRow key={plan.id} agreement={agreement} plan={plan} editable={editable} onEdit={() => onEdit(plan)} />
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={3}>
              {t('esakipPk.plans.total')}
            </Table.Th>
            <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {total}
            </Table.Td>
            <Table.Td colSpan={editable ? 2 : 1} />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </section>
  );
}

/** The rencana aksi of one PK item per quarter or month: action, target, budget, person in charge; add/edit/delete. */
export function ActionPlanTable({ agreement, item }: { agreement: AgreementView; item: AgreementItemView }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [editing, setEditing] = useState<ActionPlanView | 'new' | null>(null);
  const editable = useMayPrepare() && agreement.status !== 'superseded';
  const plans = item.actionPlans;
  const shown = {
    agreement,
    plans,
    editable,
    caption: t('esakipPk.plans.caption', { name: item.indicatorName }),
    total: formatRupiah(sumRupiah(plans.map((p) => p.budget)), currentLocale()),
    onEdit: (plan: ActionPlanView) => setEditing(plan),
  };
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t('esakipPk.plans.title')}
        </Text>
        {editable ? (
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => setEditing('new')}
            aria-label={t('esakipPk.plans.addFor', { name: item.indicatorName })}
          >
            {t('esakipPk.plans.add')}
          </Button>
        ) : null}
      </Group>
      {plans.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('esakipPk.plans.empty')}
        </Text>
      ) : phone ? (
        <ActionPlanCards {...shown} />
      ) : (
        <PlanTable {...shown} />
      )}
      {editing ? (
        <ActionPlanDialog
          agreement={agreement}
          item={item}
          plan={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
