import {
  Alert,
  Button,
  Fieldset,
  FileInput,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldError } from '../../app/errors.ts';
import { currentLocale } from '../../app/i18n/index.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { dateInWib } from '../verification/verification-format.ts';
import { eofficeKeys, fetchUnits, registerLetter } from './eoffice.api.ts';
import { formatBytes, SECURITY_CODES, URGENCY_CODES } from './eoffice-format.ts';
import { ContactPicker, KkaPicker, positionOptions, UnitPicker } from './Pickers.tsx';
import {
  type DraftProblem,
  draftToRegisterInput,
  emptyRegisterDraft,
  MAX_TEMBUSAN,
  type RegisterDraft,
  type RegisterField,
  type RegisterTextField,
  registerProblems,
  serverFieldOf,
} from './register-draft.ts';

type Problems = Partial<Record<RegisterField, DraftProblem>>;

/** Binds a text field of the draft: label, value, change handler and its error (local first, then the server's). */
function useBinder(draft: RegisterDraft, setDraft: (d: RegisterDraft) => void, problems: Problems, serverError: unknown) {
  const { t } = useTranslation();
  const errorOf = (field: RegisterField) => {
    const local = problems[field];
    if (local) return t(local.key, local.values);
    const server = fieldError(serverError, serverFieldOf(field));
    if (server || field !== 'tembusan') return server;
    // The server names the refused position by its index: `metadata.tembusan.1`.
    return draft.tembusan.map((_, i) => fieldError(serverError, `metadata.tembusan.${i}`)).find(Boolean);
  };
  const bind = (field: Exclude<RegisterTextField, 'security' | 'urgency'>, labelKey: string) => ({
    label: t(`eoffice.register.${labelKey}`),
    value: draft[field],
    onChange: (event: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: event.currentTarget.value }),
    error: errorOf(field),
  });
  return { bind, errorOf };
}

function SenderFields({ draft, setDraft, bind }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('eoffice.register.senderLegend')}>
      <Stack>
        <ContactPicker
          onPick={(c) =>
            setDraft({
              ...draft,
              senderName: c.name,
              senderOrganisation: c.organisation ?? '',
              senderAddress: c.address ?? '',
              senderEmail: c.email ?? '',
            })
          }
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...bind('senderName', 'senderName')} required maxLength={200} />
          <TextInput {...bind('senderOrganisation', 'senderOrganisation')} maxLength={300} />
          <TextInput {...bind('senderAddress', 'senderAddress')} maxLength={500} />
          <TextInput {...bind('senderEmail', 'senderEmail')} type="email" maxLength={200} />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

