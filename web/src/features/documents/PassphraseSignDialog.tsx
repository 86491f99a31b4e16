import { Alert, Anchor, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { bodyFieldError } from '../esakip/form-errors.tsx';
import { documentKeys, fetchDocuments } from './documents.api.ts';

/**
 * SECURITY: hands a passphrase from the form to the request without keeping it: `put` stores it in a ref when the
 * request starts, `take` empties the ref while the request body is built. It is never a mutation variable, so React
 * Query does not keep it.
 */
export function usePassphraseHandoff() {
  const pending = useRef('');
  return {
    put: (passphrase: string) => {
      pending.current = passphrase;
    },
    take: () => {
      const given = pending.current;
      pending.current = '';
      return given;
    },
  };
}

/** The texts of a sign dialog (the caller's own i18n keys). */
export interface SignDialogTexts {
  title: string;
  intro: string;
  readPdfFirst: string;
  final: string;
  signNow: string;
}

/** What the dialog needs from the caller's sign mutation. */
export interface SignDialogProps {
  texts: SignDialogTexts;
  pdfUrl: string;
  /** Starts signing with the passphrase typed ('' when the tenant does not sign with BSrE). */
  onSign: (passphrase: string) => void;
  pending: boolean;
  error: unknown;
  onClose: () => void;
}

/**
 * Signing a document as the party whose turn it is: a link to read the PDF first, the BSrE passphrase when the tenant
 * signs with BSrE (its field error shown on the field), a warning that signing is final.
 */
export function PassphraseSignDialog({ texts, pdfUrl, onSign, pending, error, onClose }: SignDialogProps) {
  const { t } = useTranslation();
  const provider = useQuery({ queryKey: documentKeys.list, queryFn: fetchDocuments });
  const needsPassphrase = provider.data?.signingProvider === 'bsre';
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const given = passphrase;
    setPassphrase('');
    onSign(given);
  };
  const passphraseError = bodyFieldError(error, 'passphrase');
  return (
    <Modal opened onClose={onClose} title={texts.title}>
      <form onSubmit={submit} noValidate autoComplete="off">
        <Stack>
          <Text size="sm">{texts.intro}</Text>
          <Anchor href={pdfUrl} target="_blank" rel="noopener" size="sm">
            {texts.readPdfFirst}
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
          {passphraseError ? null : <ErrorAlert error={error} />}
          <Alert color="yellow" variant="light">
            {texts.final}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {texts.signNow}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
