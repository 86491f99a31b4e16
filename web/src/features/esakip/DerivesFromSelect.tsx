import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { esakipKeys, fetchTree, type NodeKind, type PlanDocument, type TreeNodeView } from './esakip.api.ts';
import { flattenTree } from './plan-model.ts';

/** Whether a node of this document and kind serves an RPJMD sasaran (Renstra tujuan and sasaran do). */
export const servesRpjmdSasaran = (document: PlanDocument, kind: NodeKind) =>
  document === 'renstra' && (kind === 'tujuan' || kind === 'sasaran');

/** The RPJMD sasaran of a period's tree, in display order. */
export function rpjmdSasaran(roots: readonly TreeNodeView[]): TreeNodeView[] {
  return flattenTree(roots)
    .map((row) => row.node)
    .filter((n) => n.kind === 'sasaran');
}

interface DerivesFromSelectProps {
  periodId: string;
  value: string;
  onChange: (nodeId: string) => void;
  error?: string;
}

/** "Mendukung sasaran RPJMD": picks the RPJMD sasaran of the period a Renstra tujuan/sasaran serves ('' = none). */
export function DerivesFromSelect({ periodId, value, onChange, error }: DerivesFromSelectProps) {
  const { t } = useTranslation();
  const tree = useQuery({
    queryKey: esakipKeys.tree(periodId, 'rpjmd', ''),
    queryFn: () => fetchTree(periodId, 'rpjmd', ''),
  });
  const options = rpjmdSasaran(tree.data?.roots ?? []).map((n) => ({
    value: n.id,
    label: `${n.code ? `${n.code} ` : ''}${n.title}`,
  }));
  const known = value === '' || options.some((o) => o.value === value);
  return (
    <NativeSelect
      label={t('esakip.node.derivesFrom')}
      description={t('esakip.node.derivesFromHint')}
      data={[
        { value: '', label: t('esakip.node.none') },
        ...options,
        ...(known ? [] : [{ value, label: t('esakip.node.derivesFromOther') }]),
      ]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      disabled={tree.isPending}
    />
  );
}
