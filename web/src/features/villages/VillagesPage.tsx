import { Button, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../app/session.tsx';
import { hasPermission } from '../../app/session-types.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { DpmdPanel } from './dpmd/DpmdPanel.tsx';
import { EvaluationPanel } from './evaluation/EvaluationPanel.tsx';
import { IdmPanel } from './idm/IdmPanel.tsx';
import { VerificationPanel } from './verification/VerificationPanel.tsx';

/** `/sakip-desa`: Sakip Desa: IDM per desa with the simulator, village evaluation and ranking; the desa report link. */
export function VillagesPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'idm';
  // Kecamatan reviewers and DPMD verify realisasi; DPMD also sets the mandatory results and targets.
  const isDpmd = hasPermission(session, 'villages.idm.manage');
  const canVerify = isDpmd || hasPermission(session, 'villages.report.review');
  // Desa operators report their quarterly realisasi on their own (phone-first) page.
  const report = hasPermission(session, 'villages.report.submit') ? (
    <Button component={Link} to="/sakip-desa/laporan" size="md">
      {t('villagesDesa.tab')}
    </Button>
  ) : null;
  // The PK Kepala Desa: the desa makes and signs it, the camat countersigns (and regency readers read it).
  const agreement = (
    <Button component={Link} to="/sakip-desa/pk" size="md" variant="default">
      {t('villagesPk.link')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('villagesIdm.title')}
        description={t('villagesIdm.description')}
        actions={
          <>
            {report}
            {agreement}
            <Button component={Link} to="/sakip-desa/perencanaan" size="md" variant="default">
              {t('villagesPlans.link')}
            </Button>
          </>
        }
      />
      {hasPermission(session, 'performance.plan.read') ? (
        <Tabs value={tab} onChange={(value) => setParams({ tab: value ?? 'idm' }, { replace: true })} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="idm">{t('villagesEvaluation.tabIdm')}</Tabs.Tab>
            <Tabs.Tab value="evaluasi">{t('villagesEvaluation.tab')}</Tabs.Tab>
            {canVerify ? <Tabs.Tab value="verifikasi">{t('villagesVerification.tab')}</Tabs.Tab> : null}
            {isDpmd ? <Tabs.Tab value="hasil-wajib">{t('villagesDpmd.tab')}</Tabs.Tab> : null}
          </Tabs.List>
          <Tabs.Panel value="idm">
            <IdmPanel />
          </Tabs.Panel>
          <Tabs.Panel value="evaluasi">
            <EvaluationPanel />
          </Tabs.Panel>
          {canVerify ? (
            <Tabs.Panel value="verifikasi">
              <VerificationPanel />
            </Tabs.Panel>
          ) : null}
          {isDpmd ? (
            <Tabs.Panel value="hasil-wajib">
              <DpmdPanel />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      ) : (
        <IdmPanel />
      )}
    </>
  );
}