/** Positions that receive a read-only copy (tembusan): they see the letter but cannot dispose it. */
function TembusanPicker({ draft, setDraft, errorOf }: Omit<FieldsProps, 'bind' | 'today'>) {
  const { t } = useTranslation();
  const units = useQuery({ queryKey: eofficeKeys.units, queryFn: fetchUnits, staleTime: 5 * 60_000 });
  return (
    <MultiSelect
      label={t('eoffice.register.tembusan')}
      description={t('eoffice.register.tembusanHint', { max: MAX_TEMBUSAN })}
      placeholder={draft.tembusan.length === 0 ? t('eoffice.register.tembusanPlaceholder') : undefined}
      data={positionOptions(units.data ?? [], t('eoffice.dispose.vacant'))}
      value={draft.tembusan}
      onChange={(tembusan) => setDraft({ ...draft, tembusan })}
      searchable
      clearable
      maxValues={MAX_TEMBUSAN}
      nothingFoundMessage={t('eoffice.register.noPosition')}
      error={errorOf('tembusan')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

interface FieldsProps {
  draft: RegisterDraft;
  setDraft: (d: RegisterDraft) => void;
  bind: ReturnType<typeof useBinder>['bind'];
  errorOf: ReturnType<typeof useBinder>['errorOf'];
  today: string;
}

function LetterFields({ draft, setDraft, bind, errorOf, today }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('eoffice.register.letterLegend')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...bind('theirNumber', 'theirNumber')} required maxLength={100} />
        <TextInput {...bind('theirDate', 'theirDate')} type="date" required max={today} />
        <TextInput
          {...bind('receivedDate', 'receivedDate')}
          type="date"
          required
          max={today}
          description={t('eoffice.register.receivedHint')}
        />
        <TextInput {...bind('attachmentsNote', 'attachments')} placeholder={t('eoffice.register.attachmentsPlaceholder')} />
        <Select
          label={t('eoffice.register.security')}
          data={SECURITY_CODES.map((s) => ({ value: s, label: t(`eoffice.security.${s}`) }))}
          value={draft.security}
          onChange={(s) => s && setDraft({ ...draft, security: s as RegisterDraft['security'] })}
          allowDeselect={false}
        />
        <Select
          label={t('eoffice.register.urgency')}
          data={URGENCY_CODES.map((u) => ({ value: u, label: t(`eoffice.urgency.${u}`) }))}
          value={draft.urgency}
          onChange={(u) => u && setDraft({ ...draft, urgency: u as RegisterDraft['urgency'] })}
          allowDeselect={false}
        />
        <KkaPicker value={draft.kka} onChange={(kka) => setDraft({ ...draft, kka })} error={errorOf('kka')} />
        <UnitPicker value={draft.unitId} onChange={(unitId) => setDraft({ ...draft, unitId })} error={errorOf('unitId')} />
      </SimpleGrid>
      <Stack mt="md">
        <Textarea {...bind('hal', 'hal')} required autosize minRows={2} maxLength={500} />
        <Textarea {...bind('summary', 'summary')} autosize minRows={3} maxLength={4000} />
        <TembusanPicker draft={draft} setDraft={setDraft} errorOf={errorOf} />
      </Stack>
    </Fieldset>
  );
}

/** "Catat surat masuk": sender, letter data and the scanned PDF; answers with the agenda number and a link. */
export function RegisterLetterForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = dateInWib(new Date());
  const [draft, setDraft] = useState<RegisterDraft>(() => emptyRegisterDraft(today));
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const saving = useMutation({
    mutationFn: () => registerLetter(draftToRegisterInput(draft), file as File),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: eofficeKeys.all });
      setDraft(emptyRegisterDraft(dateInWib(new Date())));
      setFile(null);
    },
  });
  const { bind, errorOf } = useBinder(draft, setDraft, problems, saving.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = registerProblems(draft, file, today);
    setProblems(found);
    if (Object.keys(found).length === 0) saving.mutate();
  };
  const fields = { draft, setDraft, bind, errorOf, today };
  return (
    <form onSubmit={submit} noValidate aria-label={t('eoffice.tabs.register')}>
      <Stack>
        {saving.data ? (
          <Alert color="green" variant="light" role="status" title={t('eoffice.register.registered')} data-testid="registered">
            <Stack gap="xs" align="flex-start">
              {t('eoffice.register.registeredBody', { agenda: saving.data.agendaNumber })}
              <Button component={Link} to={`/e-office/surat/${saving.data.id}`} size="compact-sm" variant="default">
                {t('eoffice.register.openLetter')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <SenderFields {...fields} />
        <LetterFields {...fields} />
        <FileInput
          label={t('eoffice.register.file')}
          description={
            file
              ? t('eoffice.register.fileSize', { size: formatBytes(file.size, currentLocale()) })
              : t('eoffice.register.fileHint')
          }
          placeholder={t('eoffice.register.filePlaceholder')}
          accept="application/pdf,.pdf"
          value={file}
          onChange={setFile}
          clearable
          required
          error={errorOf('file')}
        />
        <ErrorAlert
          message={Object.keys(problems).length > 0 ? t('eoffice.register.fixFields') : null}
          error={Object.keys(problems).length > 0 ? null : saving.error}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={saving.isPending}>
            {t('eoffice.register.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
