import { Alert, Box, Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../app/api.ts';
import { currentLocale } from '../../app/i18n/index.ts';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SkipLink } from '../../ui/SkipLink.tsx';
import { UploadCheck } from './UploadCheck.tsx';
import { StatusBanner, VerificationRecord } from './VerificationResult.tsx';
import { fetchVerification, verificationKey } from './verification.api.ts';
import { formatWib } from './verification-format.ts';
import { WaitNotice } from './WaitNotice.tsx';

function UnknownCode() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" title={t('verification.unknownTitle')} data-testid="verification-unknown">
      {t('verification.unknownBody')}
    </Alert>
  );
}

/** The check of a code from a QR: the live status region first, then the record. */
function CodeCheck({ code }: { code: string }) {
  const { t } = useTranslation();
  // SECURITY: the server decides validity on every visit; the page shows its answer and keeps nothing.
  const query = useQuery({ queryKey: verificationKey(code), queryFn: () => fetchVerification(code), retry: false });
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return (
    <Stack gap="lg">
      <div role="status" aria-live="polite" aria-atomic="true">
        {query.isPending ? (
          <Group gap="sm" py="md">
            <Loader size="sm" aria-hidden="true" />
            <Text>{t('verification.checking')}</Text>
          </Group>
        ) : null}
        {query.data ? <StatusBanner status={query.data.status} regency={query.data.regency} /> : null}
        {notFound ? <UnknownCode /> : null}
      </div>
      {query.error && !notFound ? <WaitNotice error={query.error} fallback={<ErrorAlert error={query.error} />} /> : null}
      {query.data ? (
        <>
          <VerificationRecord view={query.data} />
          <Text size="sm" c="dimmed">
            {t('verification.checkedAt', { time: formatWib(query.data.checkedAt, currentLocale()) })}
          </Text>
        </>
      ) : null}
    </Stack>
  );
}

/**
 * `/verifikasi/:code` and `/verifikasi`: the public page a QR code on a signed naskah leads to. No login;
 * it shows whether the document is valid and lets anyone compare a PDF they hold with Pamong's archive.
 */
export function VerificationPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const trimmed = code?.trim().toUpperCase() || undefined;

  useEffect(() => {
    document.title = `${t('verification.pageTitle')} · Pamong`;
  }, [t]);

  return (
    <Box mih="100vh" bg="gray.0">
      <SkipLink target="main-content" label={t('shell.skipToContent')} />
      <Group component="header" justify="space-between" px="md" py="sm" bg="white" wrap="nowrap">
        <Text fw={800} fz="xl" c="teal.8">
          Pamong
        </Text>
        <LanguageSwitch />
      </Group>
      <Container component="main" id="main-content" tabIndex={-1} size="sm" px={{ base: 'sm', sm: 'md' }} py="lg">
        <Stack gap="lg">
          <div>
            <Title order={1} size="h2">
              {t('verification.pageTitle')}
            </Title>
            <Text c="dimmed" size="sm">
              {trimmed ? t('verification.codeLabel', { code: trimmed }) : t('verification.noCodeIntro')}
            </Text>
          </div>
          {trimmed ? <CodeCheck code={trimmed} /> : null}
          <UploadCheck code={trimmed} />
          <Text size="xs" c="dimmed" ta="center">
            {t('verification.footer')}
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
