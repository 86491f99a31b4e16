import { Loader, NativeSelect, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../app/session.tsx';
import { hasPermission } from '../../../app/session-types.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { rememberDesa, useDesaChoice } from '../desa/use-desa-choice.ts';
import { ApbdesSection } from './ApbdesSection.tsx';
import { RkpSection } from './RkpSection.tsx';
import { RpjmSection } from './RpjmSection.tsx';

const TABS = ['rpjm', 'rkp', 'apbdes'] as const;

/**
 * `/sakip-desa/perencanaan`: a desa's RPJM Desa, RKP Desa and APBDes. The desa's operator / kepala desa edit their
 * own desa; DPMD, the kecamatan and regency readers pick a desa and read. Works at 390 px.
 */
export function VillagePlansPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('tahun')) || thisYear;
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'rpjm';
  const choice = useDesaChoice(year, params.get('desa'));
  const desa = choice.current;
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  // The server decides per desa (own desa only); the web only hides edit buttons from people who cannot edit at all.
  const canEdit = hasPermission(session, 'villages.report.submit');
  return (
    <>
      <PageHeader title={t('villagesPlans.title')} description={t('villagesPlans.description')} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            size="md"
            label={t('villagesPlans.year')}
            data={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map(String)}
            value={String(year)}
            onChange={(e) => setParam('tahun', e.currentTarget.value)}
          />
          {choice.options.length > 1 ? (
            <NativeSelect
              size="md"
              label={t('villagesPlans.desa')}
              data={choice.options.map((d) => ({
                value: d.id,
                label: d.kecamatanName ? `${d.name} (${d.kecamatanName})` : d.name,
              }))}
              value={desa?.id ?? ''}
              onChange={(e) => {
                const picked = choice.options.find((d) => d.id === e.currentTarget.value);
                if (picked) rememberDesa(picked);
                setParam('desa', e.currentTarget.value);
              }}
            />
          ) : null}
        </SimpleGrid>
        {choice.loading ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
        {!choice.loading && !desa ? (
          choice.error ? (
            <ErrorAlert error={choice.error} />
          ) : (
            <Text c="dimmed">{t('villagesPlans.noDesa')}</Text>
          )
        ) : null}
        {desa ? (
          <Tabs value={tab} onChange={(value) => setParam('tab', value ?? 'rpjm')} keepMounted={false}>
            <Tabs.List mb="md">
              {TABS.map((key) => (
                <Tabs.Tab key={key} value={key}>
                  {t(`villagesPlans.tabs.${key}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="rpjm">
              <RpjmSection regionId={desa.id} year={year} canEdit={canEdit} />
            </Tabs.Panel>
            <Tabs.Panel value="rkp">
              <RkpSection regionId={desa.id} year={year} canEdit={canEdit} />
            </Tabs.Panel>
            <Tabs.Panel value="apbdes">
              <ApbdesSection regionId={desa.id} year={year} canEdit={canEdit} />
            </Tabs.Panel>
          </Tabs>
        ) : null}
      </Stack>
    </>
  );
}
