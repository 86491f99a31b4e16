import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES } from './admin.api.ts';

/** A labelled group of role checkboxes. */
export function RoleCheckboxes({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (roles: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('admin.roles')} value={value} onChange={onChange} error={error}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
