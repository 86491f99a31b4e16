import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PredikatBandView } from './evaluation.api.ts';
import { predikatColor } from './evaluation-format.ts';

/** A predikat as a coloured badge with its code and label (never colour alone); "belum final" without one. */
export function PredikatBadge({
  code,
  label,
  bands,
  size = 'md',
}: {
  code: string | null | undefined;
  label?: string | null;
  bands?: readonly PredikatBandView[];
  size?: 'sm' | 'md' | 'lg' | 'xl';
}) {
  const { t } = useTranslation();
  const name = label ?? bands?.find((b) => b.code === code)?.label;
  return (
    <Badge color={predikatColor(code, bands)} variant="filled" autoContrast radius="sm" size={size} data-predikat={code ?? ''}>
      {code ? (name ? `${code} — ${name}` : code) : t('evaluation.noPredikat')}
    </Badge>
  );
}
