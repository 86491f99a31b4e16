import { Button, Group, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useRequiredSession } from '../../app/session.tsx';
import { hasPermission } from '../../app/session-types.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { AuditPanel } from './AuditPanel.tsx';
import { DeadJobsPanel } from './DeadJobsPanel.tsx';
import { UsersPanel } from './UsersPanel.tsx';

type AdminTab = 'pengguna' | 'audit' | 'pekerjaan';

/** `/admin`: users (identity.user.manage), the audit trail (audit.read) and failed jobs (jobs.read). */
export function AdminPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const allowed: Record<AdminTab, boolean> = {
    pengguna: hasPermission(session, 'identity.user.manage'),
    audit: hasPermission(session, 'audit.read'),
    pekerjaan: hasPermission(session, 'jobs.read'),
  };
  const canRetry = hasPermission(session, 'jobs.manage');
  const [params, setParams] = useSearchParams();
  const fallback = allowed.pengguna ? 'pengguna' : allowed.audit ? 'audit' : 'pekerjaan';
  const requested = params.get('tab');
  const tab = requested && Object.hasOwn(allowed, requested) && allowed[requested as AdminTab] ? requested : fallback;

  return (
    <>
      <PageHeader
        title={t('admin.title')}
        description={t('admin.description')}
        actions={
          <Group gap="xs">
            {hasPermission(session, 'documents.manage') ? (
              <Button component={Link} to="/admin/naskah" variant="default">
                {t('kop.title')}
              </Button>
            ) : null}
            {hasPermission(session, 'regulation.manage') ? (
              <Button component={Link} to="/admin/regulasi" variant="default">
                {t('regulationAdmin.title')}
              </Button>
            ) : null}
            {hasPermission(session, 'numbering.manage') ? (
              <Button component={Link} to="/admin/penomoran" variant="default">
                {t('numberingAdmin.title')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <Tabs value={tab} onChange={(value) => setParams({ tab: value ?? fallback }, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {allowed.pengguna ? <Tabs.Tab value="pengguna">{t('admin.tabs.users')}</Tabs.Tab> : null}
          {allowed.audit ? <Tabs.Tab value="audit">{t('admin.tabs.audit')}</Tabs.Tab> : null}
          {allowed.pekerjaan ? <Tabs.Tab value="pekerjaan">{t('admin.tabs.jobs')}</Tabs.Tab> : null}
        </Tabs.List>
        {allowed.pengguna ? (
          <Tabs.Panel value="pengguna">
            <UsersPanel />
          </Tabs.Panel>
        ) : null}
        {allowed.audit ? (
          <Tabs.Panel value="audit">
            <AuditPanel />
          </Tabs.Panel>
        ) : null}
        {allowed.pekerjaan ? (
          <Tabs.Panel value="pekerjaan">
            <DeadJobsPanel canRetry={canRetry} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
