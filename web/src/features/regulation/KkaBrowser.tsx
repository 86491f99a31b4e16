import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../ui/SimpleTable.tsx';
import { type ArchiveClass, fetchArchiveClasses, regulationKeys } from './regulation.api.ts';

function useColumns(open: (code: string) => void): Column<ArchiveClass>[] {
  const { t } = useTranslation();
  return [
    {
      key: 'code',
      header: t('regulationAdmin.kka.code'),
      rowHeader: true,
      render: (k) =>
        k.hasChildren ? (
          <Anchor
            component="button"
            type="button"
            onClick={() => open(k.code)}
            aria-label={t('regulationAdmin.kka.open', { code: k.code })}
          >
            {`${k.code} ›`}
          </Anchor>
        ) : (
          k.code
        ),
    },
    { key: 'name', header: t('regulationAdmin.kka.name'), render: (k) => k.name },
    {
      key: 'retention',
      header: t('regulationAdmin.kka.retention'),
      render: (k) =>
        k.retentionActiveYears === null && k.retentionInactiveYears === null
          ? '—'
          : t('regulationAdmin.kka.years', { active: k.retentionActiveYears ?? '—', inactive: k.retentionInactiveYears ?? '—' }),
    },
    {
      key: 'disposition',
      header: t('regulationAdmin.kka.disposition'),
      render: (k) => (k.finalDisposition ? t(`regulationAdmin.kka.finalDisposition.${k.finalDisposition}`) : '—'),
    },
  ];
}

/** Browses the KKA of the active pack level by level, or searches it by code prefix or name. */
export function KkaBrowser() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [path, setPath] = useState<string[]>([]);
  const parent = q ? null : (path.at(-1) ?? null);
  const query = useQuery({
    queryKey: regulationKeys.kka(q, parent),
    queryFn: () => fetchArchiveClasses(q, parent),
    placeholderData: keepPreviousData,
  });
  const columns = useColumns((code) => {
    setSearch('');
    setPath((p) => [...p, code]);
  });
  return (
    <Stack>
      <TextInput
        label={t('regulationAdmin.kka.search')}
        placeholder={t('regulationAdmin.kka.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        type="search"
        maw={420}
      />
      {parent ? (
        <Group gap="xs">
          <Button size="compact-sm" variant="default" onClick={() => setPath([])}>
            {t('regulationAdmin.kka.up')}
          </Button>
          {path.map((code, index) => (
            <Anchor key={code} component="button" type="button" size="sm" onClick={() => setPath(path.slice(0, index + 1))}>
              {code}
            </Anchor>
          ))}
        </Group>
      ) : null}
      <ErrorAlert error={query.error} />
      {query.data?.truncated ? (
        <Alert color="yellow" variant="light">
          {t('regulationAdmin.kka.truncated')}
        </Alert>
      ) : null}
      {query.data ? (
        <SimpleTable
          caption={parent ? t('regulationAdmin.kka.captionChildren', { code: parent }) : t('regulationAdmin.kka.caption')}
          columns={columns}
          rows={query.data.items}
          rowKey={(k) => k.code}
          emptyText={t('regulationAdmin.kka.empty')}
          testId="kka-table"
        />
      ) : (
        <Text c="dimmed">{t('common.loading')}</Text>
      )}
    </Stack>
  );
}
