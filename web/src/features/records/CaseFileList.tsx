import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type CaseFile, type CaseFileFilters, fetchCaseFiles, recordsKeys } from './records.api.ts';

/** The filters of the list: words, status, year, KKA. */
function Filters({ value, onChange }: { value: CaseFileFilters; onChange: (next: CaseFileFilters) => void }) {
  const { t } = useTranslation();
  const statuses = ['', 'open', 'closed'].map((s) => ({ value: s, label: t(`records.status.${s || 'all'}`) }));
  return (
    <Group component="fieldset" aria-label={t('records.filters.label')} align="end" wrap="wrap" style={{ border: 0, padding: 0 }}>
      <TextInput
        label={t('records.filters.q')}
        value={value.q ?? ''}
        onChange={(e) => onChange({ ...value, q: e.currentTarget.value })}
      />
      <NativeSelect
        label={t('records.filters.status')}
        data={statuses}
        value={value.status ?? ''}
        onChange={(e) => onChange({ ...value, status: e.currentTarget.value as CaseFileFilters['status'] })}
      />
      <TextInput
        label={t('records.filters.year')}
        inputMode="numeric"
        value={value.year === undefined ? '' : String(value.year)}
        onChange={(e) => onChange({ ...value, year: /^\d{4}$/.test(e.currentTarget.value) ? Number(e.currentTarget.value) : '' })}
      />
      <TextInput
        label={t('records.filters.kka')}
        value={value.kka ?? ''}
        onChange={(e) => onChange({ ...value, kka: e.currentTarget.value.trim() })}
      />
    </Group>
  );
}

/** The table body: one row per berkas, its number linking to the berkas. */
function CaseFileRows({ items }: { items: CaseFile[] }) {
  const { t } = useTranslation();
  return (
    <Table.Tbody>
      {items.map((c) => (
        <Table.Tr key={c.id}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Anchor
              component={Link}
              to={`/arsip/berkas?berkas=${encodeURIComponent(c.id)}`}
              aria-label={t('records.open', { number: c.number })}
            >
              {c.number}
            </Anchor>
          </Table.Td>
          <Table.Td>{c.title}</Table.Td>
          <Table.Td>{c.kkaName ? `${c.kka} ${c.kkaName}` : c.kka}</Table.Td>
          <Table.Td>{c.unitName}</Table.Td>
          <Table.Td>{c.year}</Table.Td>
          <Table.Td>
            {/* max-content: a squeezed table column must not cut the status to "TERTUT…". */}
            <Badge color={c.status === 'open' ? 'green' : 'gray'} miw="max-content">
              {t(`records.status.${c.status}`)}
            </Badge>
          </Table.Td>
          <Table.Td>{c.letterCount}</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  );
}

/** The berkas list with filters and "load more" (keyset pages). */
export function CaseFileList() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<CaseFileFilters>({});
  const pages = useInfiniteQuery({
    queryKey: recordsKeys.list(filters),
    queryFn: ({ pageParam }) => fetchCaseFiles(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      <Filters value={filters} onChange={setFilters} />
      <ErrorAlert error={pages.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table data-testid="case-file-table">
          <Table.Thead>
            <Table.Tr>
              {(['number', 'title', 'kka', 'unit', 'year', 'status', 'letters'] as const).map((c) => (
                <Table.Th key={c}>{t(`records.columns.${c}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <CaseFileRows items={items} />
        </Table>
      </Table.ScrollContainer>
      {pages.isSuccess && items.length === 0 ? <Text c="dimmed">{t('records.empty')}</Text> : null}
      {pages.hasNextPage ? (
        <Button variant="default" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t('records.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
