import { Alert, Button, Fieldset, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify.ts';
import { useRequiredSession } from '../../app/session.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { dateInWib } from '../verification/verification-format.ts';
import { BodyFields, HeadingFields, IdentityFields } from './DocumentFields.tsx';
import { type DocumentDraft, draftToInput, emptyDraft } from './document-draft.ts';
import { type CreateDocumentInput, createDocument, documentKeys } from './documents.api.ts';
import { PdfBlobPreview } from './PdfPreview.tsx';
import { postForPdf } from './pdf-fetch.ts';
import { SignersEditor } from './SignersEditor.tsx';

/** What is obviously missing before asking the server, as an i18n key; null when the draft can be sent. */
function missingPart(input: CreateDocumentInput): string | null {
  if (input.body.length === 0) return 'documents.form.bodyMissing';
  if (input.signers.some((signer) => !signer.employeeId)) return 'documents.form.signerMissing';
  return null;
}

/** The editor's two requests (preview, save) and the error of whichever ran last. */
function useDocumentRequests(onCreated: (code: string) => void) {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState<Blob | null>(null);
  const previewing = useMutation({
    mutationFn: (input: CreateDocumentInput) => postForPdf('/api/documents/preview', input, session.csrfToken),
    onSuccess: setPreview,
  });
  const saving = useMutation({
    mutationFn: createDocument,
    onSuccess: (answer) => {
      notifySuccess(t('documents.form.created'));
      void queryClient.invalidateQueries({ queryKey: documentKeys.list });
      setPreview(null);
      onCreated(answer.code);
    },
  });
  const error = saving.submittedAt > previewing.submittedAt ? saving.error : previewing.error;
  return { preview, previewing, saving, error };
}

/** "Buat naskah": the structured editor with a PDF preview and "save for signing". */
export function CreateDocumentForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DocumentDraft>(() => emptyDraft(dateInWib(new Date())));
  const [localError, setLocalError] = useState<string | null>(null);
  const [savedCode, setSavedCode] = useState<string | null>(null);
  const requests = useDocumentRequests((code) => {
    setSavedCode(code);
    setDraft(emptyDraft(dateInWib(new Date())));
  });

  const send = (action: 'preview' | 'save') => {
    const input = draftToInput(draft);
    const missing = missingPart(input);
    setLocalError(missing ? t(missing) : null);
    if (missing) return;
    setSavedCode(null);
    if (action === 'preview') requests.previewing.mutate(input);
    else requests.saving.mutate(input);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send('save');
  };
  const sections = { draft, onChange: setDraft, error: requests.error };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {savedCode ? (
          <Alert color="green" variant="light" role="status" title={t('documents.form.created')}>
            <Stack gap="xs" align="flex-start">
              {t('documents.form.createdBody')}
              <Button size="compact-sm" variant="default" onClick={onSaved}>
                {t('documents.form.toList')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <IdentityFields {...sections} />
        <HeadingFields {...sections} />
        <BodyFields {...sections} />
        <Fieldset legend={t('documents.columns.signers')}>
          <SignersEditor signers={draft.signers} onChange={(signers) => setDraft({ ...draft, signers })} error={requests.error} />
        </Fieldset>
        <ErrorAlert message={localError} error={localError ? null : requests.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => send('preview')} loading={requests.previewing.isPending}>
            {t('documents.form.preview')}
          </Button>
          <Button type="submit" loading={requests.saving.isPending}>
            {t('documents.form.save')}
          </Button>
        </Group>
        {requests.preview ? (
          <PdfBlobPreview blob={requests.preview} title={t('documents.preview.title')} fileName="pratinjau-naskah.pdf" />
        ) : null}
      </Stack>
    </form>
  );
}
