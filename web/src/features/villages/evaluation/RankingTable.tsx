import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, SimpleTable } from '../../../ui/SimpleTable.tsx';
import { BandBadge } from './BandBadge.tsx';
import type { RankingRowView, RankingView } from './village-evaluation.api.ts';

/** The ranking as a table: rank (kabupaten, or kecamatan when filtered), desa, kecamatan, score and band badge. */
export function RankingTable({ view }: { view: RankingView }) {
  const { t } = useTranslation();
  const perKecamatan = view.kecamatanId !== null;
  const columns: Column<RankingRowView>[] = [
    { key: 'rank', header: t('villagesEvaluation.ranking.rank'), render: (r) => (perKecamatan ? r.kecamatanRank : r.rank) },
    { key: 'desa', header: t('villagesEvaluation.ranking.desa'), render: (r) => r.name, rowHeader: true },
    { key: 'kecamatan', header: t('villagesEvaluation.ranking.kecamatan'), render: (r) => r.kecamatanName ?? '—' },
    { key: 'score', header: t('villagesEvaluation.ranking.score'), render: (r) => r.score },
    {
      key: 'band',
      header: t('villagesEvaluation.ranking.band'),
      render: (r) => (
        <>
          <BandBadge bands={view.bands} code={r.band.code} label={r.band.label} />
          {r.bandChanged && r.finalBandCode !== r.band.code ? (
            <Text size="xs" c="dimmed">
              {t('villagesEvaluation.ranking.bandAtFinal', { code: r.finalBandCode })}
            </Text>
          ) : null}
        </>
      ),
    },
  ];
  const scope = perKecamatan
    ? t('villagesEvaluation.ranking.scopeKecamatan', { name: view.kecamatan.find((k) => k.id === view.kecamatanId)?.name ?? '' })
    : t('villagesEvaluation.ranking.scopeKabupaten');
  return (
    <SimpleTable
      caption={t('villagesEvaluation.ranking.caption', { year: view.year, scope })}
      columns={columns}
      rows={view.rows}
      rowKey={(r) => r.regionId}
      emptyText={t('villagesEvaluation.ranking.empty')}
      minWidth={520}
      testId="village-ranking"
    />
  );
}
