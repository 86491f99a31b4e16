import { Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { fetchSchemes, numberingKeys } from './numbering.api.ts';
import { OutagePanel } from './OutagePanel.tsx';
import { RegisterPanel } from './RegisterPanel.tsx';
import { SchemesPanel } from './SchemesPanel.tsx';

const TABS = ['skema', 'register', 'darurat'] as const;
type NumberingTab = (typeof TABS)[number];

/** `/admin/penomoran` (numbering.manage): schemes with live preview, the register, insertions and outage numbers. */
export function NumberingPage() {
  const { t } = useTranslation();
  const schemes = useQuery({ queryKey: numberingKeys.schemes, queryFn: fetchSchemes });
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: NumberingTab = TABS.includes(requested as NumberingTab) ? (requested as NumberingTab) : 'skema';
  return (
    <>
      <PageHeader title={t('numberingAdmin.title')} description={t('numberingAdmin.description')} />
      <ErrorAlert error={schemes.error} />
      {schemes.isPending ? <PageLoader /> : null}
      {schemes.data ? (
        <Tabs value={tab} onChange={(value) => setParams({ tab: value ?? 'skema' }, { replace: true })} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="skema">{t('numberingAdmin.tabs.schemes')}</Tabs.Tab>
            <Tabs.Tab value="register">{t('numberingAdmin.tabs.register')}</Tabs.Tab>
            <Tabs.Tab value="darurat">{t('numberingAdmin.tabs.outage')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="skema">
            <SchemesPanel schemes={schemes.data} />
          </Tabs.Panel>
          <Tabs.Panel value="register">
            <RegisterPanel schemes={schemes.data} />
          </Tabs.Panel>
          <Tabs.Panel value="darurat">
            <OutagePanel schemes={schemes.data} />
          </Tabs.Panel>
        </Tabs>
      ) : null}
    </>
  );
}
