import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session.tsx';
import { XlsxUploadForm } from '../../esakip/xlsx/XlsxUploadForm.tsx';
import { idmExportUrl, uploadIdmFile, villagesKeys } from '../villages.api.ts';

/** Download the year's IDM workbook; for IDM managers also check (dry run) and import one, with upload progress. */
export function IdmXlsxCard({ year, canManage }: { year: number; canManage: boolean }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const queryClient = useQueryClient();
  return (
    <Card withBorder data-testid="idm-xlsx">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('villagesIdm.xlsx.title')}
        </Title>
        <Text size="sm">{t('villagesIdm.xlsx.intro')}</Text>
        <Group>
          <Button component="a" href={idmExportUrl(year)} download variant="default">
            {t('villagesIdm.xlsx.download', { year })}
          </Button>
        </Group>
        {canManage ? (
          <XlsxUploadForm
            key={year}
            fileLabel={t('villagesIdm.xlsx.file')}
            send={(file, options) => uploadIdmFile(year, file, options)}
            csrfToken={session?.csrfToken ?? ''}
            describe={(answer) => t('villagesIdm.xlsx.counts', { ...answer.counts })}
            onApplied={() => void queryClient.invalidateQueries({ queryKey: villagesKeys.all })}
          />
        ) : null}
      </Stack>
    </Card>
  );
}
