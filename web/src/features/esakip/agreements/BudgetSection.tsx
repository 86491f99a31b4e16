import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import uiClasses from '../../../ui/ui.module.css';
import { FormError } from '../form-errors.tsx';
import { formatRupiah } from './agreement-format.ts';
import { type AgreementBudgetView, type AgreementView, budgetsFromDpa, deleteBudget } from './agreements.api.ts';
import { BudgetDialog } from './BudgetDialog.tsx';
import { useAgreementChange } from './use-agreement-change.ts';
import { useMayPrepare } from './use-may-prepare.ts';

const codeName = (code: string | null, name: string | null) => (name ? `${code ? `${code} ` : ''}${name}` : '');

function BudgetName({ row }: { row: AgreementBudgetView }) {
  const { t } = useTranslation();
  const lines: [string, string][] = [
    [t('esakipPk.budget.program'), codeName(row.programCode, row.programName)],
    [t('esakipPk.budget.kegiatan'), codeName(row.kegiatanCode, row.kegiatanName)],
    [t('esakipPk.budget.subKegiatan'), codeName(row.subKegiatanCode, row.subKegiatanName)],
  ];
  return (
    <Stack gap={0}>
      {lines
        .filter(([, text]) => text)
        .map(([label, text], i) => (
          <Text key={label} size="sm" fw={i === 0 ? 500 : undefined} c={i === 0 ? undefined : 'dimmed'}>
            {i === 0 ? text : `${label}: ${text}`}
          </Text>
        ))}
    </Stack>
  );
}

function RemoveBudget({ agreement, row }: { agreement: AgreementView; row: AgreementBudgetView }) {
  const { t } = useTranslation();
  const remove = useAgreementChange(agreement.id, () => deleteBudget(agreement, row.id), {
    success: () => t('esakipPk.budget.removed'),
  });
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      color="red"
      loading={remove.isPending}
      onClick={() => remove.mutate(undefined)}
      aria-label={t('esakipPk.budget.remove', { name: row.subKegiatanName ?? row.kegiatanName ?? row.programName })}
    >
      {t('esakipPk.remove')}
    </Button>
  );
}

/** The PK's budget rows with their pagu in rupiah and the exact total; added by hand or taken from the DPA. */
export function BudgetSection({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [adding, setAdding] = useState(false);
  const draft = useMayPrepare() && agreement.status === 'draft';
  const fromDpa = useAgreementChange(agreement.id, () => budgetsFromDpa(agreement), {
    success: () => t('esakipPk.budget.fromDpaDone'),
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="pk-budget-title">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} size="h5" id="pk-budget-title">
          {t('esakipPk.budget.title')}
        </Title>
        {draft ? (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setAdding(true)}>
              {t('esakipPk.budget.add')}
            </Button>
            <Button size="xs" variant="default" loading={fromDpa.isPending} onClick={() => fromDpa.mutate(undefined)}>
              {t('esakipPk.budget.fromDpa')}
            </Button>
          </Group>
        ) : null}
      </Group>
      <FormError error={fromDpa.error} />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be reachable by keyboard (WCAG 2.1.1) */}
      <section className={uiClasses.tableScroll} tabIndex={0} aria-label={t('esakipPk.budget.caption')}>
        <Table striped data-testid="agreement-budgets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('esakipPk.budget.program')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('esakipPk.budget.paguColumn')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {agreement.budgets.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={2}>
                  <Text size="sm" c="dimmed">
                    {t('esakipPk.budget.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              agreement.budgets.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <BudgetName row={row} />
                      {draft ? <RemoveBudget agreement={agreement} row={row} /> : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatRupiah(row.pagu, locale)}
                  </Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('esakipPk.budget.total')}</Table.Th>
              <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="budget-total">
                {formatRupiah(agreement.budgetTotal, locale)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </section>
      {adding ? <BudgetDialog agreement={agreement} onClose={() => setAdding(false)} /> : null}
    </Stack>
  );
}
