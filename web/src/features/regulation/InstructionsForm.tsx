import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { serverFieldError } from './field-errors.ts';
import { type PackDetailView, saveInstructions } from './regulation.api.ts';

type Instruction = PackDetailView['instructions'][number];
/** A row of the editor; `isNew` rows may still change their code (saved codes stay, dispositions refer to them). */
interface InstructionRow extends Instruction {
  key: number;
  isNew: boolean;
}

/** Moves the item at `from` one place up (-1) or down (+1); out-of-range moves leave the list as it was. */
export function moveItem<T>(items: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to] as T, next[from] as T];
  return next;
}

interface InstructionsFormProps {
  packId: string;
  instructions: Instruction[];
  onSaved: () => void;
}

/** Edits the disposition instructions of the draft: rename, add, remove and reorder, then save the whole list. */
export function InstructionsForm({ packId, instructions, onSaved }: InstructionsFormProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<InstructionRow[]>(() => instructions.map((i, key) => ({ ...i, key, isNew: false })));
  const [nextKey, setNextKey] = useState(instructions.length);
  const saving = useMutation({
    mutationFn: () => saveInstructions(packId, { instructions: rows.map(({ code, label }) => ({ code: code.trim(), label })) }),
    onSuccess: () => {
      notifySuccess(t('regulationEdit.instructions.saved'));
      onSaved();
    },
  });
  const errorOf = (field: string) => serverFieldError(saving.error, field);
  const edit = (index: number, change: Partial<Instruction>) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const add = () => {
    setRows((all) => [...all, { code: '', label: '', key: nextKey, isNew: true }]);
    setNextKey((k) => k + 1);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="instructions-form">
      <Stack gap="xs">
        {rows.map((row, index) => (
          <InstructionLine
            key={row.key}
            row={row}
            index={index}
            count={rows.length}
            edit={(change) => edit(index, change)}
            move={(step) => setRows((all) => moveItem(all, index, step))}
            remove={() => setRows((all) => all.filter((_, i) => i !== index))}
            errorOf={errorOf}
          />
        ))}
        {errorOf('instructions') ? (
          <Text c="red" size="sm">
            {errorOf('instructions')}
          </Text>
        ) : null}
        <ErrorAlert error={saving.error} />
        <Group>
          <Button variant="default" onClick={add} disabled={rows.length >= 30}>
            {t('regulationEdit.instructions.add')}
          </Button>
          <Button type="submit" loading={saving.isPending}>
            {t('regulationEdit.instructions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface InstructionLineProps {
  row: InstructionRow;
  index: number;
  count: number;
  edit: (change: Partial<Instruction>) => void;
  move: (step: -1 | 1) => void;
  remove: () => void;
  errorOf: (field: string) => string | undefined;
}

function InstructionLine({ row, index, count, edit, move, remove, errorOf }: InstructionLineProps) {
  const { t } = useTranslation();
  const position = { n: index + 1 };
  return (
    <Group align="flex-end" wrap="wrap" data-testid="instruction-row">
      <TextInput
        label={t('regulationEdit.instructions.code', position)}
        value={row.code}
        onChange={(e) => edit({ code: e.currentTarget.value })}
        disabled={!row.isNew}
        error={errorOf(`instructions.${index}.code`)}
        w="10rem"
      />
      <TextInput
        label={t('regulationEdit.instructions.label', position)}
        value={row.label}
        onChange={(e) => edit({ label: e.currentTarget.value })}
        error={errorOf(`instructions.${index}.label`)}
        style={{ flex: '1 1 14rem' }}
      />
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          variant="default"
          size="lg"
          onClick={() => move(-1)}
          disabled={index === 0}
          aria-label={t('regulationEdit.instructions.up', position)}
        >
          ↑
        </ActionIcon>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={() => move(1)}
          disabled={index === count - 1}
          aria-label={t('regulationEdit.instructions.down', position)}
        >
          ↓
        </ActionIcon>
        <ActionIcon
          variant="light"
          color="red"
          size="lg"
          onClick={remove}
          disabled={count === 1}
          aria-label={t('regulationEdit.instructions.remove', position)}
        >
          ×
        </ActionIcon>
      </Group>
    </Group>
  );
}
