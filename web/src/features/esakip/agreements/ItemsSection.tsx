import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { FormError } from '../form-errors.tsx';
import { ActionPlanTable } from './ActionPlanTable.tsx';
import { targetLabel } from './agreement-format.ts';
import { type AgreementItemView, type AgreementView, deleteItem, takeItemsFromTree } from './agreements.api.ts';
import { ItemTargetDialog } from './ItemTargetDialog.tsx';
import { useAgreementChange } from './use-agreement-change.ts';
import { useMayPrepare } from './use-may-prepare.ts';

function ItemCard({ agreement, item, onEdit }: { agreement: AgreementView; item: AgreementItemView; onEdit: () => void }) {
  const { t } = useTranslation();
  const remove = useAgreementChange(agreement.id, () => deleteItem(agreement, item.id), {
    success: () => t('esakipPk.items.removed'),
  });
  const target = targetLabel(item, currentLocale());
  const draft = useMayPrepare() && agreement.status === 'draft';
  return (
    <Card withBorder padding="sm" component="li" data-testid="agreement-item">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 16rem' }}>
            <Text size="xs" c="dimmed">
              {t('esakipPk.items.sasaran')}: {item.sasaran}
            </Text>
            <Text fw={600}>{item.indicatorName}</Text>
            <Text size="sm">
              {t('esakipPk.items.target')}:{' '}
              {target ? (
                <strong>{target}</strong>
              ) : (
                <Text span c="red" size="sm">
                  {t('esakipPk.items.noTarget')}
                </Text>
              )}
            </Text>
          </Stack>
          {draft ? (
            <Group gap="xs">
              <Button
                size="compact-sm"
                variant="light"
                onClick={onEdit}
                aria-label={t('esakipPk.items.editTargetOf', { name: item.indicatorName })}
              >
                {t('esakipPk.items.editTarget')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(undefined)}
                aria-label={t('esakipPk.items.removeOf', { name: item.indicatorName })}
              >
                {t('esakipPk.items.remove')}
              </Button>
            </Group>
          ) : null}
        </Group>
        <FormError error={remove.error} />
        <ActionPlanTable agreement={agreement} item={item} />
      </Stack>
    </Card>
  );
}

/** The PK's indicators with targets (taken from the tree, target edited while a draft), each with its rencana aksi. */
export function ItemsSection({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<AgreementItemView | null>(null);
  const mayEdit = useMayPrepare() && agreement.status === 'draft';
  const take = useAgreementChange(agreement.id, () => takeItemsFromTree(agreement), {
    success: (r) => t('esakipPk.items.taken', { added: r.added, present: r.alreadyPresent }),
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="pk-items-title">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} size="h5" id="pk-items-title">
          {t('esakipPk.items.title')}
        </Title>
        {mayEdit ? (
          <Button size="xs" variant="light" loading={take.isPending} onClick={() => take.mutate(undefined)}>
            {t('esakipPk.items.fromTree')}
          </Button>
        ) : null}
      </Group>
      <FormError error={take.error} />
      {agreement.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('esakipPk.items.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {agreement.items.map((item) => (
            <ItemCard key={item.id} agreement={agreement} item={item} onEdit={() => setEditing(item)} />
          ))}
        </Stack>
      )}
      {editing ? <ItemTargetDialog agreement={agreement} item={editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
