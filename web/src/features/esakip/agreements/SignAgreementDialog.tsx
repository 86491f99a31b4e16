import { Alert, Anchor, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { documentKeys, fetchDocuments } from '../../documents/documents.api.ts';
import { bodyFieldError } from '../form-errors.tsx';
import { type AgreementView, agreementPdfUrl, signAgreement } from './agreements.api.ts';
import { useAgreementChange } from './use-agreement-change.ts';

/** Signing as the party whose turn it is, with the BSrE passphrase when the tenant signs with BSrE. */
export function SignAgreementDialog({ agreement, onClose }: { agreement: AgreementView; onClose: () => void }) {
  const { t } = useTranslation();
  const provider = useQuery({ queryKey: documentKeys.list, queryFn: fetchDocuments });
  const needsPassphrase = provider.data?.signingProvider === 'bsre';
  const [passphrase, setPassphrase] = useState('');
  // SECURITY: the passphrase leaves component state when the request starts and lives only in this ref until the
  // request body is built; it is never a mutation variable, so React Query does not keep it.
  const pending = useRef('');
  const mutation = useAgreementChange(
    agreement.id,
    () => {
      const given = pending.current;
      pending.current = '';
      return signAgreement(agreement.id, given);
    },
    { success: () => t('esakipPk.signedDone'), onDone: onClose },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pending.current = passphrase;
    setPassphrase('');
    mutation.mutate(undefined);
  };
  const passphraseError = bodyFieldError(mutation.error, 'passphrase');
  const party = agreement.nextSigner === 'first' ? agreement.firstParty : agreement.secondParty;
  const partyName = t(agreement.nextSigner === 'first' ? 'esakipPk.firstParty' : 'esakipPk.secondParty').toLowerCase();
  return (
    <Modal opened onClose={onClose} title={t('esakipPk.signTitle')}>
      <form onSubmit={submit} noValidate autoComplete="off">
        <Stack>
          <Text size="sm">{t('esakipPk.signIntro', { party: partyName, position: party.positionName })}</Text>
          <Anchor href={agreementPdfUrl(agreement.id)} target="_blank" rel="noopener" size="sm">
            {t('esakipPk.readPdfFirst')}
          </Anchor>
          {needsPassphrase ? (
            <PasswordInput
              label={t('documents.passphrase')}
              description={t('documents.passphraseHint')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="off"
              visibilityToggleButtonProps={{ 'aria-label': t('documents.showPassphrase') }}
              error={passphraseError}
              aria-invalid={passphraseError ? true : undefined}
              data-autofocus
            />
          ) : null}
          {passphraseError ? null : <ErrorAlert error={mutation.error} />}
          <Alert color="yellow" variant="light">
            {t('esakipPk.signFinal')}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('esakipPk.signNow')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
