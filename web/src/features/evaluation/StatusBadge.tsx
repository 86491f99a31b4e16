import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationStatus } from './evaluation.api.ts';

const COLORS: Record<EvaluationStatus, string> = { self_assessment: 'gray', evaluating: 'blue', final: 'green' };

/** The stage of an evaluation as a badge with its name. */
export function EvaluationStatusBadge({ status }: { status: EvaluationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" data-status={status}>
      {t(`evaluation.status.${status}`)}
    </Badge>
  );
}
