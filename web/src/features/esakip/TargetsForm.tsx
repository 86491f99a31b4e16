import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IndicatorView, replaceTargets } from './esakip.api.ts';
import classes from './esakip.module.css';
import { bodyFieldError, FormError } from './form-errors.tsx';
import {
  draftsToTargets,
  type TargetDraft,
  type TargetKind,
  type TargetProblem,
  targetDraftProblems,
  targetDrafts,
} from './target-draft.ts';

interface TargetsFormProps {
  indicator: IndicatorView;
  period: { startYear: number; endYear: number };
  onDone: () => void;
  onCancel: () => void;
}

type Field = 'value' | 'min' | 'max' | 'text';

function TargetRow({
  row,
  onChange,
  errorOf,
}: {
  row: TargetDraft;
  onChange: (row: TargetDraft) => void;
  errorOf: (field: Field) => string | undefined;
}) {
  const { t } = useTranslation();
  const input = (field: Field, mode: 'decimal' | 'text' = 'decimal') => (
    <TextInput
      label={t(`esakip.targets.${field}`, { year: row.year })}
      inputMode={mode}
      value={row[field]}
      onChange={(e) => onChange({ ...row, [field]: e.currentTarget.value })}
      error={errorOf(field)}
      style={{ flex: 1, minWidth: 110 }}
    />
  );
  return (
    <fieldset className={classes.targetRow} data-testid={`target-${row.year}`}>
      <legend>{row.year}</legend>
      <Group gap="xs" align="flex-start" wrap="wrap">
        <NativeSelect
          label={t('esakip.targets.kind', { year: row.year })}
          data={(['number', 'range', 'text'] as const).map((k) => ({ value: k, label: t(`esakip.targets.kinds.${k}`) }))}
          value={row.kind}
          onChange={(e) => onChange({ ...row, kind: e.currentTarget.value as TargetKind })}
          w={120}
        />
        {row.kind === 'number' ? input('value') : null}
        {row.kind === 'range' ? (
          <>
            {input('min')}
            {input('max')}
          </>
        ) : null}
        {row.kind === 'text' ? input('text', 'text') : null}
      </Group>
    </fieldset>
  );
}

/** Edits an indicator's yearly targets (number, range min–max or text); checks decimals and ranges before sending. */
export function TargetsForm({ indicator, period, onDone, onCancel }: TargetsFormProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(() => targetDrafts(period, indicator.targets));
  const [problems, setProblems] = useState<TargetProblem[]>([]);
  const [sentYears, setSentYears] = useState<number[]>([]);
  const mutation = useMutation({
    mutationFn: () => {
      const targets = draftsToTargets(rows);
      setSentYears(targets.map((target) => target.year));
      // Quarterly/monthly targets are not edited here and are kept as they are.
      const finer = indicator.targets.filter((target) => target.period !== null);
      return replaceTargets(indicator.id, { targets: [...targets, ...finer], version: indicator.version });
    },
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = targetDraftProblems(rows);
    setProblems(found);
    if (found.length === 0) mutation.mutate();
  };
  const errorOf = (year: number) => (field: Field) => {
    const own = problems.find((p) => p.year === year && p.field === field);
    if (own) return t(`esakip.targets.${own.key}`);
    const index = sentYears.indexOf(year);
    return index >= 0 ? bodyFieldError(mutation.error, `targets.${index}.${field}`) : undefined;
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('esakip.targets.caption')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('esakip.targets.hint')}
        </Text>
        {rows.map((row, i) => (
          <TargetRow
            key={row.year}
            row={row}
            errorOf={errorOf(row.year)}
            onChange={(next) => setRows((prev) => prev.map((r, j) => (j === i ? next : r)))}
          />
        ))}
        <FormError
          error={mutation.error}
          shown={sentYears.flatMap((_, i) => ['value', 'min', 'max', 'text'].map((f) => `targets.${i}.${f}`))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
