import { Alert, Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import uiClasses from '../../ui/ui.module.css';
import { StatusBanner, VerificationRecord } from './VerificationResult.tsx';
import { checkPdf, type UploadCheckView, type UploadOutcome } from './verification.api.ts';
import { formatWib } from './verification-format.ts';
import { WaitNotice } from './WaitNotice.tsx';

/** Colour of each upload outcome: green only when the file is exactly Pamong's archived copy. */
export const OUTCOME_COLOR: Record<UploadOutcome, string> = {
  matches_record: 'green',
  earlier_revision: 'blue',
  changed: 'red',
  unknown_document: 'gray',
  foreign_signature: 'orange',
  unsigned: 'yellow',
  not_pdf: 'gray',
  encrypted: 'gray',
};

function YesNo({ value, yes, no, noColor = 'red' }: { value: boolean; yes: string; no: string; noColor?: string }) {
  return (
    <Badge color={value ? 'green' : noColor} variant="light" style={{ textTransform: 'none' }}>
      {value ? yes : no}
    </Badge>
  );
}

/** One row per signature found in the uploaded file. */
function SignatureRows({ signatures }: { signatures: UploadCheckView['signatures'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (signatures.length === 0) return null;
  return (
    <Table data-testid="upload-signatures" verticalSpacing="sm" captionSide="top">
      <Table.Caption style={{ textAlign: 'left' }}>{t('verification.upload.signaturesCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('verification.signer')}</Table.Th>
          <Table.Th scope="col">{t('verification.upload.checks')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {signatures.map((signature, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: signatures have no id; their order in the file is their identity
          <Table.Tr key={index}>
            <Table.Th scope="row" fw="normal" style={{ verticalAlign: 'top' }}>
              <Text fw={600}>{signature.signer}</Text>
              {signature.signedAt ? (
                <Text size="sm" c="dimmed">
                  {formatWib(signature.signedAt, locale)}
                </Text>
              ) : null}
            </Table.Th>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <YesNo
                  value={signature.validSignature}
                  yes={t('verification.upload.intact')}
                  no={t('verification.upload.broken')}
                />
                <YesNo value={signature.trusted} yes={t('verification.upload.trusted')} no={t('verification.upload.untrusted')} />
                <YesNo
                  value={signature.coversWholeDocument}
                  yes={t('verification.upload.wholeFile')}
                  no={t('verification.upload.partOfFile')}
                  // An earlier signer's signature never covers the signatures added after it: normal, not an alarm.
                  noColor="gray"
                />
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The verdict on an uploaded file in plain words (the part a screen reader announces). */
export function UploadVerdict({ result }: { result: UploadCheckView }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={OUTCOME_COLOR[result.outcome]}
      variant="light"
      title={t(`verification.outcome.${result.outcome}.title`)}
      data-testid="upload-outcome"
      data-outcome={result.outcome}
    >
      {t(`verification.outcome.${result.outcome}.detail`)}
    </Alert>
  );
}

/** "Periksa berkas PDF": compares a PDF the visitor holds with Pamong's archived copy. */
export function UploadCheck({ code }: { code?: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({ mutationFn: (chosen: File) => checkPdf(chosen, code) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) check.mutate(file);
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby={`${inputId}-title`}>
      <form onSubmit={submit}>
        <Stack>
          <Title order={2} size="h3" id={`${inputId}-title`}>
            {t('verification.upload.title')}
          </Title>
          <Text size="sm">{code ? t('verification.upload.introWithCode') : t('verification.upload.intro')}</Text>
          <div>
            <Text component="label" htmlFor={inputId} fw={500} size="sm" display="block" mb={4}>
              {t('verification.upload.file')}
            </Text>
            <input
              id={inputId}
              className={uiClasses.fileInput}
              type="file"
              accept="application/pdf,.pdf"
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                check.reset();
              }}
            />
          </div>
          <Button type="submit" disabled={!file} loading={check.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('verification.upload.submit')}
          </Button>
          <div role="status" aria-live="polite">
            {check.data ? <UploadVerdict result={check.data} /> : null}
          </div>
          {check.data ? <SignatureRows signatures={check.data.signatures} /> : null}
          {/* The page above already shows the record of its own code; repeat it only for another document. */}
          {check.data?.record && check.data.code !== code ? (
            <>
              <Text fw={500}>{t('verification.upload.recordTitle')}</Text>
              <StatusBanner status={check.data.record.status} regency={check.data.record.regency} level={3} />
              <VerificationRecord view={check.data.record} level={3} />
            </>
          ) : null}
          {check.error ? <WaitNotice error={check.error} fallback={<ErrorAlert error={check.error} />} /> : null}
        </Stack>
      </form>
    </Paper>
  );
}
