import { Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxFilters } from './eoffice.api.ts';

/** The inbox's filters (kepada / tembusan, unread only) and order (newest / oldest first). */
export function InboxFilterBar({ value, onChange }: { value: InboxFilters; onChange: (next: InboxFilters) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Select
        label={t('eoffice.inbox.filters.role')}
        data={[
          { value: '', label: t('eoffice.inbox.filters.allRoles') },
          { value: 'kepada', label: t('eoffice.role.kepada') },
          { value: 'tembusan', label: t('eoffice.role.tembusan') },
        ]}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: (role ?? '') as InboxFilters['role'] })}
        allowDeselect={false}
        w={220}
      />
      <Select
        label={t('eoffice.inbox.filters.order')}
        data={[
          { value: 'newest', label: t('eoffice.inbox.filters.newest') },
          { value: 'oldest', label: t('eoffice.inbox.filters.oldest') },
        ]}
        value={value.order}
        onChange={(order) => onChange({ ...value, order: order === 'oldest' ? 'oldest' : 'newest' })}
        allowDeselect={false}
        w={180}
      />
      <Switch
        label={t('eoffice.inbox.filters.unreadOnly')}
        checked={value.unread}
        onChange={(event) => onChange({ ...value, unread: event.currentTarget.checked })}
        mb={6}
      />
    </Group>
  );
}
