import { Button, Card, Group, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Basis, Criterion } from '../evaluation.api.ts';
import { optionLabel } from '../evaluation-format.ts';
import { EvidenceChips, UploadedEvidenceLinks } from './EvidenceChips.tsx';
import { EvidencePicker } from './EvidencePicker.tsx';
import type { EvidenceFileView } from './evidence-files.api.ts';
import type { EvidenceScope } from './evidence-options.ts';
import { type DraftChange, storedOf } from './use-worksheet.ts';

interface CriterionItemProps {
  criterion: Criterion;
  /** The basis this user edits, or null (read only). */
  editBasis: Basis | null;
  /** Whether the evaluator's column is shown (after the self-assessment). */
  withFinal: boolean;
  /** Red messages about this criterion: kerangka logis violations and the server's finalise blockers. */
  problems: string[];
  /** Not answered yet on the shown basis. */
  unanswered: boolean;
  change: DraftChange | undefined;
  onChange: (patch: DraftChange) => void;
  /** The evaluation's OPD and year; with it an editor may pick evidence already in Pamong. */
  scope?: EvidenceScope;
  /** Files uploaded as evidence of this criterion. */
  files?: readonly EvidenceFileView[];
}

/** One basis of a criterion: the answer as radios (editable) or as text, and the note. */
function BasisColumn({
  criterion,
  basis,
  editable,
  change,
  onChange,
}: {
  criterion: Criterion;
  basis: Basis;
  editable: boolean;
  change: DraftChange | undefined;
  onChange: (patch: DraftChange) => void;
}) {
  const { t } = useTranslation();
  const stored = storedOf(criterion, basis);
  const answer = change?.answer === undefined ? stored.answer : change.answer;
  const note = change?.note ?? stored.note;
  const title = t(`evaluation.basis.${basis}`);
  if (!editable)
    return (
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          {title}
        </Text>
        <Text fw={700} data-answer={`${basis}-${criterion.id}`}>
          {optionLabel(criterion, answer)}
        </Text>
        {note ? <Text size="sm">{note}</Text> : null}
      </Stack>
    );
  return (
    <Stack gap={6}>
      <Radio.Group
        label={title}
        description={t('evaluation.criterion.answerFor', { id: criterion.id })}
        value={answer ?? ''}
        onChange={(value) => onChange({ answer: value })}
      >
        <Group gap="sm" mt={4} wrap="wrap">
          {criterion.options.map((o) => (
            <Radio key={o.code} value={o.code} label={o.label === o.code ? o.code : `${o.code} — ${o.label}`} />
          ))}
          {answer !== null ? (
            <Button variant="subtle" size="compact-xs" onClick={() => onChange({ answer: null })}>
              {t('evaluation.criterion.clear')}
            </Button>
          ) : null}
        </Group>
      </Radio.Group>
      <Textarea
        label={t(`evaluation.criterion.note.${basis}`, { id: criterion.id })}
        autosize
        minRows={1}
        maxRows={6}
        maxLength={2000}
        value={note}
        onChange={(e) => onChange({ note: e.currentTarget.value })}
      />
    </Stack>
  );
}

/** A criterion: its text, pre-answer source, both answers side by side (evaluator's after submission), evidence, problems. */
export function CriterionItem({
  criterion,
  editBasis,
  withFinal,
  problems,
  unanswered,
  change,
  onChange,
  scope,
  files,
}: CriterionItemProps) {
  const { t } = useTranslation();
  const evidence = change?.evidence ?? criterion.evidence;
  const dirty = change !== undefined;
  return (
    <Card
      withBorder
      padding="sm"
      id={`criterion-${criterion.id}`}
      tabIndex={-1}
      data-criterion={criterion.id}
      style={problems.length > 0 ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
    >
      <Stack gap="xs">
        <Text fw={600} size="sm">
          <span>{criterion.id}</span> {criterion.text}
          {dirty ? (
            <Text span c="orange.8" size="xs" ml={6}>
              {t('evaluation.criterion.unsaved')}
            </Text>
          ) : null}
        </Text>
        {criterion.prefilledFrom ? (
          <Text size="sm" c="teal.8" data-prefilled={criterion.id}>
            {t('evaluation.criterion.prefilled', {
              source: t(`evaluation.prefillSource.${criterion.prefilledFrom}`, { defaultValue: criterion.prefilledFrom }),
            })}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: withFinal ? 2 : 1 }} spacing="sm">
          <BasisColumn
            criterion={criterion}
            basis="self"
            editable={editBasis === 'self'}
            change={editBasis === 'self' ? change : undefined}
            onChange={onChange}
          />
          {withFinal ? (
            <BasisColumn
              criterion={criterion}
              basis="final"
              editable={editBasis === 'final'}
              change={editBasis === 'final' ? change : undefined}
              onChange={onChange}
            />
          ) : null}
        </SimpleGrid>
        <EvidenceChips
          evidence={evidence}
          onRemove={editBasis ? (link) => onChange({ evidence: evidence.filter((e) => e !== link) }) : undefined}
        />
        <UploadedEvidenceLinks files={files ?? []} />
        {editBasis && scope ? (
          <EvidencePicker
            criterionId={criterion.id}
            scope={scope}
            evidence={evidence}
            onChange={(next) => onChange({ evidence: next })}
          />
        ) : null}
        {unanswered && !dirty ? (
          <Text size="sm" c="red.8" data-unanswered={criterion.id}>
            {t('evaluation.criterion.unanswered')}
          </Text>
        ) : null}
        {problems.map((p) => (
          <Text key={p} size="sm" c="red.8" role="note" data-problem={criterion.id}>
            {p}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
