import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useRequiredSession } from '../../app/session.tsx';
import { hasPermission, PERMISSIONS } from '../../app/session-types.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { AuditPanel } from './AuditPanel.tsx';
import { UsersPanel } from './UsersPanel.tsx';

/** `/admin`: users (identity.user.manage) and the audit trail (audit.read). */
export function AdminPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const canUsers = hasPermission(session, PERMISSIONS.userManage);
  const canAudit = hasPermission(session, PERMISSIONS.auditRead);
  const [params, setParams] = useSearchParams();
  const fallback = canUsers ? 'pengguna' : 'audit';
  const requested = params.get('tab');
  const tab = (requested === 'pengguna' && canUsers) || (requested === 'audit' && canAudit) ? requested : fallback;

  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <Tabs value={tab} onChange={(value) => setParams({ tab: value ?? fallback }, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {canUsers ? <Tabs.Tab value="pengguna">{t('admin.tabs.users')}</Tabs.Tab> : null}
          {canAudit ? <Tabs.Tab value="audit">{t('admin.tabs.audit')}</Tabs.Tab> : null}
        </Tabs.List>
        {canUsers ? (
          <Tabs.Panel value="pengguna">
            <UsersPanel />
          </Tabs.Panel>
        ) : null}
        {canAudit ? (
          <Tabs.Panel value="audit">
            <AuditPanel />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
