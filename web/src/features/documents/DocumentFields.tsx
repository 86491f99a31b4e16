import { Fieldset, Input, SegmentedControl, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../app/errors.ts';
import {
  type DocumentDraft,
  KINDS,
  type Layout,
  SECURITY_CLASSES,
  type Security,
  VARIANTS,
  type Variant,
  withKind,
} from './document-draft.ts';
import { fieldErrorUnder } from './pdf-fetch.ts';

/** Props shared by the sections of the form: the draft, how to change it, and the last server error. */
export interface DraftSectionProps {
  draft: DocumentDraft;
  onChange: (draft: DocumentDraft) => void;
  error: unknown;
}

type TextKey = {
  [K in keyof DocumentDraft]: DocumentDraft[K] extends string ? K : never;
}[keyof DocumentDraft];

/** Props for a TextInput/Textarea bound to one string field of the draft, with its server error. */
function useBind({ draft, onChange, error }: DraftSectionProps) {
  const { t } = useTranslation();
  return (key: TextKey) => ({
    label: t(`documents.fields.${key}`),
    value: draft[key],
    onChange: (event: { currentTarget: { value: string } }) => onChange({ ...draft, [key]: event.currentTarget.value }),
    error: fieldErrorUnder(error, `body.${key}`),
  });
}

/** Jenis, layout, variant, title, number, place, date, security. */
export function IdentityFields(props: DraftSectionProps) {
  const { t } = useTranslation();
  const { draft, onChange } = props;
  const bind = useBind(props);
  const layoutLabel = useId();
  return (
    <Fieldset legend={t('documents.form.identity')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('documents.fields.kind')}
            data={Object.keys(KINDS).map((kind) => ({ value: kind, label: t(`documents.kind.${kind}`) }))}
            value={draft.kind}
            onChange={(kind) => kind && onChange(withKind(draft, kind))}
            allowDeselect={false}
            error={fieldErrorUnder(props.error, 'body.kind')}
          />
          <Stack gap={4}>
            <Input.Label id={layoutLabel} component="span">
              {t('documents.fields.layout')}
            </Input.Label>
            <SegmentedControl
              aria-labelledby={layoutLabel}
              data={(['korespondensi', 'title_block'] as Layout[]).map((l) => ({ value: l, label: t(`documents.layout.${l}`) }))}
              value={draft.layout}
              onChange={(layout) => onChange({ ...draft, layout: layout as Layout })}
            />
          </Stack>
          {draft.layout === 'korespondensi' ? (
            <Select
              label={t('documents.fields.variant')}
              data={VARIANTS.map((v) => ({ value: v, label: t(`documents.kind.${v}`) }))}
              value={draft.variant}
              onChange={(variant) => variant && onChange({ ...draft, variant: variant as Variant })}
              allowDeselect={false}
            />
          ) : null}
          <TextInput {...bind('title')} required />
          <TextInput {...bind('number')} description={t('documents.form.numberHint')} />
          <TextInput {...bind('place')} required />
          <TextInput {...bind('date')} type="date" required />
          <Select
            label={t('documents.fields.security')}
            data={SECURITY_CLASSES.map((s) => ({ value: s, label: t(`documents.security.${s}`) }))}
            value={draft.security}
            onChange={(security) => security && onChange({ ...draft, security: security as Security })}
            allowDeselect={false}
            description={draft.security === 'biasa' ? undefined : t('documents.form.securityHint')}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

/** Korespondensi: sifat, lampiran, hal, (Dari for nota dinas), addressee; title block: TENTANG. */
export function HeadingFields(props: DraftSectionProps) {
  const { t } = useTranslation();
  const bind = useBind(props);
  const { draft } = props;
  if (draft.layout === 'title_block') {
    return (
      <Fieldset legend={t('documents.form.heading')}>
        <Textarea {...bind('about')} description={t('documents.form.aboutHint')} autosize minRows={2} />
      </Fieldset>
    );
  }
  return (
    <Fieldset legend={t('documents.form.heading')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...bind('sifat')} placeholder={t('documents.form.sifatExample')} />
        <TextInput {...bind('lampiran')} placeholder={t('documents.form.lampiranExample')} />
        <Textarea {...bind('hal')} autosize minRows={1} />
        {draft.variant === 'nota_dinas' ? <TextInput {...bind('from')} /> : null}
        <Textarea {...bind('addressee')} description={t('documents.form.linesHint')} autosize minRows={2} />
        <TextInput {...bind('addresseePlace')} description={t('documents.form.addresseePlaceHint')} />
      </SimpleGrid>
    </Fieldset>
  );
}

/** The body (plain text with list markers) and tembusan lines. */
export function BodyFields(props: DraftSectionProps) {
  const { t } = useTranslation();
  const bind = useBind(props);
  // A layout refusal names the field `body` itself; schema problems are under `body.body`.
  const bodyError = fieldErrorUnder(props.error, 'body.body') ?? fieldError(props.error, 'body');
  return (
    <Fieldset legend={t('documents.form.content')}>
      <Stack gap="sm">
        <Textarea
          {...bind('body')}
          description={t('documents.form.bodyHint')}
          autosize
          minRows={8}
          required
          error={bodyError}
          styles={{ input: { fontFamily: 'inherit', lineHeight: 1.5 } }}
        />
        <Textarea {...bind('tembusan')} description={t('documents.form.linesHint')} autosize minRows={2} />
      </Stack>
    </Fieldset>
  );
}
