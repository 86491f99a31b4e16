import { Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { CreateTenantForm } from './CreateTenantForm.tsx';
import { fetchTenants, type PlatformTenant, platformKeys } from './platform.api.ts';

function useColumns(): Column<PlatformTenant>[] {
  const { t } = useTranslation();
  return [
    { key: 'code', header: t('platform.columns.code'), render: (row) => row.code },
    { key: 'name', header: t('platform.columns.name'), render: (row) => row.name, rowHeader: true },
    {
      key: 'kind',
      header: t('platform.columns.kind'),
      render: (row) => t(`platform.kind.${row.kind}`, { defaultValue: row.kind }),
    },
    { key: 'province', header: t('platform.columns.province'), render: (row) => row.provinceName || '—' },
    { key: 'slug', header: t('platform.columns.slug'), render: (row) => row.slug },
  ];
}

function TenantsTable() {
  const { t } = useTranslation();
  const columns = useColumns();
  const query = useQuery({ queryKey: platformKeys.tenants, queryFn: fetchTenants });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return (
    <SimpleTable
      caption={t('platform.caption')}
      columns={columns}
      rows={query.data}
      rowKey={(row) => row.id}
      emptyText={t('platform.empty')}
      testId="tenants-table"
    />
  );
}

/** `/platform`: the platform super-admin's list of pemda and the form that adds one from its Kemendagri code. */
export function PlatformPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('platform.title')} description={t('platform.description')} />
      <Stack>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="create-tenant-title">
          <Title order={2} size="h4" id="create-tenant-title" mb="sm">
            {t('platform.formTitle')}
          </Title>
          <CreateTenantForm />
        </Paper>
        <TenantsTable />
      </Stack>
    </>
  );
}
