import { Alert, Button, Group, Loader, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { esakipKeys, fetchOpds, fetchTree, type PeriodView, type PlanDocument } from './esakip.api.ts';
import { type DialogRequest, PlanDialogs } from './PlanDialogs.tsx';
import { PlanTable } from './PlanTable.tsx';
import { PlanTree } from './PlanTree.tsx';
import { expandableIds, filterTree, normalizeSearch } from './plan-model.ts';

const DOCUMENTS: PlanDocument[] = ['rpjmd', 'renstra', 'pokin'];

function useExpanded() {
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const change = (id: string, open: boolean, all: string[]) =>
    setExpanded((prev) => {
      const next = new Set(prev ?? all);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  return { expanded, setExpanded, change };
}

/** The plan of the active period (`initial` may carry dokumen, unit and cari from a report link): document and OPD choice, search, expand/collapse, tree or table, and the dialogs. */
export function PlanPanel({ period, initial }: { period: PeriodView; initial?: URLSearchParams }) {
  const { t } = useTranslation();
  const asked = initial?.get('dokumen') as PlanDocument | null;
  const [document, setDocument] = useState<PlanDocument>(asked && DOCUMENTS.includes(asked) ? asked : 'rpjmd');
  const [chosenUnit, setChosenUnit] = useState(initial?.get('unit') ?? '');
  const [search, setSearch] = useState(initial?.get('cari') ?? '');
  const [view, setView] = useState<'tree' | 'table'>('tree');
  const [request, setRequest] = useState<DialogRequest | null>(null);
  const { expanded, setExpanded, change } = useExpanded();
  const opds = useQuery({ queryKey: esakipKeys.units, queryFn: fetchOpds, enabled: document !== 'rpjmd' });
  const unitId = document === 'rpjmd' ? '' : document === 'renstra' ? chosenUnit || (opds.data?.[0]?.id ?? '') : chosenUnit;
  const waitingForUnit = document === 'renstra' && !unitId;
  const tree = useQuery({
    queryKey: esakipKeys.tree(period.id, document, unitId),
    queryFn: () => fetchTree(period.id, document, unitId),
    enabled: !waitingForUnit,
  });
  const needle = normalizeSearch(search);
  const allRoots = tree.data?.roots ?? [];
  const allIds = useMemo(() => expandableIds(allRoots), [allRoots]);
  const shown = useMemo(() => filterTree(allRoots, needle), [allRoots, needle]);
  const documentName = t(`esakip.plan.documents.${document}`);
  const unitOptions = [
    ...(document === 'pokin' ? [{ value: '', label: t('esakip.plan.allUnits') }] : []),
    ...(opds.data ?? []).map((u) => ({ value: u.id, label: u.name })),
  ];
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="plan-document-label">
            {t('esakip.plan.document')}
          </Text>
          <SegmentedControl
            aria-labelledby="plan-document-label"
            value={document}
            onChange={(v) => setDocument(v as PlanDocument)}
            data={DOCUMENTS.map((d) => ({ value: d, label: t(`esakip.plan.documents.${d}`) }))}
          />
        </Stack>
        {document !== 'rpjmd' ? (
          <NativeSelect
            label={t('esakip.plan.unit')}
            data={unitOptions}
            value={unitId}
            onChange={(e) => setChosenUnit(e.currentTarget.value)}
            miw={220}
          />
        ) : null}
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('esakip.plan.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          miw={240}
          style={{ flex: 1 }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="plan-view-label">
            {t('esakip.plan.view')}
          </Text>
          <SegmentedControl
            aria-labelledby="plan-view-label"
            value={view}
            onChange={(v) => setView(v as 'tree' | 'table')}
            data={[
              { value: 'tree', label: t('esakip.plan.asTree') },
              { value: 'table', label: t('esakip.plan.asTable') },
            ]}
          />
        </Stack>
      </Group>
      <Group gap="xs" wrap="wrap">
        {view === 'tree' ? (
          <>
            <Button size="xs" variant="default" onClick={() => setExpanded(new Set(allIds))}>
              {t('esakip.plan.expandAll')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setExpanded(new Set())}>
              {t('esakip.plan.collapseAll')}
            </Button>
          </>
        ) : null}
        <Button size="xs" onClick={() => setRequest({ type: 'addRoot' })} disabled={waitingForUnit}>
          {t('esakip.plan.addRoot')}
        </Button>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="match-count">
          {needle ? t('esakip.plan.matches', { count: shown.matches }) : ''}
        </Text>
      </Group>
      {waitingForUnit ? <Alert color="blue">{t('esakip.plan.chooseUnit')}</Alert> : null}
      <ErrorAlert error={tree.error} />
      {tree.isPending && !waitingForUnit ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {tree.data && allRoots.length === 0 ? <Text c="dimmed">{t('esakip.plan.empty')}</Text> : null}
      {tree.data && allRoots.length > 0 && needle && shown.matches === 0 ? (
        <Text c="dimmed">{t('esakip.plan.noMatch')}</Text>
      ) : null}
      {tree.data && shown.roots.length > 0 && view === 'tree' ? (
        <PlanTree
          roots={shown.roots}
          expanded={expanded ?? new Set(allIds)}
          onExpandedChange={(id, open) => change(id, open, allIds)}
          needle={needle}
          label={t('esakip.plan.treeLabel', { document: documentName })}
          onAction={setRequest}
        />
      ) : null}
      {tree.data && shown.roots.length > 0 && view === 'table' ? (
        <PlanTable
          roots={shown.roots}
          needle={needle}
          caption={t('esakip.plan.tableCaption', { document: documentName })}
          onAction={setRequest}
        />
      ) : null}
      <PlanDialogs
        request={request}
        period={period}
        document={document}
        unitId={unitId}
        roots={allRoots}
        onClose={() => setRequest(null)}
      />
    </Stack>
  );
}
