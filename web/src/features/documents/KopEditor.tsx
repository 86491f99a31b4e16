import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../app/errors.ts';
import { notifySuccess } from '../../app/notify.ts';
import { PageLoader } from '../../app/RequireAuth.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import uiClasses from '../../ui/ui.module.css';
import {
  documentKeys,
  fetchKop,
  kopPreviewUrl,
  type LetterheadInput,
  type LetterheadView,
  saveKop,
  uploadLambang,
} from './documents.api.ts';
import { PdfUrlPreview } from './PdfPreview.tsx';
import { fieldErrorUnder } from './pdf-fetch.ts';

const LINE_COUNT = 4;
type KopText = Omit<LetterheadInput, 'lines'> & { lines: string[] };
type KopTextKey = 'address' | 'phone' | 'fax' | 'website' | 'email' | 'postalCode';

function textOf(view: LetterheadView): KopText {
  const lines = [...view.lines, ...Array<string>(LINE_COUNT).fill('')].slice(0, LINE_COUNT);
  return {
    lines,
    address: view.address,
    phone: view.phone ?? '',
    fax: view.fax ?? '',
    website: view.website ?? '',
    email: view.email ?? '',
    postalCode: view.postalCode ?? '',
  };
}

function inputOf(text: KopText): LetterheadInput {
  const optional = (value: string | undefined) => value?.trim() || undefined;
  return {
    lines: text.lines.map((line) => line.trim()).filter(Boolean),
    address: text.address.trim(),
    phone: optional(text.phone),
    fax: optional(text.fax),
    website: optional(text.website),
    email: optional(text.email),
    postalCode: optional(text.postalCode),
  };
}

/** The text fields of a kop: up to four name lines, address and contacts. */
function KopFields({ value, onChange, error }: { value: KopText; onChange: (next: KopText) => void; error: unknown }) {
  const { t } = useTranslation();
  const bind = (key: KopTextKey) => ({
    label: t(`kop.fields.${key}`),
    value: value[key] ?? '',
    onChange: (event: { currentTarget: { value: string } }) => onChange({ ...value, [key]: event.currentTarget.value }),
    error: fieldError(error, `body.${key}`),
  });
  return (
    <Stack gap="sm">
      {value.lines.map((line, index) => (
        <TextInput
          // biome-ignore lint/suspicious/noArrayIndexKey: the four name lines are fixed slots
          key={index}
          label={t('kop.fields.line', { number: index + 1 })}
          description={index === 0 ? t('kop.fields.lineHint') : undefined}
          value={line}
          onChange={(e) => onChange({ ...value, lines: value.lines.map((l, i) => (i === index ? e.currentTarget.value : l)) })}
          required={index === 0}
          error={fieldErrorUnder(error, `body.lines.${index}`) ?? (index === 0 ? fieldError(error, 'body.lines') : undefined)}
        />
      ))}
      <Textarea {...bind('address')} required autosize minRows={2} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...bind('phone')} type="tel" />
        <TextInput {...bind('fax')} type="tel" />
        <TextInput {...bind('website')} />
        <TextInput {...bind('email')} type="email" />
        <TextInput {...bind('postalCode')} inputMode="numeric" maxLength={5} />
      </SimpleGrid>
    </Stack>
  );
}

/** Lambang upload: PNG or JPEG up to 1 MB. */
function LambangUpload({ unitId, view }: { unitId: string | null; view: LetterheadView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadLambang(unitId, chosen),
    onSuccess: (saved) => {
      queryClient.setQueryData(documentKeys.kop(unitId), saved);
      notifySuccess(t('kop.lambangSaved'));
    },
  });
  return (
    <Stack gap="xs">
      <Text size="sm">{view.hasLambang ? t('kop.hasLambang') : t('kop.noLambang')}</Text>
      <Text component="label" htmlFor={inputId} fw={500} size="sm">
        {t('kop.lambangFile')}
      </Text>
      <input
        id={inputId}
        className={uiClasses.fileInput}
        type="file"
        accept="image/png,image/jpeg"
        onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
      />
      <Text size="xs" c="dimmed">
        {t('kop.lambangHint')}
      </Text>
      <ErrorAlert message={fieldError(upload.error, 'file')} error={fieldError(upload.error, 'file') ? null : upload.error} />
      <Button
        variant="default"
        disabled={!file}
        loading={upload.isPending}
        onClick={() => file && upload.mutate(file)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('kop.uploadLambang')}
      </Button>
    </Stack>
  );
}

function KopForm({ unitId, view }: { unitId: string | null; view: LetterheadView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(() => textOf(view));
  const [previewVersion, setPreviewVersion] = useState<number | null>(null);
  const save = useMutation({
    mutationFn: () => saveKop(unitId, inputOf(text)),
    onSuccess: (saved) => {
      queryClient.setQueryData(documentKeys.kop(unitId), saved);
      notifySuccess(t('kop.saved'));
      setPreviewVersion((version) => (version === null ? null : version + 1));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Stack>
      {view.saved ? null : (
        <Alert color="blue" variant="light">
          {t('kop.notSavedYet')}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <KopFields value={text} onChange={setText} error={save.error} />
          <ErrorAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('kop.save')}
            </Button>
            <Button variant="default" onClick={() => setPreviewVersion((version) => (version ?? Date.now()) + 1)}>
              {t('kop.preview')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t('kop.lambang')}
        </Title>
        <LambangUpload unitId={unitId} view={view} />
      </Paper>
      {previewVersion !== null ? (
        <PdfUrlPreview url={kopPreviewUrl(unitId, previewVersion)} title={t('kop.previewTitle')} />
      ) : null}
    </Stack>
  );
}

/** Loads and edits the kop of the regency (`unitId` null) or of a unit; a 403 shows the server's reason. */
export function KopEditor({ unitId }: { unitId: string | null }) {
  const query = useQuery({ queryKey: documentKeys.kop(unitId), queryFn: () => fetchKop(unitId) });
  if (query.isPending) return <PageLoader />;
  if (query.error) return <ErrorAlert error={query.error} />;
  return <KopForm unitId={unitId} view={query.data} />;
}
