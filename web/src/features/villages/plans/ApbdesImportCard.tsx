import { Card, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { useSession } from '../../../app/session.tsx';
import { XlsxUploadForm } from '../../esakip/xlsx/XlsxUploadForm.tsx';
import { plansKeys, rupiah, uploadBudgetFile } from './plans.api.ts';

/** Checks (dry run) then imports a Siskeudes APBDes workbook for the desa-year, at the APBDes version shown. */
export function ApbdesImportCard({ regionId, year, version }: { regionId: string; year: number; version: number | null }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const client = useQueryClient();
  return (
    <Card withBorder data-testid="apbdes-import">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('villagesPlans.apbdes.importTitle')}
        </Title>
        <Text size="sm">{t('villagesPlans.apbdes.importIntro')}</Text>
        <XlsxUploadForm
          key={`${regionId}/${year}`}
          fileLabel={t('villagesPlans.apbdes.file')}
          send={(file, options) => uploadBudgetFile(regionId, year, file, { ...options, version })}
          csrfToken={session?.csrfToken ?? ''}
          describe={(answer) =>
            t('villagesPlans.apbdes.counts', { ...answer.counts, belanja: rupiah(answer.totals.belanja, currentLocale()) })
          }
          onApplied={() => void client.invalidateQueries({ queryKey: plansKeys.all })}
        />
      </Stack>
    </Card>
  );
}
