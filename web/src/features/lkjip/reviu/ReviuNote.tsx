import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyFieldError, FormError } from '../../esakip/form-errors.tsx';
import { changeNoteStatus, type NoteView, type ReportReviewView, respondToNote } from './reviu.api.ts';

const K = 'lkjipReviu';
/** Badge colour of a note's severity. */
export const SEVERITY_COLOR = { low: 'gray', medium: 'yellow', high: 'red' } as const;
/** Badge colour of a note's status. */
export const NOTE_STATUS_COLOR = { open: 'orange', answered: 'blue', resolved: 'green' } as const;

function ResponseForm({ note, onChanged }: { note: NoteView; onChanged: (view: ReportReviewView) => void }) {
  const { t } = useTranslation();
  const [response, setResponse] = useState(note.response ?? '');
  const send = useMutation({ mutationFn: () => respondToNote(note, response), onSuccess: onChanged });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t(`${K}.respondForm`)}>
      <Stack gap="xs">
        <Textarea
          label={t(`${K}.response`)}
          value={response}
          onChange={(e) => setResponse(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxLength={4000}
          error={bodyFieldError(send.error, 'response')}
        />
        <FormError error={send.error} shown={['response']} />
        <Group>
          <Button type="submit" size="xs" loading={send.isPending} disabled={!response.trim()}>
            {t(`${K}.respond`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One reviu note: severity and status badges, the text, the OPD's response and the actions the user may take. */
export function ReviuNote({ note, onChanged }: { note: NoteView; onChanged: (view: ReportReviewView) => void }) {
  const { t } = useTranslation();
  const status = useMutation({
    mutationFn: (action: 'resolve' | 'reopen') => changeNoteStatus(note, action),
    onSuccess: onChanged,
  });
  return (
    <Paper withBorder p="sm" radius="sm" id={`reviu-note-${note.id}`} data-note-status={note.status}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge color={SEVERITY_COLOR[note.severity]}>{t(`${K}.severity.${note.severity}`)}</Badge>
          <Badge color={NOTE_STATUS_COLOR[note.status]} variant="light">
            {t(`${K}.noteStatus.${note.status}`)}
          </Badge>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {note.text}
        </Text>
        {note.response && !note.may.respond ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t(`${K}.response`)}: {note.response}
          </Text>
        ) : null}
        {note.may.respond ? <ResponseForm note={note} onChanged={onChanged} /> : null}
        {note.may.resolve || note.may.reopen ? (
          <Group gap="xs">
            {note.may.resolve ? (
              <Button size="xs" color="green" variant="light" loading={status.isPending} onClick={() => status.mutate('resolve')}>
                {t(`${K}.resolve`)}
              </Button>
            ) : null}
            {note.may.reopen ? (
              <Button size="xs" variant="light" loading={status.isPending} onClick={() => status.mutate('reopen')}>
                {t(`${K}.reopen`)}
              </Button>
            ) : null}
          </Group>
        ) : null}
        <FormError error={status.error} />
      </Stack>
    </Paper>
  );
}
