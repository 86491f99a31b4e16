import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from './agreements.api.ts';

const COLOR: Record<AgreementStatus, string> = { draft: 'gray', signing: 'yellow', signed: 'green', superseded: 'dark' };

/** A PK's status as a coloured badge (Draf, Proses tanda tangan, Ditandatangani, Digantikan). */
export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" data-status={status} w="max-content" maw="none" style={{ flexShrink: 0 }}>
      {t(`esakipPk.status.${status}`)}
    </Badge>
  );
}

/** "PK awal" or "Perubahan ke-n". */
export function useRevisionLabel() {
  const { t } = useTranslation();
  return (revision: number) => (revision > 0 ? t('esakipPk.revisionN', { n: revision }) : t('esakipPk.original'));
}
