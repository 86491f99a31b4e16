import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { OrgTree } from './OrgTree.tsx';
import { fetchUnits, orgKeys } from './org.api.ts';
import { buildOrgTree, expandableIds } from './org-tree-model.ts';

/** "Bagan" tab: searchable, expandable organisation tree. */
export function OrgChartTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const query = useQuery({ queryKey: orgKeys.units(q), queryFn: () => fetchUnits(q), placeholderData: keepPreviousData });
  const roots = useMemo(() => buildOrgTree(query.data ?? []), [query.data]);
  // Per search text: which nodes are open. Without a search the roots start open; with one, everything does.
  const [openByQuery, setOpenByQuery] = useState<Record<string, Set<string>>>({});
  const expanded = useMemo(
    () => openByQuery[q] ?? new Set(q ? expandableIds(roots) : roots.map((root) => root.id)),
    [openByQuery, q, roots],
  );
  const setExpanded = (next: Set<string>) => setOpenByQuery((all) => ({ ...all, [q]: next }));

  const onExpandedChange = (id: string, open: boolean) => {
    const next = new Set(expanded);
    if (open) next.add(id);
    else next.delete(id);
    setExpanded(next);
  };

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('org.searchUnits')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Group gap="xs">
          <Button variant="default" onClick={() => setExpanded(new Set(expandableIds(roots)))}>
            {t('org.expandAll')}
          </Button>
          <Button variant="default" onClick={() => setExpanded(new Set())}>
            {t('org.collapseAll')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={query.error} />
      {query.isPending ? <PageLoader /> : null}
      {query.isSuccess && roots.length === 0 ? (
        <Text c="dimmed" role="status">
          {q ? t('org.noMatch') : t('org.empty')}
        </Text>
      ) : null}
      {roots.length > 0 ? (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('org.treeCount', { count: query.data?.length ?? 0 })}
          </Text>
          <OrgTree roots={roots} expanded={expanded} onExpandedChange={onExpandedChange} label={t('org.treeLabel')} />
          <Text size="xs" c="dimmed">
            {t('org.treeKeys')}
          </Text>
        </>
      ) : null}
    </Stack>
  );
}
