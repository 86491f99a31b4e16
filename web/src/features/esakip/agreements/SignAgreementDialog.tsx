import { useTranslation } from 'react-i18next';
import { PassphraseSignDialog, usePassphraseHandoff } from '../../documents/PassphraseSignDialog.tsx';
import { type AgreementView, agreementPdfUrl, signAgreement } from './agreements.api.ts';
import { useAgreementChange } from './use-agreement-change.ts';

/** Signing as the party whose turn it is, with the BSrE passphrase when the tenant signs with BSrE. */
export function SignAgreementDialog({ agreement, onClose }: { agreement: AgreementView; onClose: () => void }) {
  const { t } = useTranslation();
  const handoff = usePassphraseHandoff();
  const mutation = useAgreementChange(agreement.id, () => signAgreement(agreement.id, handoff.take()), {
    success: () => t('esakipPk.signedDone'),
    onDone: onClose,
  });
  const party = agreement.nextSigner === 'first' ? agreement.firstParty : agreement.secondParty;
  const partyName = t(agreement.nextSigner === 'first' ? 'esakipPk.firstParty' : 'esakipPk.secondParty').toLowerCase();
  return (
    <PassphraseSignDialog
      texts={{
        title: t('esakipPk.signTitle'),
        intro: t('esakipPk.signIntro', { party: partyName, position: party.positionName }),
        readPdfFirst: t('esakipPk.readPdfFirst'),
        final: t('esakipPk.signFinal'),
        signNow: t('esakipPk.signNow'),
      }}
      pdfUrl={agreementPdfUrl(agreement.id)}
      onSign={(passphrase) => {
        handoff.put(passphrase);
        mutation.mutate(undefined);
      }}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
    />
  );
}
