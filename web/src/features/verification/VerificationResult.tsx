import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import type { VerificationStatus, VerificationView } from './verification.api.ts';
import { formatLongDate, formatWib } from './verification-format.ts';

/** Mantine colour of each document status: green valid, red changed, orange revoked, grey unsigned. */
export const STATUS_COLOR: Record<VerificationStatus, string> = {
  valid: 'green',
  changed: 'red',
  revoked: 'orange',
  unsigned: 'gray',
};

const STATUS_MARK: Record<VerificationStatus, string> = { valid: '✓', changed: '✕', revoked: '⚠', unsigned: '○' };

/** The big status banner; its heading text is what the page announces (role=status lives around it). */
export function StatusBanner({ status, regency, level = 2 }: { status: VerificationStatus; regency: string; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const color = STATUS_COLOR[status];
  return (
    <Paper
      p="lg"
      radius="md"
      withBorder
      bg={status === 'unsigned' ? 'white' : `${color}.0`}
      style={{ borderLeft: `8px solid var(--mantine-color-${color}-8)` }}
      data-testid="verification-status"
      data-status={status}
    >
      <Stack gap={6}>
        <Title order={level} c={`${color}.9`} fz={level === 2 ? { base: 24, sm: 30 } : 20} lh={1.25}>
          <span aria-hidden="true">{STATUS_MARK[status]} </span>
          {t(`verification.status.${status}.title`)}
        </Title>
        <Text>{t(`verification.status.${status}.detail`)}</Text>
        <Text size="sm" c="dimmed">
          {t('verification.issuedBy', { regency })}
        </Text>
      </Stack>
    </Paper>
  );
}

function DetailRow({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="38%" fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
    </Table.Tr>
  );
}

/** Number, date, subject and page count of the document. */
export function DocumentDetails({ document, level }: { document: NonNullable<VerificationView['document']>; level: 2 | 3 }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={level} size="h3" id={headingId} mb="xs">
        {t('verification.detailsTitle')}
      </Title>
      <Table withRowBorders={false} verticalSpacing={6} data-testid="verification-details">
        <Table.Tbody>
          <DetailRow label={t('verification.documentTitle')} value={document.title} />
          <DetailRow label={t('verification.number')} value={document.number ?? t('verification.noNumber')} />
          <DetailRow label={t('verification.date')} value={formatLongDate(document.date, locale)} />
          <DetailRow label={t('verification.subject')} value={document.subject} />
          {document.pageCount !== null ? (
            <DetailRow label={t('verification.pageCount')} value={t('verification.pages', { count: document.pageCount })} />
          ) : null}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** Who signed, with jabatan and signing time in WIB (two columns, so it fits a phone). */
export function SignerTable({ signers, level }: { signers: VerificationView['signers']; level: 2 | 3 }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={level} size="h3" id={headingId} mb="xs">
        {t('verification.signersTitle')}
      </Title>
      {signers.length === 0 ? (
        <Text c="dimmed">{t('verification.noSigners')}</Text>
      ) : (
        <Table data-testid="verification-signers" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('verification.signer')}</Table.Th>
              <Table.Th scope="col">{t('verification.signedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {signers.map((signer) => (
              <Table.Tr key={`${signer.name}-${signer.signedAt}`}>
                <Table.Th scope="row" fw="normal" style={{ verticalAlign: 'top' }}>
                  <Text fw={600}>{signer.name}</Text>
                  <Text size="sm" c="dimmed">
                    {signer.jabatan}
                  </Text>
                </Table.Th>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <time dateTime={signer.signedAt}>{formatWib(signer.signedAt, locale)}</time>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

/**
 * Everything the record tells: the details and signers, or only existence and status for a restricted document.
 * `level` is the heading level of its sections (3 when it sits inside the upload box).
 */
export function VerificationRecord({ view, level = 2 }: { view: VerificationView; level?: 2 | 3 }) {
  const { t } = useTranslation();
  if (view.restricted || !view.document) {
    return (
      <Alert color="gray" variant="light" title={t('verification.restrictedTitle')} data-testid="verification-restricted">
        {t('verification.restrictedBody')}
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      <DocumentDetails document={view.document} level={level} />
      <SignerTable signers={view.signers} level={level} />
    </Stack>
  );
}
