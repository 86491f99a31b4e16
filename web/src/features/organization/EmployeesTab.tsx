import { Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeListItem } from '../../../../src/modules/organization/organization.contract.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Pager } from '../../ui/Pager.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { EMPLOYEE_PAGE_SIZE, fetchEmployees, orgKeys } from './org.api.ts';

function useColumns(): Column<EmployeeListItem>[] {
  const { t } = useTranslation();
  return [
    { key: 'name', header: t('org.employee.name'), render: (e) => e.name, rowHeader: true },
    {
      key: 'nip',
      header: t('org.employee.nip'),
      render: (e) => (
        <Text span ff="monospace" size="sm">
          {e.nip}
        </Text>
      ),
    },
    { key: 'rank', header: t('org.employee.rank'), render: (e) => [e.rank, e.grade].filter(Boolean).join(', ') || '—' },
    {
      key: 'positions',
      header: t('org.employee.positions'),
      render: (e) =>
        e.positions.length === 0
          ? '—'
          : e.positions.map((p) => (
              <div key={`${p.positionName}-${p.unitName}-${p.kind}`}>
                {p.positionName}
                {p.kind !== 'definitif' ? ` (${t(`org.holderKind.${p.kind}`)})` : ''}
                <Text span size="xs" c="dimmed">{` · ${p.unitName}`}</Text>
              </div>
            )),
    },
    { key: 'contact', header: t('org.employee.contact'), render: (e) => [e.email, e.phone].filter(Boolean).join(' · ') || '—' },
  ];
}

/** "Tabel" tab: employees with search and pagination. */
export function EmployeesTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const columns = useColumns();
  const query = useQuery({
    queryKey: orgKeys.employees(q, page),
    queryFn: () => fetchEmployees(q, page),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <TextInput
        label={t('org.searchEmployees')}
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        w={{ base: '100%', sm: 320 }}
      />
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {query.data ? (
        <>
          <SimpleTable
            caption={t('org.employeesCaption')}
            columns={columns}
            rows={query.data.items}
            rowKey={(e) => e.id}
            emptyText={q ? t('org.noMatch') : t('org.noEmployees')}
            testId="employees-table"
          />
          <Pager
            page={page}
            pageSize={EMPLOYEE_PAGE_SIZE}
            total={query.data.total}
            onChange={setPage}
            label={t('org.employeePages')}
          />
        </>
      ) : null}
    </Stack>
  );
}
