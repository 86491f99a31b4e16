import { Alert, Button, Group, PasswordInput, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../app/errors.ts';
import { currentLocale } from '../../app/i18n/index.ts';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatLongDate } from '../verification/verification-format.ts';
import { type DocumentView, documentKeys, documentPdfUrl, signDocument } from './documents.api.ts';

/** The signer whose turn it is (the caller, when `mySignatureDue`). */
export function nextSigner(document: DocumentView) {
  return [...document.signers].sort((a, b) => a.order - b.order).find((signer) => signer.status === 'pending');
}

function WhatIsSigned({ document }: { document: DocumentView }) {
  const { t } = useTranslation();
  const me = nextSigner(document);
  const rows: [string, string][] = [
    [t('documents.fields.title'), document.title],
    [t('documents.fields.number'), document.number ?? t('documents.noNumber')],
    [t('documents.fields.date'), formatLongDate(document.date, currentLocale())],
    [t('documents.fields.subject'), document.subject],
  ];
  if (me) rows.push([t('documents.signAs'), `${me.jabatan} (${t(`documents.capacity.${me.capacity}`)})`]);
  return (
    <Table withRowBorders={false} verticalSpacing={4} data-testid="sign-summary">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w="35%" fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The BSrE passphrase: a password field that the browser must not remember or fill in. */
function PassphraseField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={t('documents.passphrase')}
      description={t('documents.passphraseHint')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      autoComplete="off"
      visibilityToggleButtonProps={{ 'aria-label': t('documents.showPassphrase') }}
      error={error}
      // Mantine marks only the wrapper of a PasswordInput as invalid; screen readers read the input.
      aria-invalid={error ? true : undefined}
      data-autofocus
    />
  );
}

/** The confirm step of signing: what will be signed, the BSrE passphrase when BSrE signs, and the sign button. */
export function SignDocumentForm({
  document,
  needsPassphrase,
  onDone,
}: {
  document: DocumentView;
  needsPassphrase: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [passphrase, setPassphrase] = useState('');
  // SECURITY: the passphrase leaves component state when the request starts and lives only in this ref
  // until the request body is built; it is never a mutation variable, so React Query does not keep it.
  const pending = useRef('');
  const mutation = useMutation({
    mutationFn: () => {
      const given = pending.current;
      pending.current = '';
      return signDocument(document.id, given);
    },
    onSuccess: () => {
      notifySuccess(t('documents.signed', { title: document.title }));
      void queryClient.invalidateQueries({ queryKey: documentKeys.list });
      onDone();
    },
  });
  const passphraseError = fieldError(mutation.error, 'passphrase');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    pending.current = passphrase;
    setPassphrase('');
    mutation.mutate();
  };

  return (
    <form onSubmit={submit} noValidate autoComplete="off">
      <Stack>
        <Text size="sm">{t('documents.signIntro')}</Text>
        <WhatIsSigned document={document} />
        <Text size="sm">
          <a href={documentPdfUrl(document.id)} target="_blank" rel="noopener">
            {t('documents.readPdfFirst')}
          </a>
        </Text>
        {needsPassphrase ? <PassphraseField value={passphrase} onChange={setPassphrase} error={passphraseError} /> : null}
        {passphraseError ? null : <ErrorAlert error={mutation.error} />}
        <Alert color="yellow" variant="light">
          {t('documents.signFinal')}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('documents.signNow')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
