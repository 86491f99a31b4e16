import { type ComboboxItem, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchTenants, type TenantOption } from './identity.api.ts';

interface TenantPickerProps {
  value: string;
  onChange: (slug: string) => void;
  error?: string;
}

/** Matches what the user typed against the tenant's name, code and slug (so typing a code works). */
function matches(tenant: TenantOption, search: string): boolean {
  const needle = search.trim().toLowerCase();
  return [tenant.name, tenant.code, tenant.slug].some((text) => text.toLowerCase().includes(needle));
}

/** Searchable tenant list; falls back to a plain code field when the list cannot be loaded. */
export function TenantPicker({ value, onChange, error }: TenantPickerProps) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['tenants'], queryFn: fetchTenants, staleTime: 10 * 60_000 });
  const tenants = query.data ?? [];

  useEffect(() => {
    if (!value && tenants.length === 1 && tenants[0]) onChange(tenants[0].slug);
  }, [value, tenants, onChange]);

  if (query.isError || (query.isSuccess && tenants.length === 0)) {
    return (
      <TextInput
        label={t('login.tenant')}
        description={t('login.tenantCodeHint')}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value.trim())}
        error={error}
        required
        autoComplete="organization"
      />
    );
  }

  const data: ComboboxItem[] = tenants.map((tenant) => ({ value: tenant.slug, label: `${tenant.name} (${tenant.code})` }));
  return (
    <Select
      label={t('login.tenant')}
      placeholder={query.isPending ? t('common.loading') : t('login.tenantPlaceholder')}
      data={data}
      value={value || null}
      onChange={(slug) => onChange(slug ?? '')}
      searchable
      filter={({ options, search }) =>
        options.filter((option) => {
          const tenant = tenants.find((item) => 'value' in option && item.slug === option.value);
          return tenant ? matches(tenant, search) : false;
        })
      }
      nothingFoundMessage={t('login.tenantNotFound')}
      error={error}
      required
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
