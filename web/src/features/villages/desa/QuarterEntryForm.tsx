import {
  Alert,
  Button,
  CloseButton,
  FileButton,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountabilityIndicatorView, Quarter } from './desa.api.ts';
import { EvidenceFields } from './EvidenceFields.tsx';
import { type EntryDraft, type EntryErrors, type EntrySlot, toSubmitBody, validateEntry } from './entry-model.ts';
import type { OutboxPhoto } from './outbox-core.ts';
import { shrinkPhoto } from './photo.ts';

/** What the form hands over when the entry passes the phone's checks. */
export interface EntrySave {
  body: ReturnType<typeof toSubmitBody>;
  photos: OutboxPhoto[];
}

interface QuarterEntryFormProps {
  indicator: AccountabilityIndicatorView;
  quarter: Quarter;
  slot: EntrySlot;
  initial: EntryDraft;
  /** The kecamatan's note when the quarter was returned. */
  returnNote: string | null;
  newId: () => string;
  /** Queues the entry; resolves false when the same quarter is being sent right now. */
  onSave: (save: EntrySave) => Promise<boolean>;
  onCancel: () => void;
  /** Downscales a photo (injected in tests, where there is no canvas). */
  shrink?: typeof shrinkPhoto;
}

function PhotoList({ photos, onRemove }: { photos: OutboxPhoto[]; onRemove: (id: string) => void }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <SimpleGrid cols={3} spacing="xs">
      {photos.map((p, n) => (
        <Paper key={p.clientId} withBorder pos="relative">
          <Image src={p.thumbnail} alt={t('villagesDesa.photo.alt', { n: n + 1 })} h={96} fit="cover" />
          <CloseButton
            pos="absolute"
            top={2}
            right={2}
            aria-label={t('villagesDesa.photo.remove', { n: n + 1 })}
            onClick={() => onRemove(p.clientId)}
          />
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** Moves focus to the first field with a problem so a screen reader announces it. */
function focusFirstError(form: HTMLFormElement | null) {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/**
 * One quarter of one indicator on a phone: value, note, the evidence rows of the indicator's kind and photos, then
 * "Simpan di perangkat", which always works offline (the entry goes to the outbox and is sent when possible).
 */
export function QuarterEntryForm(props: QuarterEntryFormProps) {
  const { t } = useTranslation();
  const { indicator, quarter, slot } = props;
  const [draft, setDraft] = useState(props.initial);
  const [errors, setErrors] = useState<EntryErrors>({});
  const [photos, setPhotos] = useState<OutboxPhoto[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const shrink = props.shrink ?? shrinkPhoto;

  const addPhoto = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    try {
      const shrunk = await shrink(file);
      setPhotos((list) => [
        ...list,
        { clientId: props.newId(), blob: shrunk.blob, contentType: 'image/jpeg', thumbnail: shrunk.thumbnail, sent: false },
      ]);
    } catch {
      setProblem(t('villagesDesa.photo.unreadable'));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateEntry(draft, indicator.evidenceKind);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstError(formRef.current));
      return;
    }
    setBusy(true);
    const queued = await props.onSave({ body: toSubmitBody(draft, slot), photos }).finally(() => setBusy(false));
    if (!queued) setProblem(t('villagesDesa.form.busy'));
  };

  const err = (path: string) => (errors[path] ? t(errors[path]!) : undefined);
  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="desa-entry-title">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title id="desa-entry-title" order={2} size="h4" style={{ minWidth: 0 }}>
            {t('villagesDesa.form.title', { code: indicator.code, quarter, year: slot.year })}
            <Text span display="block" size="sm" c="dimmed" fw={400}>
              {indicator.name}
            </Text>
          </Title>
          <Button variant="default" onClick={props.onCancel} style={{ flexShrink: 0 }}>
            {t('villagesDesa.form.back')}
          </Button>
        </Group>
        {props.returnNote ? (
          <Alert color="orange" title={t('villagesDesa.returnedTitle')}>
            {props.returnNote}
          </Alert>
        ) : null}
        <TextInput
          size="md"
          label={t('villagesDesa.form.valueWithUnit', { unit: indicator.unit })}
          required
          inputMode="decimal"
          value={draft.value}
          error={err('value')}
          description={
            indicator.target.value !== null
              ? t('villagesDesa.form.target', { value: indicator.target.value, unit: indicator.unit })
              : undefined
          }
          onChange={(e) => setDraft({ ...draft, value: e.currentTarget.value })}
        />
        <Textarea
          size="md"
          label={t('villagesDesa.form.note')}
          autosize
          minRows={2}
          value={draft.note}
          error={err('note')}
          onChange={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
        />
        <EvidenceFields kind={indicator.evidenceKind} draft={draft} errors={errors} newId={props.newId} onChange={setDraft} />
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('villagesDesa.photo.title')}
          </Title>
          <PhotoList photos={photos} onRemove={(id) => setPhotos((list) => list.filter((p) => p.clientId !== id))} />
          <FileButton
            onChange={(file) => void addPhoto(file)}
            accept="image/*"
            capture="environment"
            inputProps={{ 'aria-label': t('villagesDesa.photo.take') }}
          >
            {(buttonProps) => (
              <Button {...buttonProps} variant="light" size="md">
                {t('villagesDesa.photo.take')}
              </Button>
            )}
          </FileButton>
        </Stack>
        <Switch
          size="md"
          label={t('villagesDesa.form.submit')}
          description={t('villagesDesa.form.submitHint')}
          checked={draft.submit}
          onChange={(e) => setDraft({ ...draft, submit: e.currentTarget.checked })}
        />
        {Object.keys(errors).length > 0 ? (
          <Text c="red" size="sm" role="alert">
            {t('villagesDesa.form.fixErrors', { count: Object.keys(errors).length })}
          </Text>
        ) : null}
        {problem ? (
          <Text c="red" size="sm" role="alert">
            {problem}
          </Text>
        ) : null}
        <Button type="submit" size="lg" fullWidth loading={busy}>
          {t('villagesDesa.form.save')}
        </Button>
      </Stack>
    </form>
  );
}
