import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchOrgUnits, orgUnitsKey, positionGroups } from './agreement-positions.ts';

/** The org chart with positions, cached for five minutes. */
export const useOrgUnits = () => useQuery({ queryKey: orgUnitsKey, queryFn: fetchOrgUnits, staleTime: 5 * 60_000 });

interface PositionPickerProps {
  label: string;
  value: string;
  onChange: (positionId: string) => void;
  /** Only positions of this unit and the units below it. */
  withinUnitId?: string;
  description?: string;
  error?: string;
  required?: boolean;
}

/** One jabatan from the org chart, grouped by unit and searchable by position or holder name. */
export function PositionPicker({ label, value, onChange, withinUnitId, description, error, required }: PositionPickerProps) {
  const { t } = useTranslation();
  const units = useOrgUnits();
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('esakipPk.positionPlaceholder')}
      data={positionGroups(units.data ?? [], t('esakipPk.vacant'), withinUnitId)}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      searchable
      clearable={!required}
      error={error}
      required={required}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
