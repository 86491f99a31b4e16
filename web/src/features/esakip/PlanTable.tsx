import { useTranslation } from 'react-i18next';
import { SimpleTable } from '../../ui/SimpleTable.tsx';
import type { TreeNodeView } from './esakip.api.ts';
import { Highlight, IndicatorList, NodeMenu, type PlanAction } from './NodeParts.tsx';
import { flattenTree } from './plan-model.ts';

type Row = { node: TreeNodeView; depth: number };

/** The same plan as a flat table in tree order, with the depth, indicators and the action menu per row. */
export function PlanTable({
  roots,
  needle,
  caption,
  onAction,
}: {
  roots: TreeNodeView[];
  needle: string;
  caption: string;
  onAction: (action: PlanAction) => void;
}) {
  const { t } = useTranslation();
  const c = (key: string) => t(`esakip.plan.columns.${key}`);
  return (
    <SimpleTable<Row>
      caption={caption}
      testId="plan-table"
      rows={flattenTree(roots)}
      rowKey={(row) => row.node.id}
      emptyText={t('esakip.plan.empty')}
      minWidth={720}
      columns={[
        { key: 'level', header: c('level'), render: (row) => row.depth + 1 },
        {
          key: 'kind',
          header: c('kind'),
          render: (row) =>
            `${t(`esakip.kinds.${row.node.kind}`)}${row.node.pokinLevel ? ` · ${t(`esakip.levels.${row.node.pokinLevel}`)}` : ''}`,
        },
        { key: 'code', header: c('code'), render: (row) => <Highlight text={row.node.code ?? ''} needle={needle} /> },
        {
          key: 'title',
          header: c('title'),
          rowHeader: true,
          render: (row) => (
            <span style={{ paddingLeft: `${Math.min(row.depth, 6) * 12}px`, display: 'inline-block' }}>
              <Highlight text={row.node.title} needle={needle} />
            </span>
          ),
        },
        { key: 'indicators', header: c('indicators'), render: (row) => <IndicatorList node={row.node} onAction={onAction} /> },
        { key: 'actions', header: t('common.actions'), render: (row) => <NodeMenu node={row.node} onAction={onAction} /> },
      ]}
    />
  );
}
