import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { esakipKeys, fetchOpds, type PeriodView } from '../esakip.api.ts';
import { AgreementDetail } from './AgreementDetail.tsx';
import { AgreementList } from './AgreementList.tsx';
import { agreementKeys, fetchAgreements } from './agreements.api.ts';
import { CreateAgreementDialog } from './CreateAgreementDialog.tsx';
import { useMayPrepare } from './use-may-prepare.ts';

/** This year in Asia/Jakarta. */
const thisYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));

/** The years a PK can be made for: every year of every RPJMD period, and this year, newest first. */
export function agreementYears(periods: readonly Pick<PeriodView, 'startYear' | 'endYear'>[], current: number): number[] {
  const years = new Set([current]);
  for (const p of periods) for (let y = p.startYear; y <= p.endYear; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}

/** The "Perjanjian Kinerja" tab: PKs by year and OPD, a new draft, and one PK opened in full. */
export function AgreementsPanel({ periods }: { periods: readonly PeriodView[] }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear);
  const [unitId, setUnitId] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const mayPrepare = useMayPrepare();
  const opds = useQuery({ queryKey: esakipKeys.units, queryFn: fetchOpds });
  const years = agreementYears(periods, thisYear());
  const list = useQuery({ queryKey: agreementKeys.list(year, unitId), queryFn: () => fetchAgreements(year, unitId) });
  if (openId)
    return (
      <Stack gap="sm">
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setOpenId(null)}>
            ← {t('esakipPk.backToList')}
          </Button>
        </Group>
        <AgreementDetail agreementId={openId} onOpen={setOpenId} onDeleted={() => setOpenId(null)} />
      </Stack>
    );
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('esakipPk.intro')}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('esakipPk.year')}
          data={years.map(String)}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
          w={120}
        />
        <NativeSelect
          label={t('esakipPk.unit')}
          data={[{ value: '', label: t('esakipPk.allUnits') }, ...(opds.data ?? []).map((u) => ({ value: u.id, label: u.name }))]}
          value={unitId}
          onChange={(e) => setUnitId(e.currentTarget.value)}
          style={{ flex: '1 1 220px' }}
          maw={420}
        />
        {mayPrepare ? <Button onClick={() => setCreating(true)}>{t('esakipPk.create')}</Button> : null}
      </Group>
      <ErrorAlert error={list.error ?? opds.error} />
      <AgreementList year={year} items={list.data ?? []} loading={list.isPending} onOpen={setOpenId} />
      {creating ? (
        <CreateAgreementDialog
          year={year}
          years={years}
          unitId={unitId || (opds.data?.[0]?.id ?? '')}
          opds={opds.data ?? []}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setOpenId(id);
          }}
        />
      ) : null}
    </Stack>
  );
}
