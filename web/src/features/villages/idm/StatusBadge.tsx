import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type IdmStatusView, statusColor } from '../villages.api.ts';

/** A desa's IDM status as a coloured badge with its label (never colour alone); "no scores" when none. */
export function StatusBadge({ statuses, code }: { statuses: readonly IdmStatusView[]; code: string | null | undefined }) {
  const { t } = useTranslation();
  const status = statuses.find((s) => s.code === code);
  return (
    <Badge color={statusColor(statuses, code)} variant="light" radius="sm" data-status={code ?? ''}>
      {status?.label ?? t('villagesIdm.noScores')}
    </Badge>
  );
}
