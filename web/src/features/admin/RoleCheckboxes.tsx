import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TENANT_ROLES } from '../../../../src/shared/permissions.ts';

/**
 * A labelled group of role checkboxes, one per role a tenant admin may grant. `RoleCode` is the role type of
 * the caller's state: `CreateUserInput['roles'][number]` for a new user (every value comes from a checkbox), `string` when editing a
 * user whose stored roles may include codes without a checkbox (kept as they are).
 */
export function RoleCheckboxes<RoleCode extends string>({
  value,
  onChange,
  error,
}: {
  value: RoleCode[];
  onChange: (roles: RoleCode[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('admin.roles')} value={value} onChange={(roles) => onChange(roles as RoleCode[])} error={error}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
        {TENANT_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
