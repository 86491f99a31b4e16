import { Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session.tsx';
import { esakipKeys, fetchOpds, type PeriodView } from '../esakip.api.ts';
import { XlsxUploadForm } from './XlsxUploadForm.tsx';
import { uploadXlsx, type XlsxKind, type XlsxTarget, xlsxUrl } from './xlsx-upload.ts';

const KINDS: readonly XlsxKind[] = ['rpjmd', 'renstra', 'realisasi'];

/** Chooses the file (RPJMD, an OPD's Renstra or realisasi of a year) the card exports and imports. */
function useTarget(period: PeriodView) {
  const [kind, setKind] = useState<XlsxKind>('rpjmd');
  const [unitId, setUnitId] = useState('');
  const [year, setYear] = useState(period.startYear);
  const target: XlsxTarget = { kind, periodId: period.id, unitId, year };
  const ready = kind === 'rpjmd' || unitId !== '';
  return { target, ready, setKind, setUnitId, setYear };
}

/** e-SAKIP XLSX card: download a plan or realisasi file, check it (dry run) and import it, with upload progress. */
export function XlsxPanel({ period }: { period: PeriodView }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const { target, ready, setKind, setUnitId, setYear } = useTarget(period);
  const opds = useQuery({ queryKey: esakipKeys.units, queryFn: fetchOpds, enabled: target.kind !== 'rpjmd' });
  const years = Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => String(period.startYear + i));
  return (
    <Card withBorder data-testid="xlsx-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('esakipXlsx.title')}
        </Title>
        <Text size="sm">{t('esakipXlsx.intro')}</Text>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('esakipXlsx.kind')}
            data={KINDS.map((k) => ({ value: k, label: t(`esakipXlsx.kinds.${k}`) }))}
            value={target.kind}
            onChange={(e) => setKind(e.currentTarget.value as XlsxKind)}
          />
          {target.kind === 'rpjmd' ? null : (
            <NativeSelect
              label={t('esakipXlsx.unit')}
              data={[
                { value: '', label: t('esakipXlsx.unitPlaceholder') },
                ...(opds.data ?? []).map((u) => ({ value: u.id, label: u.name })),
              ]}
              value={target.unitId}
              onChange={(e) => setUnitId(e.currentTarget.value)}
            />
          )}
          {target.kind === 'realisasi' ? (
            <NativeSelect
              label={t('esakipXlsx.year')}
              data={years}
              value={String(target.year)}
              onChange={(e) => setYear(Number(e.currentTarget.value))}
            />
          ) : null}
          <Button component="a" href={ready ? xlsxUrl(target) : undefined} download variant="default" disabled={!ready}>
            {t('esakipXlsx.download')}
          </Button>
        </Group>
        {/* A new file target starts a new form (no check result of another file carries over). */}
        <XlsxUploadForm
          key={xlsxUrl(target)}
          fileLabel={t('esakipXlsx.file')}
          send={(file, options) => uploadXlsx(target, file, options)}
          csrfToken={session?.csrfToken ?? ''}
          describe={(answer) => t('esakipXlsx.counts', { ...answer.counts })}
          onApplied={() => void queryClient.invalidateQueries({ queryKey: esakipKeys.all })}
          ready={ready}
        />
      </Stack>
    </Card>
  );
}
