import { Alert, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { AgreementXlsxButtons } from '../xlsx/AgreementXlsxButtons.tsx';
import { AgreementActions } from './AgreementActions.tsx';
import { AgreementParties } from './AgreementParties.tsx';
import { AgreementStatusBadge, useRevisionLabel } from './AgreementStatusBadge.tsx';
import { AgreementStepper } from './AgreementStepper.tsx';
import { type AgreementView, agreementKeys, fetchAgreement } from './agreements.api.ts';
import { BudgetSection } from './BudgetSection.tsx';
import { ItemsSection } from './ItemsSection.tsx';

function Facts({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('esakipPk.number'), agreement.documentNumber ?? t('esakipPk.notYet')],
    [t('esakipPk.level'), t(`esakipPk.levels.${agreement.level}`)],
  ];
  if (agreement.verificationCode) rows.push([t('esakipPk.verification'), agreement.verificationCode]);
  if (agreement.revisionReason) rows.push([t('esakipPk.revisionReason'), agreement.revisionReason]);
  return (
    <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) 1fr', gap: '2px 12px' }}>
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {value}
          </Text>
        </div>
      ))}
    </dl>
  );
}

/** One PK in full: status stepper, parties, what the caller can do now, items with rencana aksi, and budget. */
export function AgreementDetail({
  agreementId,
  onOpen,
  onDeleted,
}: {
  agreementId: string;
  onOpen: (id: string) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const revisionLabel = useRevisionLabel();
  const query = useQuery({ queryKey: agreementKeys.one(agreementId), queryFn: () => fetchAgreement(agreementId) });
  const pk = query.data;
  if (!pk) return query.isPending ? <Loader size="sm" aria-label={t('common.loading')} /> : <ErrorAlert error={query.error} />;
  return (
    <Stack gap="md" data-testid="agreement-detail">
      <Card withBorder>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <Title order={2} size="h4">
              {t('esakipPk.title', { year: pk.year, unit: pk.unitName })}
            </Title>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {revisionLabel(pk.revision)}
              </Text>
              <AgreementStatusBadge status={pk.status} />
            </Group>
          </Group>
          <Facts agreement={pk} />
          <AgreementStepper agreement={pk} />
          {pk.status === 'superseded' ? <Alert color="gray">{t('esakipPk.supersededNote')}</Alert> : null}
          <AgreementParties agreement={pk} />
          <AgreementActions agreement={pk} onOpen={onOpen} onDeleted={onDeleted} />
          <ErrorAlert error={query.error} />
        </Stack>
      </Card>
      <ItemsSection agreement={pk} />
      <BudgetSection agreement={pk} />
      <AgreementXlsxButtons agreementId={pk.id} editable={pk.status === 'draft'} />
    </Stack>
  );
}
