import { Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyFieldError, FormError } from '../form-errors.tsx';
import { type AgreementItemView, type AgreementTargetInput, type AgreementView, updateItemTarget } from './agreements.api.ts';
import { useAgreementChange } from './use-agreement-change.ts';

type Kind = AgreementTargetInput['kind'];
const KINDS: Kind[] = ['number', 'range', 'text'];

/** The target as sent: only the parts of the chosen kind. */
function targetInput(kind: Kind, draft: { value: string; min: string; max: string; text: string }): AgreementTargetInput {
  if (kind === 'number') return { kind, value: draft.value.trim() };
  if (kind === 'range') return { kind, min: draft.min.trim(), max: draft.max.trim() };
  return { kind, text: draft.text.trim() };
}

/** Editing the promised target of one PK item (number, range or text), with the API's field messages. */
export function ItemTargetDialog({
  agreement,
  item,
  onClose,
}: {
  agreement: AgreementView;
  item: AgreementItemView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>(item.target.kind ?? 'number');
  const [draft, setDraft] = useState({
    value: item.target.value ?? '',
    min: item.target.min ?? '',
    max: item.target.max ?? '',
    text: item.target.text ?? '',
  });
  const mutation = useAgreementChange(agreement.id, () => updateItemTarget(agreement, item.id, targetInput(kind, draft)), {
    success: () => t('esakipPk.items.saved'),
    onDone: onClose,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(undefined);
  };
  const field = (key: keyof typeof draft, numeric = true) => (
    <TextInput
      label={t(`esakipPk.items.${key}`)}
      description={numeric ? t('esakipPk.items.decimalHint') : undefined}
      inputMode={numeric ? 'decimal' : undefined}
      rightSection={numeric && item.unitOfMeasure ? <Text size="xs">{item.unitOfMeasure}</Text> : undefined}
      rightSectionWidth={numeric && item.unitOfMeasure ? 64 : undefined}
      value={draft[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setDraft((d) => ({ ...d, [key]: value }));
      }}
      error={bodyFieldError(mutation.error, `target.${key}`)}
      required
    />
  );
  return (
    <Modal opened onClose={onClose} title={t('esakipPk.items.editTargetOf', { name: item.indicatorName })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="pk-target-kind">
              {t('esakipPk.items.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="pk-target-kind"
              value={kind}
              onChange={(v) => setKind(v as Kind)}
              data={KINDS.map((k) => ({ value: k, label: t(`esakipPk.items.kinds.${k}`) }))}
            />
          </Stack>
          {kind === 'number' ? field('value') : null}
          {kind === 'range' ? (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              {field('min')}
              {field('max')}
            </SimpleGrid>
          ) : null}
          {kind === 'text' ? field('text', false) : null}
          <FormError error={mutation.error} shown={['target.value', 'target.min', 'target.max', 'target.text']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
