import { ActionIcon, Anchor, Button, FileInput, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notify.ts';
import { bodyFieldError, FormError } from '../form-errors.tsx';
import { type CellAddress, evidenceHref, type RealizationView, removeEvidence, uploadEvidence } from './realizations.api.ts';

const K = 'esakipRealizations.evidence';

/** The evidence of one realisasi: download links, and while editable an upload form and remove buttons. */
export function EvidenceSection({
  address,
  realization,
  editable,
  onChanged,
}: {
  address: CellAddress;
  realization: RealizationView | null;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: () => uploadEvidence(address, file as File, title),
    onSuccess: () => {
      setTitle('');
      setFile(null);
      notifySuccess(t(`${K}.uploaded`));
      onChanged();
    },
  });
  const remove = useMutation({
    mutationFn: removeEvidence,
    onSuccess: () => {
      notifySuccess(t(`${K}.removed`));
      onChanged();
    },
  });
  const evidence = realization?.evidence ?? [];
  const idBase = `evidence-${address.indicatorId}-${address.period}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate();
  };
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={`${idBase}-title`}>
        {t(`${K}.title`)}
      </Text>
      {evidence.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`${K}.none`)}
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-labelledby={`${idBase}-title`}>
          {evidence.map((item) => (
            <List.Item key={item.id}>
              <Group gap={6} wrap="nowrap">
                <Anchor href={evidenceHref(item.id)} download={item.fileName} style={{ wordBreak: 'break-word' }}>
                  {item.title}
                </Anchor>
                {editable ? (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t(`${K}.remove`, { title: item.title })}
                    loading={remove.isPending && remove.variables === item.id}
                    onClick={() => remove.mutate(item.id)}
                  >
                    ×
                  </ActionIcon>
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <FormError error={remove.error} />
      {editable ? (
        <form onSubmit={submit}>
          <Stack gap={6}>
            <TextInput
              label={t(`${K}.fileTitle`)}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              maxLength={200}
              required
              error={bodyFieldError(upload.error, 'title')}
            />
            <FileInput
              label={t(`${K}.file`)}
              accept="application/pdf,image/jpeg,image/png"
              value={file}
              onChange={setFile}
              clearable
              required
              error={bodyFieldError(upload.error, 'file')}
            />
            <FormError error={upload.error} shown={['title', 'file']} />
            <Group>
              <Button type="submit" size="xs" variant="light" loading={upload.isPending} disabled={!file || !title.trim()}>
                {t(`${K}.upload`)}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
