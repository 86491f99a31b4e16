import { Button, Group, NativeSelect, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notify.ts';
import { bodyFieldError, FormError } from '../../esakip/form-errors.tsx';
import { addNote, concludeReview, type NoteInput, type ReportReviewView } from './reviu.api.ts';

const K = 'lkjipReviu';
const SEVERITIES = ['low', 'medium', 'high'] as const;
const OUTCOMES = ['revisions_requested', 'accepted'] as const;

/** The evaluator's form for a new note: section of the outline, severity and text. */
export function NoteForm({ data, onChanged }: { data: ReportReviewView; onChanged: (view: ReportReviewView) => void }) {
  const { t } = useTranslation();
  const [sectionKey, setSectionKey] = useState(data.sections[0]?.key ?? 'umum');
  const [severity, setSeverity] = useState<NoteInput['severity']>('medium');
  const [text, setText] = useState('');
  const save = useMutation({
    mutationFn: () => addNote(data.review?.id ?? '', { sectionKey, severity, text }),
    onSuccess: (view) => {
      notifySuccess(t(`${K}.note.saved`));
      setText('');
      onChanged(view);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const sections = data.sections.map((s) => ({ value: s.key, label: s.key === 'umum' ? t(`${K}.general`) : s.title }));
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} aria-label={t(`${K}.note.add`)}>
      <Stack gap="xs">
        <Title order={4}>{t(`${K}.note.add`)}</Title>
        <NativeSelect
          label={t(`${K}.note.section`)}
          data={sections}
          value={sectionKey}
          onChange={(e) => setSectionKey(e.currentTarget.value)}
          error={bodyFieldError(save.error, 'sectionKey')}
        />
        <NativeSelect
          label={t(`${K}.note.severity`)}
          data={SEVERITIES.map((s) => ({ value: s, label: t(`${K}.severity.${s}`) }))}
          value={severity}
          onChange={(e) => setSeverity(e.currentTarget.value as NoteInput['severity'])}
          error={bodyFieldError(save.error, 'severity')}
        />
        <Textarea
          label={t(`${K}.note.text`)}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxLength={4000}
          error={bodyFieldError(save.error, 'text')}
        />
        <FormError error={save.error} shown={['sectionKey', 'severity', 'text']} />
        <Group>
          <Button type="submit" size="xs" loading={save.isPending} disabled={!text.trim()}>
            {t(`${K}.note.save`)}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The evaluator's conclusion: revisions requested or accepted, with the conclusion text (a 409 lists open notes). */
export function ConcludeForm({ data, onChanged }: { data: ReportReviewView; onChanged: (view: ReportReviewView) => void }) {
  const { t } = useTranslation();
  const review = data.review;
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('accepted');
  const [conclusion, setConclusion] = useState(review?.conclusion ?? '');
  const save = useMutation({
    mutationFn: () => concludeReview(review?.id ?? '', { outcome, conclusion, version: review?.version ?? 1 }),
    onSuccess: (view) => {
      notifySuccess(t(`${K}.conclude.saved`));
      onChanged(view);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} aria-label={t(`${K}.conclude.title`)}>
      <Stack gap="xs">
        <Title order={4}>{t(`${K}.conclude.title`)}</Title>
        <NativeSelect
          label={t(`${K}.conclude.outcome`)}
          data={OUTCOMES.map((o) => ({ value: o, label: t(`${K}.conclude.${o}`) }))}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value as (typeof OUTCOMES)[number])}
        />
        <Textarea
          label={t(`${K}.conclude.text`)}
          value={conclusion}
          onChange={(e) => setConclusion(e.currentTarget.value)}
          required
          autosize
          minRows={3}
          maxLength={8000}
          error={bodyFieldError(save.error, 'conclusion')}
        />
        <FormError error={save.error} shown={['conclusion']} />
        <Group>
          <Button type="submit" size="xs" loading={save.isPending} disabled={!conclusion.trim()}>
            {t(`${K}.conclude.submit`)}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
