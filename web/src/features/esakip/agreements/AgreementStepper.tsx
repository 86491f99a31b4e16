import { Stepper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from './agreements.api.ts';
import { useIsPhone } from './use-phone.ts';

/** Which step is current: 0 draft, 1 signing, 3 (all complete) once signed or superseded. */
export const activeStep = (status: AgreementView['status']) => (status === 'draft' ? 0 : status === 'signing' ? 1 : 3);

/** Draft → signing (pihak kedua, then pihak pertama) → signed, with whose signature is awaited. */
export function AgreementStepper({ agreement }: { agreement: Pick<AgreementView, 'status' | 'nextSigner'> }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const waiting = agreement.nextSigner
    ? t('esakipPk.steps.waitingFor', {
        party: t(agreement.nextSigner === 'first' ? 'esakipPk.firstParty' : 'esakipPk.secondParty').toLowerCase(),
      })
    : null;
  return (
    <nav aria-label={t('esakipPk.steps.label')}>
      <Stepper
        active={activeStep(agreement.status)}
        size="sm"
        orientation={phone ? 'vertical' : 'horizontal'}
        data-testid="agreement-stepper"
      >
        <Stepper.Step label={t('esakipPk.steps.draft')} description={t('esakipPk.steps.draftHint')} />
        <Stepper.Step label={t('esakipPk.steps.signing')} description={t('esakipPk.steps.signingHint')} />
        <Stepper.Step label={t('esakipPk.steps.signed')} description={t('esakipPk.steps.signedHint')} />
      </Stepper>
      {waiting ? (
        <Text size="sm" mt="xs" fw={500} aria-live="polite" data-testid="waiting-for">
          {waiting}
        </Text>
      ) : null}
    </nav>
  );
}
