import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { formatLongDate } from '../verification/verification-format.ts';
import { type DocumentView, documentKeys, documentPdfUrl, fetchDocuments } from './documents.api.ts';
import { SignDocumentForm } from './SignDocumentForm.tsx';

/** Badge colour of a document status. */
const STATUS_COLOR: Record<DocumentView['status'], string> = { draft: 'gray', signing: 'blue', final: 'green', withdrawn: 'red' };

function TitleCell({ document }: { document: DocumentView }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} miw="14rem">
      <Group gap={6}>
        <Text fw={600}>{document.title}</Text>
        {document.mySignatureDue ? (
          <Badge color="orange" variant="filled" style={{ textTransform: 'none', minWidth: 'max-content' }}>
            {t('documents.yourTurn')}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        {[document.number ?? t('documents.noNumber'), document.subject].join(' · ')}
      </Text>
      {document.security !== 'biasa' ? (
        <Badge color="red" variant="outline" size="sm" style={{ textTransform: 'none' }}>
          {t(`documents.security.${document.security}`)}
        </Badge>
      ) : null}
    </Stack>
  );
}

function SignersCell({ document }: { document: DocumentView }) {
  const { t } = useTranslation();
  const signed = document.signers.filter((signer) => signer.status === 'signed').length;
  return (
    <Stack gap={2} miw="12rem">
      <Text size="sm" fw={500}>
        {t('documents.signedProgress', { signed, total: document.signers.length })}
      </Text>
      {document.signers.map((signer) => (
        <Text key={signer.order} size="xs" c={signer.status === 'signed' ? 'green.9' : 'dimmed'}>
          {`${signer.status === 'signed' ? '✓' : '○'} ${signer.name}`}
          <VisuallyHidden component="span">{` (${t(`documents.signerStatus.${signer.status}`)})`}</VisuallyHidden>
        </Text>
      ))}
    </Stack>
  );
}

function ActionsCell({ document, onSign }: { document: DocumentView; onSign: (document: DocumentView) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      {document.mySignatureDue ? (
        <Button
          size="compact-sm"
          onClick={() => onSign(document)}
          aria-label={t('documents.signOf', { title: document.title })}
          style={{ minWidth: 'max-content' }}
        >
          {t('documents.sign')}
        </Button>
      ) : null}
      <Anchor href={documentPdfUrl(document.id)} target="_blank" rel="noopener" size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t('documents.openPdf')}
      </Anchor>
      <Anchor href={document.verificationUrl} target="_blank" rel="noopener" size="sm">
        {t('documents.verificationLink')}
      </Anchor>
    </Stack>
  );
}

function useColumns(onSign: (document: DocumentView) => void): Column<DocumentView>[] {
  const { t } = useTranslation();
  return [
    { key: 'title', header: t('documents.columns.document'), rowHeader: true, render: (d) => <TitleCell document={d} /> },
    {
      key: 'date',
      header: t('documents.columns.date'),
      render: (d) => <span style={{ whiteSpace: 'nowrap' }}>{formatLongDate(d.date, currentLocale())}</span>,
    },
    {
      key: 'status',
      header: t('documents.columns.status'),
      render: (d) => (
        <Badge color={STATUS_COLOR[d.status]} variant="light" style={{ textTransform: 'none', minWidth: 'max-content' }}>
          {t(`documents.status.${d.status}`)}
        </Badge>
      ),
    },
    { key: 'signers', header: t('documents.columns.signers'), render: (d) => <SignersCell document={d} /> },
    { key: 'actions', header: t('common.actions'), render: (d) => <ActionsCell document={d} onSign={onSign} /> },
  ];
}

/** "Naskah saya": documents I created or must sign, with signing progress and the sign action when it is my turn. */
export function DocumentList() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: documentKeys.list, queryFn: fetchDocuments });
  const [signing, setSigning] = useState<DocumentView | null>(null);
  const columns = useColumns(setSigning);
  const due = query.data?.items.filter((document) => document.mySignatureDue).length ?? 0;
  const certificate = query.data?.myCertificate;
  return (
    <Stack>
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {due > 0 ? (
        <Alert color="orange" variant="light" data-testid="documents-due">
          {t('documents.dueCount', { count: due })}
        </Alert>
      ) : null}
      {certificate && certificate.status !== 'valid' ? (
        <Alert color={certificate.status === 'expiring' ? 'yellow' : 'red'} variant="light" data-testid="my-certificate">
          {t(`documents.myCertificate.${certificate.status}`, {
            days: certificate.daysLeft,
            date: formatLongDate(certificate.notAfter.slice(0, 10), currentLocale()),
          })}
        </Alert>
      ) : null}
      {query.data ? (
        <SimpleTable
          caption={t('documents.caption')}
          columns={columns}
          rows={query.data.items}
          rowKey={(document) => document.id}
          emptyText={t('documents.empty')}
          testId="documents-table"
        />
      ) : null}
      <Modal opened={signing !== null} onClose={() => setSigning(null)} title={t('documents.signTitle')} size="lg">
        {signing ? (
          <SignDocumentForm
            document={signing}
            needsPassphrase={query.data?.signingProvider === 'bsre'}
            onDone={() => setSigning(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
