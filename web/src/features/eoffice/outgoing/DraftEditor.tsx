import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../app/errors.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { eofficeKeys, fetchRegulation } from '../eoffice.api.ts';
import { KkaPicker } from '../Pickers.tsx';
import { AddresseeFields, type DraftFieldsProps, ParafChainField } from './AddresseeFields.tsx';
import { RowButtons } from './ListEditor.tsx';
import { createDraft, type DraftStateView, reviseDraft } from './outgoing.api.ts';
import { type DraftProblems, draftProblems, draftToInput, type OutgoingDraft } from './outgoing-draft.ts';
import { PositionSelect } from './positions.tsx';

const SECURITY = ['biasa', 'terbatas', 'rahasia', 'sangat_rahasia'] as const;
const URGENCY = ['biasa', 'segera', 'sangat_segera'] as const;
/** Editor fields → the API's field names, so server messages land on the right input. */
const SERVER_FIELD: Record<string, string> = {
  title: 'content.title',
  hal: 'content.hal',
  place: 'content.place',
  body: 'content.body',
};

function MetaFields({ draft, setDraft, errorOf }: DraftFieldsProps) {
  const { t } = useTranslation();
  const regulation = useQuery({ queryKey: eofficeKeys.regulation, queryFn: fetchRegulation, staleTime: 5 * 60_000 });
  const types = regulation.data?.documentTypes ?? [];
  const chosen = types.find((d) => d.code === draft.typeCode);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('outgoing.type')}
        placeholder={t('outgoing.typePlaceholder')}
        description={chosen ? t('outgoing.layout', { layout: t(`outgoing.layouts.${chosen.layout}`) }) : undefined}
        data={types.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }))}
        value={draft.typeCode || null}
        onChange={(code) => {
          const type = types.find((d) => d.code === code);
          setDraft({ ...draft, typeCode: code ?? '', title: draft.title || (type?.name.toUpperCase() ?? '') });
        }}
        searchable
        required
        error={errorOf('typeCode')}
      />
      <KkaPicker value={draft.kka} onChange={(kka) => setDraft({ ...draft, kka })} error={errorOf('kka')} />
      <Select
        label={t('eoffice.register.security')}
        data={SECURITY.map((s) => ({ value: s, label: t(`eoffice.security.${s}`) }))}
        value={draft.security}
        onChange={(s) => s && setDraft({ ...draft, security: s as OutgoingDraft['security'] })}
        allowDeselect={false}
      />
      <Select
        label={t('eoffice.register.urgency')}
        data={URGENCY.map((u) => ({ value: u, label: t(`eoffice.urgency.${u}`) }))}
        value={draft.urgency}
        onChange={(u) => u && setDraft({ ...draft, urgency: u as OutgoingDraft['urgency'] })}
        allowDeselect={false}
      />
      <PositionSelect
        label={t('outgoing.signer')}
        value={draft.signerPositionId}
        onChange={(signerPositionId) => setDraft({ ...draft, signerPositionId })}
        error={errorOf('signerPositionId')}
        required
      />
    </SimpleGrid>
  );
}

function Paragraphs({ draft, setDraft, errorOf }: DraftFieldsProps) {
  const { t } = useTranslation();
  const list = draft.paragraphs;
  const set = (paragraphs: string[]) => setDraft({ ...draft, paragraphs: paragraphs.length > 0 ? paragraphs : [''] });
  return (
    <Stack gap="xs">
      {list.map((text, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are plain strings edited in place
        <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
          <Textarea
            label={t('outgoing.paragraph', { n: i + 1 })}
            value={text}
            onChange={(e) => set(list.map((p, j) => (j === i ? e.currentTarget.value : p)))}
            autosize
            minRows={2}
            style={{ flex: 1 }}
          />
          <RowButtons list={list} index={i} onChange={set} name={t('outgoing.paragraph', { n: i + 1 })} />
        </Group>
      ))}
      {errorOf('body') ? (
        <Text c="red" size="sm" role="alert">
          {errorOf('body')}
        </Text>
      ) : null}
      <Button variant="default" size="xs" w="fit-content" onClick={() => set([...list, ''])}>
        {t('outgoing.addParagraph')}
      </Button>
    </Stack>
  );
}

function ContentFields(props: DraftFieldsProps) {
  const { t } = useTranslation();
  const { draft, setDraft, errorOf } = props;
  const text = (field: 'title' | 'hal' | 'place') => ({
    value: draft[field],
    onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: e.currentTarget.value }),
    error: errorOf(field),
    required: true,
  });
  return (
    <Fieldset legend={t('outgoing.content')}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('outgoing.title')} {...text('title')} />
          <TextInput label={t('outgoing.place')} {...text('place')} />
        </SimpleGrid>
        <TextInput label={t('outgoing.hal')} {...text('hal')} />
        <Textarea
          label={t('outgoing.addresseeLines')}
          description={t('outgoing.oneLineEach')}
          value={draft.addresseeText}
          onChange={(e) => setDraft({ ...draft, addresseeText: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <Paragraphs {...props} />
        <Textarea
          label={t('outgoing.tembusanLines')}
          description={t('outgoing.oneLineEach')}
          value={draft.tembusanText}
          onChange={(e) => setDraft({ ...draft, tembusanText: e.currentTarget.value })}
          autosize
          minRows={2}
        />
      </Stack>
    </Fieldset>
  );
}

interface DraftEditorProps {
  initial: OutgoingDraft;
  /** The draft being revised and the version edited; absent for a new draft. */
  existing?: { id: string; version: number };
  onSaved: (state: DraftStateView) => void;
  onCancel?: () => void;
}

/** The structured editor of an outgoing letter / nota dinas: saves a new draft or a new version. */
export function DraftEditor({ initial, existing, onSaved, onCancel }: DraftEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<DraftProblems | null>(null);
  const save = useMutation({
    mutationFn: () =>
      existing ? reviseDraft(existing.id, draftToInput(draft), existing.version) : createDraft(draftToInput(draft)),
    onSuccess: onSaved,
  });
  const errorOf = (field: string) => {
    const local = problems?.[field as keyof DraftProblems];
    return local ? t(local) : fieldError(save.error, SERVER_FIELD[field] ?? field);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = draftProblems(draft);
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const props = { draft, setDraft, errorOf };
  return (
    <form onSubmit={submit} noValidate aria-label={t('outgoing.editorLabel')}>
      <Stack>
        <MetaFields {...props} />
        <ContentFields {...props} />
        <AddresseeFields {...props} />
        <ParafChainField {...props} />
        <Textarea
          label={t('outgoing.note')}
          value={draft.note}
          onChange={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={save.isPending}>
            {existing ? t('outgoing.saveVersion') : t('outgoing.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
