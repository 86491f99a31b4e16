import { Button, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../app/session.tsx';
import { hasPermission } from '../../app/session-types.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { EvaluationPanel } from './evaluation/EvaluationPanel.tsx';
import { IdmPanel } from './idm/IdmPanel.tsx';

/** `/sakip-desa`: Sakip Desa: IDM per desa with the simulator, village evaluation and ranking; the desa report link. */
export function VillagesPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'idm';
  // Desa operators report their quarterly realisasi on their own (phone-first) page.
  const report = hasPermission(session, 'villages.report.submit') ? (
    <Button component={Link} to="/sakip-desa/laporan" size="md">
      {t('villagesDesa.tab')}
    </Button>
  ) : null;
  return (
    <>
      <PageHeader title={t('villagesIdm.title')} description={t('villagesIdm.description')} actions={report} />
      {hasPermission(session, 'performance.plan.read') ? (
        <Tabs value={tab} onChange={(value) => setParams({ tab: value ?? 'idm' }, { replace: true })} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="idm">{t('villagesEvaluation.tabIdm')}</Tabs.Tab>
            <Tabs.Tab value="evaluasi">{t('villagesEvaluation.tab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="idm">
            <IdmPanel />
          </Tabs.Panel>
          <Tabs.Panel value="evaluasi">
            <EvaluationPanel />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <IdmPanel />
      )}
    </>
  );
}
