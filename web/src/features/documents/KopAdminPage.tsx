import { Alert, List, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { CertificatesPanel, useCertificates } from './CertificatesPanel.tsx';
import { KopEditor } from './KopEditor.tsx';
import { UnitKopPanel } from './UnitKopPanel.tsx';

const TABS = ['kop', 'unit', 'sertifikat'] as const;
type KopTab = (typeof TABS)[number];

/** Lists certificates that expire within 30 days, on every tab, so the admin sees them first. */
function ExpiringAlert() {
  const { t } = useTranslation();
  const query = useCertificates();
  const expiring = query.data?.items.filter((c) => c.status === 'expiring') ?? [];
  if (expiring.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('kop.cert.expiringTitle', { count: expiring.length })}
      mb="md"
      data-testid="expiring-alert"
    >
      <List size="sm">
        {expiring.map((c) => (
          <List.Item key={c.id}>{t('kop.cert.expiringItem', { subject: c.subject, count: c.daysLeft })}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** `/admin/naskah` (documents.manage): the regency kop, units' own kop, and signer certificates. */
export function KopAdminPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: KopTab = TABS.includes(requested as KopTab) ? (requested as KopTab) : 'kop';
  return (
    <>
      <PageHeader title={t('kop.title')} description={t('kop.description')} />
      <ExpiringAlert />
      <Tabs value={tab} onChange={(value) => setParams({ tab: value ?? 'kop' }, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="kop">{t('kop.tabs.kop')}</Tabs.Tab>
          <Tabs.Tab value="unit">{t('kop.tabs.unit')}</Tabs.Tab>
          <Tabs.Tab value="sertifikat">{t('kop.tabs.certificates')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="kop">
          <KopEditor unitId={null} />
        </Tabs.Panel>
        <Tabs.Panel value="unit">
          <UnitKopPanel />
        </Tabs.Panel>
        <Tabs.Panel value="sertifikat">
          <CertificatesPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
