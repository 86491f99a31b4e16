import { Button, Group, Modal, NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notify.ts';
import { useIsPhone } from '../agreements/use-phone.ts';
import { bodyFieldError, FormError } from '../form-errors.tsx';
import { periodLabel, targetText } from './realization-labels.ts';
import { type RealizationRowView, reviseTarget, type TargetRevisionInput } from './realizations.api.ts';

const K = 'esakipRealizations.revision';
const KINDS = ['number', 'range', 'text'] as const;
type Kind = (typeof KINDS)[number];

/** What the coordinator types; `period` is '' for the yearly target. */
interface RevisionDraft {
  period: string;
  kind: Kind;
  value: string;
  min: string;
  max: string;
  text: string;
  reason: string;
  decreeNumber: string;
  approvedByName: string;
}

/** The target in force for a period of the row ('' = the yearly one). */
const currentTarget = (row: RealizationRowView, period: string) =>
  period === '' ? row.yearTarget : (row.periods.find((p) => p.period === period)?.target ?? null);

/** The target fields filled from the target in force for the period, so a small change needs little typing. */
function targetFields(row: RealizationRowView, period: string) {
  const t = currentTarget(row, period);
  return { period, kind: t?.kind ?? 'number', value: t?.value ?? '', min: t?.min ?? '', max: t?.max ?? '', text: t?.text ?? '' };
}

const emptyDraft = (row: RealizationRowView): RevisionDraft => ({
  ...targetFields(row, ''),
  ...{ reason: '', decreeNumber: '', approvedByName: '' },
});

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The request body: only the fields of the chosen kind; blanks go as null so the server names the missing field. */
function revisionInput(draft: RevisionDraft, year: number): TargetRevisionInput {
  const newTarget =
    draft.kind === 'number'
      ? { kind: draft.kind, value: orNull(draft.value) }
      : draft.kind === 'range'
        ? { kind: draft.kind, min: orNull(draft.min), max: orNull(draft.max) }
        : { kind: draft.kind, text: orNull(draft.text) };
  return {
    ...{ year, period: draft.period === '' ? null : draft.period, newTarget },
    ...{ reason: draft.reason.trim(), decreeNumber: draft.decreeNumber.trim(), approvedByName: draft.approvedByName.trim() },
  };
}

/** The body fields that have an input on the form for the chosen kind (others go to the alert). */
const shownFields = (kind: Kind) => [
  'year',
  'period',
  ...(kind === 'range' ? ['newTarget.min', 'newTarget.max'] : [kind === 'number' ? 'newTarget.value' : 'newTarget.text']),
  'reason',
  'decreeNumber',
  'approvedByName',
];

type Change = (patch: Partial<RevisionDraft>) => void;

/** The kind choice and the inputs of that kind. */
function TargetInputs({ draft, error, onChange }: { draft: RevisionDraft; error: unknown; onChange: Change }) {
  const { t } = useTranslation();
  const number = (field: 'value' | 'min' | 'max') => (
    <TextInput
      label={t(`${K}.${field}`)}
      inputMode="decimal"
      required
      value={draft[field]}
      onChange={(e) => onChange({ [field]: e.currentTarget.value })}
      description={t('esakipRealizations.numberHint')}
      error={bodyFieldError(error, `newTarget.${field}`)}
    />
  );
  return (
    <>
      <Radio.Group label={t(`${K}.kind`)} value={draft.kind} onChange={(kind) => onChange({ kind: kind as Kind })}>
        <Group gap="md" mt={4}>
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`${K}.kinds.${kind}`)} />
          ))}
        </Group>
      </Radio.Group>
      {draft.kind === 'number' ? number('value') : null}
      {draft.kind === 'range' ? (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {number('min')}
          {number('max')}
        </SimpleGrid>
      ) : null}
      {draft.kind === 'text' ? (
        <TextInput
          label={t(`${K}.text`)}
          required
          maxLength={500}
          value={draft.text}
          onChange={(e) => onChange({ text: e.currentTarget.value })}
          error={bodyFieldError(error, 'newTarget.text')}
        />
      ) : null}
    </>
  );
}

interface DialogProps {
  row: RealizationRowView;
  year: number;
  opened: boolean;
  onClose: () => void;
  onRevised: () => void;
}

/** The form inside the dialog; mounted each time the dialog opens, so it starts from the row's current targets. */
function RevisionForm({ row, year, onClose, onRevised }: Omit<DialogProps, 'opened'>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => emptyDraft(row));
  const change: Change = (patch) => setDraft((d) => ({ ...d, ...patch }));
  const revise = useMutation({
    mutationFn: () => reviseTarget(row.indicatorId, revisionInput(draft, year)),
    onSuccess: () => {
      notifySuccess(t(`${K}.done`));
      onRevised();
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    revise.mutate();
  };
  const periods = row.periods.map((p) => p.period).filter((p) => p !== 'Y');
  const text = (field: 'decreeNumber' | 'approvedByName') => (
    <TextInput
      label={t(`${K}.${field}`)}
      required
      maxLength={200}
      value={draft[field]}
      onChange={(e) => change({ [field]: e.currentTarget.value })}
      description={field === 'approvedByName' ? t(`${K}.approvedByHint`) : undefined}
      error={bodyFieldError(revise.error, field)}
    />
  );
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <NativeSelect
          label={t(`${K}.period`)}
          data={[{ value: '', label: periodLabel(t, 'Y') }, ...periods.map((p) => ({ value: p, label: periodLabel(t, p) }))]}
          value={draft.period}
          onChange={(e) => change(targetFields(row, e.currentTarget.value))}
          error={bodyFieldError(revise.error, 'period') ?? bodyFieldError(revise.error, 'year')}
          data-autofocus
        />
        <Text size="sm" c="dimmed">
          {t(`${K}.current`, { target: targetText(t, currentTarget(row, draft.period)) })} ({row.unitOfMeasure}, {year})
        </Text>
        <TargetInputs draft={draft} error={revise.error} onChange={change} />
        <Textarea
          label={t(`${K}.reason`)}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.reason}
          onChange={(e) => change({ reason: e.currentTarget.value })}
          error={bodyFieldError(revise.error, 'reason')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {text('decreeNumber')}
          {text('approvedByName')}
        </SimpleGrid>
        <FormError error={revise.error} shown={shownFields(draft.kind)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('esakipRealizations.cancel')}
          </Button>
          <Button type="submit" loading={revise.isPending}>
            {t(`${K}.submit`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The coordinator's dialog to revise a target of an indicator for a year, with reason, SK number and approver. */
export function TargetRevisionDialog({ opened, onClose, ...form }: DialogProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Modal opened={opened} onClose={onClose} title={t(`${K}.title`, { name: form.row.name })} size="lg" fullScreen={isPhone}>
      <RevisionForm {...form} onClose={onClose} />
    </Modal>
  );
}
