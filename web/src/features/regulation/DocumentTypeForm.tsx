import { Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { type DocumentTypeDraft, documentTypeBody, draftOf, FAMILIES, LAYOUTS, VARIANTS } from './document-type-draft.ts';
import { serverFieldError } from './field-errors.ts';
import { type DocumentTypeView, saveDocumentType } from './regulation.api.ts';

interface DocumentTypeFormProps {
  packId: string;
  /** The type being edited; null adds a new one (then the code is asked for). */
  type: DocumentTypeView | null;
  onSaved: () => void;
  onCancel: () => void;
}

/** Edits (or adds) one jenis naskah of the draft: name, family, layout, variant, number scheme, signers. */
export function DocumentTypeForm({ packId, type, onSaved, onCancel }: DocumentTypeFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DocumentTypeDraft>(() => draftOf(type));
  const saving = useMutation({
    mutationFn: () => saveDocumentType(packId, draft.code.trim().toUpperCase(), documentTypeBody(draft)),
    onSuccess: onSaved,
  });
  const set = <K extends keyof DocumentTypeDraft>(key: K, value: DocumentTypeDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const errorOf = (field: string, nested = false) => serverFieldError(saving.error, field, nested);
  const option = (prefix: string) => (value: string) => ({ value, label: t(`${prefix}.${value}`) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={saving.error} />
        <TextInput
          label={t('regulationEdit.type.code')}
          description={t('regulationEdit.type.codeHint')}
          value={draft.code}
          onChange={(e) => set('code', e.currentTarget.value)}
          disabled={type !== null}
          error={errorOf('code')}
          required
        />
        <TextInput
          label={t('regulationEdit.type.name')}
          value={draft.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errorOf('name')}
          required
        />
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t('regulationEdit.type.family')}
            data={FAMILIES.map(option('regulationAdmin.family'))}
            value={draft.family}
            onChange={(value) => value && set('family', value as DocumentTypeDraft['family'])}
            allowDeselect={false}
            error={errorOf('family')}
          />
          <TextInput
            label={t('regulationEdit.type.subfamily')}
            value={draft.subfamily}
            onChange={(e) => set('subfamily', e.currentTarget.value)}
            error={errorOf('subfamily')}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t('regulationEdit.type.layout')}
            data={LAYOUTS.map(option('regulationAdmin.layout'))}
            value={draft.layout}
            onChange={(value) => value && set('layout', value as DocumentTypeDraft['layout'])}
            allowDeselect={false}
            error={errorOf('layout')}
          />
          <Select
            label={t('regulationEdit.type.variant')}
            data={VARIANTS.map(option('regulationEdit.variant'))}
            value={draft.layout === 'korespondensi' ? draft.variant : null}
            onChange={(value) => value && set('variant', value as DocumentTypeDraft['variant'])}
            disabled={draft.layout !== 'korespondensi'}
            allowDeselect={false}
            error={errorOf('variant')}
          />
        </Group>
        <TextInput
          label={t('regulationEdit.type.scheme')}
          description={t('regulationEdit.type.schemeHint')}
          value={draft.numberSchemeCode}
          onChange={(e) => set('numberSchemeCode', e.currentTarget.value)}
          error={errorOf('numberSchemeCode')}
        />
        <TextInput
          label={t('regulationEdit.type.signers')}
          description={t('regulationEdit.type.signersHint')}
          value={draft.signerLevels}
          onChange={(e) => set('signerLevels', e.currentTarget.value)}
          error={errorOf('signerLevels', true)}
        />
        <Switch
          label={t('regulationEdit.type.requiresSignature')}
          checked={draft.requiresSignature}
          onChange={(e) => set('requiresSignature', e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
