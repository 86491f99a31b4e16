import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentKeys, type EmployeeOption, searchEmployees } from './documents.api.ts';

/** The option label of a pegawai: name and NIP, so namesakes can be told apart. */
export const employeeLabel = (employee: EmployeeOption) => `${employee.name} — NIP ${employee.nip}`;

interface EmployeePickerProps {
  label: string;
  value: EmployeeOption | null;
  onChange: (employee: EmployeeOption | null) => void;
  error?: string;
}

/** A searchable pegawai picker backed by `GET /api/org/employees?q=` (name or NIP). */
export function EmployeePicker({ label, value, onChange, error }: EmployeePickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value ? employeeLabel(value) : '');
  const typed = value && search === employeeLabel(value) ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 300);
  const query = useQuery({
    queryKey: documentKeys.employees(q),
    queryFn: () => searchEmployees(q),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  const found = q.length >= 2 ? (query.data ?? []) : [];
  const options = value && !found.some((e) => e.id === value.id) ? [value, ...found] : found;
  return (
    <Select
      label={label}
      placeholder={t('documents.form.searchEmployee')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options.map((employee) => ({ value: employee.id, label: employeeLabel(employee) }))}
      // The server already filtered by name or NIP; do not filter its answer again.
      filter={({ options: all }) => all}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((employee) => employee.id === id) ?? null)}
      nothingFoundMessage={q.length >= 2 && !query.isFetching ? t('documents.form.noEmployee') : t('documents.form.typeToSearch')}
      error={error}
      required
      miw={0}
    />
  );
}
