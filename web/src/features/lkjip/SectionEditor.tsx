import { Alert, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.ts';
import { notifySuccess } from '../../app/notify.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { lkjipKeys, type ReportView, type Section, saveSection } from './lkjip.api.ts';
import { sectionId } from './lkjip-outline.ts';

const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

/** Saves one section with the version the user saw; a 409 reloads the report and keeps the user's text. */
function useSectionSave(reportId: string, section: Section, onSaved: () => void) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [stale, setStale] = useState(false);
  const mutation = useMutation({
    mutationFn: (text: string) => saveSection(reportId, { key: section.key, text, version: section.version }),
    onSuccess: (view) => {
      client.setQueryData(lkjipKeys.one(reportId), view);
      void client.invalidateQueries({ queryKey: lkjipKeys.completeness(reportId) });
      void client.invalidateQueries({ queryKey: ['lkjip', 'list'] });
      setStale(false);
      onSaved();
      notifySuccess(t('lkjip.section.saved'));
    },
    onError: (error) => {
      if (!isConflict(error)) return;
      setStale(true);
      void client.invalidateQueries({ queryKey: lkjipKeys.one(reportId) });
    },
  });
  return { mutation, stale };
}

/** The state line of a section: suggestion from the data, edited, or no suggestion at all. */
function SectionState({ section, dirty }: { section: Section; dirty: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      {section.edited ? (
        <Badge size="sm" variant="light" color="teal">
          {t('lkjip.section.edited')}
        </Badge>
      ) : section.defaultText.trim() ? (
        <Badge size="sm" variant="light" color="blue" data-suggestion={section.key}>
          {t('lkjip.section.suggestion')}
        </Badge>
      ) : (
        <Text size="xs" c="orange.8">
          {t('lkjip.section.emptyDefault')}
        </Text>
      )}
      {dirty ? (
        <Badge size="sm" variant="outline" color="orange">
          {t('lkjip.section.unsaved')}
        </Badge>
      ) : null}
    </Group>
  );
}

/** One narrative section as a labelled text box, pre-filled with the text in force (the suggestion until edited). */
export function SectionEditor({ report, section }: { report: ReportView; section: Section }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const { mutation, stale } = useSectionSave(report.id, section, () => setDraft(null));
  const value = draft ?? section.text;
  const dirty = draft !== null && draft !== section.text;
  const offerSuggestion = section.edited && section.defaultText.trim() !== '' && value !== section.defaultText;
  return (
    <Stack gap={6} data-section={section.key}>
      <Textarea
        id={sectionId(section.key)}
        label={t('lkjip.section.label', { title: section.title })}
        value={value}
        onChange={(e) => setDraft(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={16}
        maxLength={20_000}
      />
      <SectionState section={section} dirty={dirty} />
      {stale ? (
        <Alert color="orange" variant="light" role="alert" title={t('lkjip.section.staleTitle')} data-testid="section-stale">
          <Text size="sm">{t('lkjip.section.staleBody')}</Text>
          <Text size="sm" fw={500} mt={4}>
            {t('lkjip.section.serverText')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {section.text}
          </Text>
        </Alert>
      ) : null}
      {mutation.error && !stale ? <ErrorAlert error={mutation.error} /> : null}
      <Group gap="xs">
        <Button size="xs" onClick={() => mutation.mutate(value)} loading={mutation.isPending} disabled={!dirty && section.edited}>
          {t('lkjip.section.save')}
        </Button>
        {offerSuggestion ? (
          <Button size="xs" variant="default" onClick={() => setDraft(section.defaultText)}>
            {t('lkjip.section.useSuggestion')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
