import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { eofficeKeys, fetchUnits } from '../eoffice.api.ts';
import { positionOptions } from '../Pickers.tsx';

/** The org chart's positions as select options, and a label lookup by position id. */
export function usePositions() {
  const { t } = useTranslation();
  const units = useQuery({ queryKey: eofficeKeys.units, queryFn: fetchUnits, staleTime: 5 * 60_000 });
  const options = positionOptions(units.data ?? [], t('eoffice.dispose.vacant'));
  const labels = new Map(options.flatMap((g) => g.items.map((o) => [o.value, o.label] as const)));
  return { options, labelOf: (id: string) => labels.get(id) ?? id };
}

interface PositionSelectProps {
  label: string;
  value: string;
  onChange: (positionId: string) => void;
  error?: string;
  required?: boolean;
  description?: string;
}

/** One position from the org chart, searchable by position or holder name. */
export function PositionSelect({ label, value, onChange, error, required, description }: PositionSelectProps) {
  const { t } = useTranslation();
  const { options } = usePositions();
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('outgoing.positionPlaceholder')}
      data={options}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      searchable
      clearable
      error={error}
      required={required}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
