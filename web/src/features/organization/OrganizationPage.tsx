import { Button, Group, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useRequiredSession } from '../../app/session.tsx';
import { hasPermission } from '../../app/session-types.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EmployeesTab } from './EmployeesTab.tsx';
import { ImportTab } from './ImportTab.tsx';
import { OrgChartTab } from './OrgChartTab.tsx';
import { ORG_EXPORT_URL } from './org.api.ts';

const TABS = ['bagan', 'tabel', 'impor'] as const;
type OrgTab = (typeof TABS)[number];

/** `/organisasi`: chart, employee table, import (managers only) and export. */
export function OrganizationPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const canManage = hasPermission(session, 'organization.manage');
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as OrgTab | null;
  const tab: OrgTab = requested && TABS.includes(requested) && (requested !== 'impor' || canManage) ? requested : 'bagan';

  return (
    <>
      <PageHeader
        title={t('org.title')}
        description={t('org.description')}
        actions={
          <Group>
            <Button component="a" href={ORG_EXPORT_URL} download variant="default" size="xs">
              {t('org.export')}
            </Button>
          </Group>
        }
      />
      <Tabs value={tab} onChange={(value) => setParams({ tab: value ?? 'bagan' }, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="bagan">{t('org.tabs.chart')}</Tabs.Tab>
          <Tabs.Tab value="tabel">{t('org.tabs.table')}</Tabs.Tab>
          {canManage ? <Tabs.Tab value="impor">{t('org.tabs.import')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="bagan">
          <OrgChartTab />
        </Tabs.Panel>
        <Tabs.Panel value="tabel">
          <EmployeesTab />
        </Tabs.Panel>
        {canManage ? (
          <Tabs.Panel value="impor">
            <ImportTab />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
