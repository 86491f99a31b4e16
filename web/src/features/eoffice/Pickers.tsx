import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Contact, eofficeKeys, fetchUnits, searchArchiveClasses, searchContacts, type UnitView } from './eoffice.api.ts';

/** Trimmed search text, debounced, and whether it is long enough to ask the server. */
function useServerSearch(initial = '') {
  const [search, setSearch] = useState(initial);
  const [q] = useDebouncedValue(search.trim(), 300);
  return { search, setSearch, q, ready: q.length >= 2 };
}

/** Position options "Jabatan (pemangku)", grouped by unit, for every position picker of the e-Office. */
export function positionOptions(units: UnitView[], vacant: string) {
  return units
    .filter((unit) => unit.positions.length > 0)
    .map((unit) => ({
      group: unit.name,
      items: unit.positions.map((p) => ({
        value: p.id,
        label: `${p.name} (${p.holders.map((h) => h.name).join(', ') || vacant})`,
      })),
    }));
}

const contactLabel = (c: Contact) => (c.organisation ? `${c.name} — ${c.organisation}` : c.name);

/** Searches saved sender contacts (`GET /api/contacts?q=`); choosing one hands it to `onPick`. */
export function ContactPicker({ onPick }: { onPick: (contact: Contact) => void }) {
  const { t } = useTranslation();
  const { search, setSearch, q, ready } = useServerSearch();
  const query = useQuery({
    queryKey: eofficeKeys.contacts(q),
    queryFn: () => searchContacts(q),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
  const found = ready ? (query.data ?? []) : [];
  return (
    <Select
      label={t('eoffice.register.contactSearch')}
      description={t('eoffice.register.contactSearchHint')}
      placeholder={t('eoffice.register.contactPlaceholder')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={found.map((c) => ({ value: c.id, label: contactLabel(c) }))}
      filter={({ options }) => options}
      value={null}
      onChange={(id) => {
        const contact = found.find((c) => c.id === id);
        if (contact) onPick(contact);
        setSearch('');
      }}
      nothingFoundMessage={ready && !query.isFetching ? t('eoffice.register.noContact') : t('eoffice.register.typeToSearch')}
    />
  );
}

interface KkaPickerProps {
  value: string;
  onChange: (code: string) => void;
  error?: string;
}

/** A KKA picker searching the active pack by code prefix or name (`GET /api/regulation/archive-classes?q=`). */
export function KkaPicker({ value, onChange, error }: KkaPickerProps) {
  const { t } = useTranslation();
  const [labels, setLabels] = useState<Record<string, string>>({});
  const { search, setSearch, q, ready } = useServerSearch();
  const query = useQuery({
    queryKey: eofficeKeys.kka(q),
    queryFn: () => searchArchiveClasses(q),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
  const found = ready ? (query.data ?? []) : [];
  const options = found.map((k) => ({ value: k.code, label: `${k.code} — ${k.name}` }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: labels[value] ?? value });
  return (
    <Select
      label={t('eoffice.register.kka')}
      placeholder={t('eoffice.register.kkaPlaceholder')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      filter={({ options: all }) => all}
      value={value || null}
      onChange={(code, option) => {
        if (code && option) setLabels((known) => ({ ...known, [code]: option.label }));
        onChange(code ?? '');
      }}
      nothingFoundMessage={ready && !query.isFetching ? t('eoffice.register.noKka') : t('eoffice.register.typeToSearch')}
      error={error}
      required
    />
  );
}

/** The receiving unit, from the org chart (filtered in the browser). */
export function UnitPicker({ value, onChange, error }: KkaPickerProps) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: eofficeKeys.units, queryFn: fetchUnits, staleTime: 5 * 60_000 });
  return (
    <Select
      label={t('eoffice.register.unit')}
      description={t('eoffice.register.unitHint')}
      placeholder={t('eoffice.register.unitPlaceholder')}
      searchable
      data={(query.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      error={error}
      required
    />
  );
}
