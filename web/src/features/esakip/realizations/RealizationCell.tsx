import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n/index.ts';
import { notifySuccess } from '../../../app/notify.ts';
import { bodyFieldError, FormError } from '../form-errors.tsx';
import { EvidenceSection } from './EvidenceSection.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import { lockBadge, periodLabel, STATUS_COLOR, targetText } from './realization-labels.ts';
import {
  type CellAddress,
  type RealizationCellView,
  type RealizationRowView,
  type RealizationView,
  type SaveRealizationInput,
  saveRealization,
  submitRealization,
} from './realizations.api.ts';

const K = 'esakipRealizations';
const FIELDS = ['value', 'numerator', 'denominator', 'manualCapaian', 'obstacles', 'remedies'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

const draftOf = (r: RealizationView | null): Draft => Object.fromEntries(FIELDS.map((f) => [f, r?.[f] ?? ''])) as Draft;
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** What a person may do with a cell, from the grid's answer. */
function abilities(cell: RealizationCellView, mayEnter: boolean, mayReview: boolean) {
  const status = cell.realization?.status ?? null;
  const editable = mayEnter && cell.lock.state === 'open' && (status === null || status === 'draft' || status === 'returned');
  return { editable, reviewable: mayReview && status === 'submitted' };
}

/** A badge whose text wraps in a narrow card instead of being cut off. */
const WRAPPING_BADGE = { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal' as const } };

/** One period of an indicator: target, lock and status badges, the entry form while editable, evidence and review. */
export function RealizationCell({
  row,
  cell,
  year,
  mayEnter,
  mayReview,
  onChanged,
}: {
  row: RealizationRowView;
  cell: RealizationCellView;
  year: number;
  mayEnter: boolean;
  mayReview: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const address: CellAddress = { indicatorId: row.indicatorId, year, period: cell.period };
  const realization = cell.realization;
  const [draft, setDraft] = useState<Draft>(() => draftOf(realization));
  const { editable, reviewable } = abilities(cell, mayEnter, mayReview);
  const save = useMutation({
    mutationFn: () => {
      const input: SaveRealizationInput = Object.fromEntries(FIELDS.map((f) => [f, orNull(draft[f])]));
      return saveRealization(address, realization ? { ...input, version: realization.version } : input);
    },
    onSuccess: () => {
      notifySuccess(t(`${K}.saved`));
      onChanged();
    },
  });
  const submit = useMutation({
    mutationFn: (version: number) => submitRealization(address, version),
    onSuccess: () => {
      notifySuccess(t(`${K}.submitted`));
      onChanged();
    },
  });
  const lock = lockBadge(t, cell.lock, currentLocale());
  const status = realization?.status ?? 'none';
  const headingId = `cell-${row.indicatorId}-${cell.period}`;
  const onSave = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const input = (field: (typeof FIELDS)[number], label: string) => (
    <TextInput
      label={label}
      inputMode="decimal"
      value={draft[field]}
      onChange={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })}
      error={bodyFieldError(save.error, field)}
      description={field === 'value' ? t(`${K}.numberHint`) : undefined}
    />
  );
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby={headingId}>
      <Stack gap={8}>
        <Group justify="space-between" gap={6} wrap="wrap">
          <Title order={4} size="h6" id={headingId}>
            {periodLabel(t, cell.period)}
          </Title>
          <Group gap={4}>
            <Badge color={lock.color} variant="light" styles={WRAPPING_BADGE}>
              {lock.label}
            </Badge>
            <Badge color={STATUS_COLOR[status]}>{t(`${K}.status.${status}`)}</Badge>
          </Group>
        </Group>
        <Text size="sm">
          {cell.target
            ? t(`${K}.target`, { target: targetText(t, cell.target) })
            : t(`${K}.yearTarget`, { target: targetText(t, row.yearTarget) })}
        </Text>
        {realization?.status === 'returned' && realization.reviewNote ? (
          <Alert color="orange" p="xs">
            {t(`${K}.reviewNote`, { note: realization.reviewNote })}
          </Alert>
        ) : null}
        {editable ? (
          <form onSubmit={onSave}>
            <Stack gap={6}>
              {input('value', `${t(`${K}.value`)} (${row.unitOfMeasure})`)}
              {row.numeratorLabel || row.denominatorLabel ? (
                <SimpleGrid cols={2} spacing={6}>
                  {input('numerator', row.numeratorLabel ?? t(`${K}.numerator`))}
                  {input('denominator', row.denominatorLabel ?? t(`${K}.denominator`))}
                </SimpleGrid>
              ) : null}
              {(cell.target ?? row.yearTarget)?.kind === 'text' ? input('manualCapaian', t(`${K}.manualCapaian`)) : null}
              {(['obstacles', 'remedies'] as const).map((field) => (
                <Textarea
                  key={field}
                  label={t(`${K}.${field}`)}
                  value={draft[field]}
                  onChange={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })}
                  autosize
                  minRows={2}
                  maxLength={4000}
                  error={bodyFieldError(save.error, field)}
                />
              ))}
              <FormError error={save.error ?? submit.error} shown={[...FIELDS]} />
              <Group gap="xs">
                <Button type="submit" size="xs" loading={save.isPending}>
                  {t(`${K}.save`)}
                </Button>
                {realization ? (
                  <Button size="xs" variant="light" loading={submit.isPending} onClick={() => submit.mutate(realization.version)}>
                    {t(`${K}.submit`)}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </form>
        ) : realization ? (
          <Stack gap={2}>
            {FIELDS.filter((f) => realization[f] !== null).map((f) => (
              <Text size="sm" key={f}>
                {t(`${K}.${f}`)}: {realization[f]}
              </Text>
            ))}
          </Stack>
        ) : null}
        {realization || editable ? (
          <EvidenceSection address={address} realization={realization} editable={editable} onChanged={onChanged} />
        ) : null}
        {reviewable && realization ? <ReviewActions address={address} realization={realization} onChanged={onChanged} /> : null}
      </Stack>
    </Card>
  );
}
