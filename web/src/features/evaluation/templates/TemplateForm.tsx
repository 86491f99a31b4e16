import { Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notify.ts';
import { bodyFieldError, FormError } from '../../esakip/form-errors.tsx';
import { evaluationKeys, type TemplateView } from '../evaluation.api.ts';
import { RulesEditor } from './RulesEditor.tsx';
import { TemplateStructure } from './TemplateStructure.tsx';
import { type DraftBand, draftFrom, newBand, patchAt, removeAt, type TemplateDraft } from './template-draft.ts';
import { createTemplate } from './templates.api.ts';

/** The predikat table: code, label, score range and interpretation per band. */
function PredikatFields({
  bands,
  error,
  onChange,
}: {
  bands: DraftBand[];
  error: (path: string) => string | undefined;
  onChange: (next: DraftBand[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="xs"
      component="fieldset"
      aria-label={t('evaluationTemplates.form.predikat')}
      style={{ border: 0, padding: 0, margin: 0 }}
    >
      <Title order={3} size="h5">
        {t('evaluationTemplates.form.predikat')}
      </Title>
      <Text size="sm" c="red.8" role={error('predikat') ? 'alert' : undefined}>
        {error('predikat')}
      </Text>
      {bands.map((band, i) => {
        const patch = (p: Partial<DraftBand>) => onChange(patchAt(bands, i, p));
        const path = `predikat.${i}`;
        return (
          <Card
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; their ids are edited in place
            key={i}
            withBorder
            padding="xs"
            component="fieldset"
            aria-label={`${t('evaluationTemplates.form.band')} ${band.code}`}
          >
            <Group align="flex-start" wrap="wrap" gap="xs">
              <TextInput
                w={80}
                label={t('evaluationTemplates.form.band')}
                value={band.code}
                error={error(`${path}.code`)}
                onChange={(e) => patch({ code: e.currentTarget.value })}
              />
              <TextInput
                w={160}
                label={t('evaluationTemplates.form.label')}
                value={band.label}
                error={error(`${path}.label`)}
                onChange={(e) => patch({ label: e.currentTarget.value })}
              />
              <TextInput
                w={90}
                inputMode="decimal"
                label={t('evaluationTemplates.form.lo')}
                value={band.lo}
                error={error(`${path}.lo`)}
                onChange={(e) => patch({ lo: e.currentTarget.value })}
              />
              <TextInput
                w={90}
                inputMode="decimal"
                label={t('evaluationTemplates.form.hi')}
                value={band.hi}
                error={error(`${path}.hi`)}
                onChange={(e) => patch({ hi: e.currentTarget.value })}
              />
              <Textarea
                style={{ flex: 1, minWidth: 200 }}
                autosize
                minRows={1}
                label={t('evaluationTemplates.form.interpretation')}
                value={band.interpretation}
                error={error(`${path}.interpretation`)}
                onChange={(e) => patch({ interpretation: e.currentTarget.value })}
              />
              <Button variant="subtle" color="red" size="compact-sm" mt={24} onClick={() => onChange(removeAt(bands, i))}>
                {t('evaluationTemplates.form.remove')}
              </Button>
            </Group>
          </Card>
        );
      })}
      <Group>
        <Button variant="light" size="compact-sm" onClick={() => onChange([...bands, newBand()])}>
          {t('evaluationTemplates.form.addBand')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Body fields that have an input on the form (everything else goes to the alert at the top). */
const shownFields = (draft: TemplateDraft) => {
  const c = draft.template.components.flatMap((k, ci) => [
    ...['id', 'name', 'weight'].map((f) => `template.components.${ci}.${f}`),
    ...k.subComponents.flatMap((s, si) => [
      ...['id', 'name', 'weight'].map((f) => `template.components.${ci}.subComponents.${si}.${f}`),
      ...s.criteria.flatMap((k, ki) => {
        const at = `template.components.${ci}.subComponents.${si}.criteria.${ki}`;
        const options = typeof k.answerType === 'string' ? [] : k.answerType.options;
        const optionFields = options.flatMap((_, oi) =>
          ['code', 'label', 'value'].map((f) => `${at}.answerType.options.${oi}.${f}`),
        );
        return [...['id', 'text', 'answerType'].map((f) => `${at}.${f}`), ...optionFields];
      }),
    ]),
  ]);
  const p = draft.predikat.flatMap((_, i) => ['code', 'label', 'lo', 'hi', 'interpretation'].map((f) => `predikat.${i}.${f}`));
  const r = draft.template.rules.flatMap((_, i) =>
    ['', '.criterionId', '.comparedTo', '.message'].map((f) => `template.rules.${i}${f}`),
  );
  return ['template.code', 'template.version', 'template.name', 'predikat', ...c, ...p, ...r];
};

/** A new template version copied from `source`: name, version label, structure and predikat, saved as a draft. */
export function TemplateForm({ source, onDone }: { source: TemplateView; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState(() => draftFrom(source));
  const save = useMutation({
    mutationFn: () => createTemplate(draft),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: evaluationKeys.templates });
      notifySuccess(t('evaluationTemplates.saved'));
      onDone();
    },
  });
  const error = (path: string) => bodyFieldError(save.error, path);
  const templateError = (path: string) => error(`template.${path}`);
  const setTemplate = (patch: Partial<TemplateDraft['template']>) =>
    setDraft((d) => ({ ...d, template: { ...d.template, ...patch } }));
  return (
    <Card
      withBorder
      padding="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      aria-label={t('evaluationTemplates.form.title', { name: source.name })}
    >
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('evaluationTemplates.form.title', { name: source.name })}
        </Title>
        <FormError error={save.error} shown={shownFields(draft)} />
        <Group align="flex-start" wrap="wrap" gap="sm">
          <TextInput
            w={220}
            label={t('evaluationTemplates.form.code')}
            value={draft.template.code}
            error={templateError('code')}
            onChange={(e) => setTemplate({ code: e.currentTarget.value })}
          />
          <TextInput
            w={160}
            required
            label={t('evaluationTemplates.form.version')}
            value={draft.template.version}
            error={templateError('version')}
            onChange={(e) => setTemplate({ version: e.currentTarget.value })}
          />
          <TextInput
            style={{ flex: 1, minWidth: 240 }}
            label={t('evaluationTemplates.form.name')}
            value={draft.template.name}
            error={templateError('name')}
            onChange={(e) => setTemplate({ name: e.currentTarget.value })}
          />
        </Group>
        <TemplateStructure
          components={draft.template.components}
          error={templateError}
          onChange={(components) => setTemplate({ components })}
        />
        <RulesEditor
          rules={draft.template.rules}
          components={draft.template.components}
          error={templateError}
          onChange={(rules) => setTemplate({ rules })}
        />
        <PredikatFields bands={draft.predikat} error={error} onChange={(predikat) => setDraft((d) => ({ ...d, predikat }))} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('evaluationTemplates.form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('evaluationTemplates.form.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
