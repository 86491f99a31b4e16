import { Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../../../src/modules/identity/identity.contract.ts';
import { SESSION_KEY } from '../../../app/session.tsx';
import { agreementKeys } from '../agreements/agreements.api.ts';
import { XlsxUploadForm } from './XlsxUploadForm.tsx';
import { agreementXlsxUrl, uploadXlsxTo } from './xlsx-upload.ts';

/**
 * Export and import of one Perjanjian Kinerja as XLSX (sheets Sasaran and Anggaran): a download link, and while the
 * PK is a draft (`editable`) a file field, a dry-run check and the import, with upload progress and per-row problems.
 * A successful import refreshes the PK screens.
 */
export function AgreementXlsxButtons({ agreementId, editable }: { agreementId: string; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The session as the SessionProvider caches it (read from the cache so the PK screens render without the provider).
  const session = queryClient.getQueryData<SessionView | null>(SESSION_KEY);
  const url = agreementXlsxUrl(agreementId);
  return (
    <Stack gap="sm" data-testid="agreement-xlsx">
      <Group align="flex-end" wrap="wrap">
        <Button component="a" href={url} download variant="default">
          {t('esakipPkXlsx.download')}
        </Button>
      </Group>
      {editable ? (
        <XlsxUploadForm
          fileLabel={t('esakipPkXlsx.file')}
          send={(file, options) => uploadXlsxTo(url, file, options)}
          csrfToken={session?.csrfToken ?? ''}
          describe={(answer) => t('esakipXlsx.counts', { ...answer.counts })}
          onApplied={() => void queryClient.invalidateQueries({ queryKey: agreementKeys.all })}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('esakipPkXlsx.draftOnly')}
        </Text>
      )}
    </Stack>
  );
}
