import { Button, FileInput, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notify.ts';
import { bodyFieldError, FormError } from '../../esakip/form-errors.tsx';
import { addFollowup, type RecommendationView } from './recommendations.api.ts';

const K = 'evaluationRecommendations.followup';

/** The OPD records a follow-up: date (today by default), progress 0–100, what was done, evidence files. */
export function FollowupForm({
  recommendation,
  today,
  onDone,
}: {
  recommendation: RecommendationView;
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const [progress, setProgress] = useState<number | string>(recommendation.progress);
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const save = useMutation({
    mutationFn: () =>
      addFollowup(recommendation.id, { version: recommendation.version, date, progress: Number(progress), note }, files),
    onSuccess: () => {
      notifySuccess(t(`${K}.saved`));
      setNote('');
      setFiles([]);
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const err = (field: string) => bodyFieldError(save.error, field);
  const fileError = save.error
    ? (bodyFieldError(save.error, 'file') ?? files.map((_, i) => bodyFieldError(save.error, `file.${i}`)).find(Boolean))
    : undefined;
  return (
    <form onSubmit={submit} aria-label={t(`${K}.add`)}>
      <Stack gap="xs">
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t(`${K}.date`)}
            value={date}
            max={today}
            onChange={(e) => setDate(e.currentTarget.value)}
            required
            error={err('date')}
          />
          <NumberInput
            label={t(`${K}.progress`)}
            value={progress}
            onChange={setProgress}
            min={0}
            max={100}
            clampBehavior="strict"
            allowDecimal={false}
            required
            error={err('progress')}
          />
        </Group>
        <Textarea
          label={t(`${K}.note`)}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxLength={2000}
          error={err('note')}
        />
        <FileInput
          label={t(`${K}.files`)}
          multiple
          accept="application/pdf,image/jpeg,image/png"
          value={files}
          onChange={(f) => setFiles(f.slice(0, 5))}
          clearable
          error={fileError}
        />
        <FormError error={save.error} shown={['date', 'progress', 'note', 'file', ...files.map((_, i) => `file.${i}`)]} />
        <Group>
          <Button type="submit" size="xs" variant="light" loading={save.isPending} disabled={!note.trim() || !date}>
            {t(`${K}.save`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
