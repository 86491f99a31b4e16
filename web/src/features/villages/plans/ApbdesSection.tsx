import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { ApbdesImportCard } from './ApbdesImportCard.tsx';
import { BidangChart } from './BidangChart.tsx';
import {
  BIDANG_NUMBERS,
  type BudgetLineView,
  budgetExportUrl,
  fetchBudget,
  fetchSummary,
  plansKeys,
  rupiah,
  VILLAGE_BIDANG,
} from './plans.api.ts';

/** The APBDes lines of one group (a bidang, or pendapatan and pembiayaan) as a table; sub-totals in bold. */
function LinesTable({ caption, lines }: { caption: string; lines: BudgetLineView[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const strong = (l: BudgetLineView, text: string) => (l.level === 'rekening' ? text : <strong>{text}</strong>);
  const columns: Column<BudgetLineView>[] = [
    { key: 'kode', header: t('villagesPlans.apbdes.kode'), render: (l) => strong(l, l.kode) },
    { key: 'uraian', header: t('villagesPlans.apbdes.uraian'), render: (l) => strong(l, l.uraian), rowHeader: true },
    { key: 'anggaran', header: t('villagesPlans.apbdes.anggaran'), render: (l) => strong(l, rupiah(l.anggaran, locale)) },
    { key: 'sumber', header: t('villagesPlans.apbdes.sumberDana'), render: (l) => l.sumberDana ?? '—' },
  ];
  return (
    <SimpleTable
      caption={caption}
      columns={columns}
      rows={lines}
      rowKey={(l) => String(l.position)}
      emptyText="—"
      minWidth={560}
    />
  );
}

/** The desa-year's APBDes: totals, import (desa reporters), export, lines grouped by bidang, and the bidang chart. */
export function ApbdesSection({ regionId, year, canEdit }: { regionId: string; year: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const budget = useQuery({ queryKey: plansKeys.apbdes(regionId, year), queryFn: () => fetchBudget(regionId, year) });
  const summary = useQuery({ queryKey: plansKeys.summary(regionId, year), queryFn: () => fetchSummary(regionId, year) });
  if (budget.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  const view = budget.data;
  const totals = view?.totals;
  const belanjaOf = (b: number) => view?.lines.filter((l) => l.kind === 'belanja' && l.bidang === b) ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('villagesPlans.apbdes.title', { year })}
        </Title>
        {view?.version ? (
          <Button component="a" href={budgetExportUrl(regionId, year)} download variant="default">
            {t('villagesPlans.apbdes.export')}
          </Button>
        ) : null}
      </Group>
      <ErrorAlert error={budget.error ?? summary.error} />
      {view && view.version === null ? <Text c="dimmed">{t('villagesPlans.apbdes.none', { year })}</Text> : null}
      {view?.version && totals ? (
        <Stack gap={2}>
          <Text size="sm">{t('villagesPlans.apbdes.imported', { file: view.fileName ?? '—', version: view.version })}</Text>
          <Text fw={500}>
            {t('villagesPlans.apbdes.totals', {
              pendapatan: rupiah(totals.pendapatan, locale),
              belanja: rupiah(totals.belanja, locale),
              masuk: rupiah(totals.pembiayaanPenerimaan, locale),
              keluar: rupiah(totals.pembiayaanPengeluaran, locale),
            })}
          </Text>
        </Stack>
      ) : null}
      {canEdit && view ? <ApbdesImportCard regionId={regionId} year={year} version={view.version} /> : null}
      {summary.data ? <BidangChart view={summary.data} /> : null}
      {view?.version
        ? BIDANG_NUMBERS.filter((b) => belanjaOf(b).length > 0).map((b) => (
            <LinesTable
              key={b}
              caption={t('villagesPlans.bidangLabel', { number: b, name: VILLAGE_BIDANG[b] })}
              lines={belanjaOf(b)}
            />
          ))
        : null}
      {view?.version ? (
        <LinesTable caption={t('villagesPlans.apbdes.otherCaption')} lines={view.lines.filter((l) => l.kind !== 'belanja')} />
      ) : null}
    </Stack>
  );
}
