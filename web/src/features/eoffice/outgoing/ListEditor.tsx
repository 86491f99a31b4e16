import { ActionIcon, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItem, removeAt } from './outgoing-draft.ts';

interface RowButtonsProps<T> {
  list: readonly T[];
  index: number;
  onChange: (list: T[]) => void;
  /** What the row is, for the buttons' accessible names ("Paragraf 2"). */
  name: string;
  /** Hide the up/down buttons (order does not matter). */
  noReorder?: boolean;
}

/** Up / down / remove buttons of one row of an editable list (keyboard usable, labelled). */
export function RowButtons<T>({ list, index, onChange, name, noReorder }: RowButtonsProps<T>): ReactNode {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {noReorder ? null : (
        <>
          <ActionIcon
            variant="default"
            aria-label={t('outgoing.moveUp', { name })}
            disabled={index === 0}
            onClick={() => onChange(moveItem(list, index, -1))}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="default"
            aria-label={t('outgoing.moveDown', { name })}
            disabled={index === list.length - 1}
            onClick={() => onChange(moveItem(list, index, 1))}
          >
            ↓
          </ActionIcon>
        </>
      )}
      <ActionIcon
        variant="default"
        color="red"
        aria-label={t('outgoing.remove', { name })}
        onClick={() => onChange(removeAt(list, index))}
      >
        ×
      </ActionIcon>
    </Group>
  );
}
