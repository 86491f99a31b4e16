import { Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditView } from '../../../../src/modules/audit/audit.contract.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { DateTime } from '../../ui/DateTime.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Pager } from '../../ui/Pager.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { AUDIT_PAGE_SIZE, adminKeys, fetchAudit } from './admin.api.ts';

/** "Audit" tab: the tenant's audit trail, newest first, paged. */
export function AuditPanel() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery({ queryKey: adminKeys.audit(page), queryFn: () => fetchAudit(page), placeholderData: keepPreviousData });
  const columns: Column<AuditView>[] = [
    { key: 'at', header: t('audit.at'), render: (e) => <DateTime iso={e.at} />, rowHeader: true },
    { key: 'actor', header: t('audit.actor'), render: (e) => e.actorLabel },
    {
      key: 'action',
      header: t('audit.action'),
      render: (e) => (
        <Text span ff="monospace" size="sm">
          {e.action}
        </Text>
      ),
    },
    { key: 'object', header: t('audit.object'), render: (e) => [e.objectType, e.objectId].filter(Boolean).join(' ') || '—' },
    { key: 'ip', header: t('audit.ip'), render: (e) => e.ip ?? '—' },
  ];
  return (
    <Stack>
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {query.data ? (
        <>
          <SimpleTable
            caption={t('audit.caption')}
            columns={columns}
            rows={query.data.items}
            rowKey={(e) => String(e.seq)}
            emptyText={t('audit.empty')}
            testId="audit-table"
          />
          <Pager page={page} pageSize={AUDIT_PAGE_SIZE} total={query.data.total} onChange={setPage} label={t('audit.pages')} />
        </>
      ) : null}
    </Stack>
  );
}
