import { useTranslation } from 'react-i18next';
import { PassphraseSignDialog, usePassphraseHandoff } from '../../documents/PassphraseSignDialog.tsx';
import { desaAgreementPdfUrl, signDesaAgreement, type VillageAgreementView } from './agreement.api.ts';
import { usePkChange } from './use-pk-change.ts';

/** Signing a PK Kepala Desa as the party whose turn it is, with the BSrE passphrase when the tenant signs with BSrE. */
export function SignPkDialog({ agreement, onClose }: { agreement: VillageAgreementView; onClose: () => void }) {
  const { t } = useTranslation();
  const handoff = usePassphraseHandoff();
  const mutation = usePkChange(() => signDesaAgreement(agreement.id, handoff.take()), {
    success: t('villagesPk.signedDone'),
    onDone: onClose,
  });
  const isKades = agreement.nextSigner === 'kades';
  const party = isKades ? agreement.kades : agreement.camat;
  return (
    <PassphraseSignDialog
      texts={{
        title: t('villagesPk.signTitle'),
        intro: t('villagesPk.signIntro', {
          party: t(isKades ? 'villagesPk.kades' : 'villagesPk.camat').toLowerCase(),
          name: party.name,
          jabatan: party.jabatan,
        }),
        readPdfFirst: t('villagesPk.readPdfFirst'),
        final: t('villagesPk.signFinal'),
        signNow: t('villagesPk.signNow'),
      }}
      pdfUrl={desaAgreementPdfUrl(agreement.id)}
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
